"""Result clauses: which athlete each mark, placing, gap and flag of a segment belongs to, read from
the sequence of mentions the matchers found (names, marks, placings, disciplines, gaps) and the few
words between them. "A vant på M, foran B på M2", "A og B ble henholdsvis nummer to og tre",
"X og Y endte på delt tredjeplass", "vunnet av A", "foran B, som ble toer". What one athlete did in one
race is a Claim; claims become results in races.build_records.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import accumulate
from bisect import bisect_right
from typing import TYPE_CHECKING

import regex

from .anchored import compile_anchored
from .matchers.dates import resolve_date
from .matchers.athletes import is_given_name
from .matchers.disciplines import Discipline
from .mentions import ByStart, Mention
from .layout import CAPTION
from .lexicons import cued_search
from .records import Support

if TYPE_CHECKING:
    from .coreference import AthleteRef
    from .segments import Segment


_RELATIVE = regex.compile(r"(?:\s*\([^()]*\))?,?\s+(?:som|sem)\s[^,.;]*$")
# "foran heimehåpet X", "bak svenske X", "spurtslo amerikaneren X": the one beaten or passed (a word of description between)
# "hadde følge av X", "fikk hjelp av hare X", "fekk hard konkurranse av X", "fikk med seg X": a companion, not the subject
SIDE_BEFORE = regex.compile(r"(?:(?<![\w])(?:foran|framfor|framom|føre|bak|forbi|passerte|passerer|passert|å slå|utklasset|utklassa|enn|mot|fulgt av"
                            r"|(?:følge|selskap|hjelp|konkurranse)\s+(?:\p{Ll}+\s+)?(?:av|fra|frå)|med\s+seg)|slo|slått)"
                            r"\s+(?:(?!(?:og|i|på|med|som|at|til|da|då|seg)\s)\p{Ll}+\s+)?$", regex.I)
# "femteplass, bak et kobbel på tre franskmenn: A, B og C": the names after the placing are the ones ahead of it
_AHEAD_BETWEEN = regex.compile(r"\b(?:bak|etter)\s+(?:\p{Ll}+\s+){1,5}\p{Ll}+:\s*$", regex.I)
# "rekorden til Marius Bakken", "den gamle rekorden, satt av Tom Berg", "norgesrekorden som Ida Moe satte": the one
# who holds a record named; the holder owns only what is glued to the name ("rekorden til X på 13.06,39")
HOLDER_BEFORE = regex.compile(r"\w*rekord(?:en|ene|a|ane)?(?:,?\s+(?:satt|sett)\s+av|\s+(?:til|åt|som))\s+(?:\p{Ll}+(?:ske|sk)\s+)?$", regex.I)
# "rekorden til Marius Bakken på 13.06,39", "rekorden til Iver Hole, Åndalsnes, fra 2019 på 24.24": the holder's old mark
_HOLDER_GLUE = regex.compile(r"(?<!\s)(?:\s*+,\s*+\p{Lu}[\p{L}-]++(?:\s++\p{Lu}[\p{L}-]++)?+\s*+,)?+(?:\s++(?:fra|frå|sett|satt|i)(?:\s++i)?+\s++\d{4})?+"
                          r"\s*+,?\s*+(?:på|med|var|er|ble|blei|vart)(?:\s++(?:tiden|tida|resultatet|på))?+\s++")
# "sa NRK-kommentator Jann Post", "landslagstrener Petter Løvberg", "NRKs kommentator Even Wetten": one who speaks of the
# race in a role, no athlete of it (not "som trener Jakob": the verb)
ROLE_BEFORE = regex.compile(r"(?<![\w])(?:(?:\p{L}+-|\p{L}+s\s+)?\p{L}*(?:kommentator|ekspert|sportssjef|speaker|reporter|"
                            r"(?<!(?:\b(?:som|han|hun|ho|de|dei|jeg|eg|vi|du|og|å)\s+))trener|(?<!(?:\b(?:som|han|ho|dei|eg|vi|du|og|å)\s+))trenar)"
                            r"|(?:mor|mamma|far|pappa)\s+og\s+(?:trener|trenar))"      # "mor og trener X"
                            r"(?:en|aren)?\s+$", regex.I)
# One of these, case-folded, is in every match of ROLE_BEFORE: most names have none before them, and a look for them
# first spares trying ROLE_BEFORE at every position of the 40 characters before each name.
_ROLE_WORDS = ("kommentator", "ekspert", "sportssjef", "speaker", "reporter", "trener", "trenar")
_ROLE_REACH = 40


def role_before(text: str, position: int) -> bool:
    """A role ends right before the position ("sa NRK-kommentator Jann Post"): ROLE_BEFORE in the 40 characters before it."""
    start = max(0, position - _ROLE_REACH)
    return cued_search(ROLE_BEFORE, _ROLE_WORDS, text, start, position) is not None
ASIDE = ("holder", "role")          # refs that never become the athlete in focus
_OF_HOLDER = regex.compile(r"(?<!\s)\s++(?:til|åt)\s++")        # "Vinnertiden til Gebrhiwet": the item is the holder's
# "foran Siri Dahl på 4.16,80", "framfor Guro Lie med 9.15,03": the runner-up's own mark or place
_FOLLOWER_BEFORE = regex.compile(r"(?:foran|framfor|framom|føre|fulgt av)\s+(?:\p{Ll}+(?:ske|sk|en|ar)\s+)?$", regex.I)
# "slo Aurora Lie (Moss) på sølvplass": the one beaten, then the place she took (not "beste nordmann bak X med en fjerdeplass")
_BEATEN_BEFORE = regex.compile(r"\b(?:slo|slått|utklasset|utklassa)\s+(?:\p{Ll}+\s+)?$", regex.I)
_OWN_ITEM_GLUE = regex.compile(r"(?<!\s)(?:\s++(?:fra|frå)\s++\p{Lu}[\p{L}-]++|\s*+\([^()]{1,30}\))?"      # "fra Norge", "(Stange SK)"
                            r"\s*+,?\s*+(?:på|med)(?:\s++(?:tiden|tida|tid|resultatet|en|ei|ein))?\s++")
_PLACING_GLUE = regex.compile(r"(?<!\s)\s*(?:,|og|og\s+\w+)\s*")
_BEHIND_WINNER = regex.compile(r"(?<!\s)\s?(?:sekund\w*|sek\.?|s)?\s*(?:bak|etter)\s+(?:den\s+|\w+\s+){0,2}(?:vinner|vinnar|seierherre)", regex.I)
_RESPECTIVE_GAP = regex.compile(r"[^.!?;:]{0,40}?(?:\b(?:hhv|resp)\.[^.!?;:]{0,20})?"
                             r"|[^.!?;:]{0,80}?\b(?:henholdsvis|høvesvis|hhv\.|resp\.|respektive)\s+(?:på\s+|med\s+)?", regex.I)
# "4.16,80 og 4.18,02", "1,80 m, 1,75 m og 1,70 m"
_MARK_GLUE = regex.compile(r"(?<![\s,])(?:\s*(?:m|meter|sek\.?|sekunder|poeng|p)\b)?\s*(?:,|og)\s*")
NAME_GLUE = regex.compile(r"(?<!\s)(?:\s*+\([^()]{1,30}\))?\s*+(?:,|og)\s*+")     # "A (BUL) og B", "A, B"
# "delte fjerdeplassen i stav med Siri Aas": the one sharing a tie named after it
_TIED_WITH = regex.compile(r"[^,.;:!?]{0,30}?\b(?:sammen\s+)?med\s+$", regex.I)
# "foran A og B, som begge klarte 1,78": what the relative clause says is said of every name of the chain
_BOTH_RELATIVE = compile_anchored(r"(?<!\s)\s*+,?\s*+(?:som|sem)\s+(?:begge|båe|alle)\b", regex.I)
# "forsprang til nummer to, Linn Berg": a placing, then the name it stands for
_APPOSED_BEFORE = regex.compile(r"\b(?:til|mot|for|av)\s+(?:\p{Ll}+\s+)?$", regex.I)
_APPOSED_AFTER = compile_anchored(r"\s*,\s*")
_BOTH_AFTER = regex.compile(r"[^.!?]{0,12}\b(?:begge|alle|båe)\b", regex.I)
# "som så ble justert til 51.55", "tida vart seinare korrigert til": the value the text settles on
_CORRECTED_BEFORE = regex.compile(r"\b(?:justert|justerte|korrigert|korrigerte|rettet|retta|endret|endra|oppjustert|nedjustert)"
                                  r"(?:\s+\p{Ll}+)?\s+til\s+(?:\p{Ll}+\s+)?$", regex.I)
_LIST_LABEL_AFTER = compile_anchored(r"[ \t]*+:")
_PLURAL_RECORD = regex.compile(r"(?:pers|rekord|bestenotering)(?:er|ar)$", regex.I)
_MERIT = regex.compile(r"(?:VM|EM|OL|NM)-(?:gull|sølv|bronse)")


@dataclass
class Claim:
    athlete: str
    discipline: Discipline | None
    meet: str | None
    city: str | None
    earlier: bool
    category: str | None = None
    race_round: str | None = None   # "semifinalen", "heatet": a round before the final is a race of its own
    date: dt.date | None = None
    date_text: str | None = None
    day_told: bool = False          # the date was told with the result, not only in force from the segments before
    marks: list = field(default_factory=list)      # (Reading, Mention, Support)
    places: list = field(default_factory=list)     # (int, Mention, Support)
    flags: list = field(default_factory=list)      # (str, Mention)
    gaps: list = field(default_factory=list)       # (seconds behind the winner, Mention)
    misses: list = field(default_factory=list)     # (shots missed, Mention)
    evidence: dict = field(default_factory=lambda: defaultdict(list))
    indoor: bool | None = None


def claim_for(claims, athlete, discipline, meet, venue, earlier, date_m, published, lang, indoor_doc, day_told: bool = False) -> Claim:
    """The athlete's claim on the race of an item; its date the first one its items were told with, `day_told` when
    that date was the only one named in the item's own segment, not only in force from the segments before."""
    d = discipline
    key = (athlete, d.code if d else None, meet.value if meet else None, venue.value if venue else None, earlier)
    claim = claims.get(key)
    if claim is None:
        claim = Claim(athlete, d, meet.value if meet else None, venue.value if venue else None, earlier[0], earlier[1],
                      race_round=earlier[2])
        claim.indoor = True if (indoor_doc or (meet and meet.info.get("indoor"))) else indoor_doc      # False: said outdoors
        if meet:
            claim.evidence["meet"].append(meet)
        if venue:
            claim.evidence["city"].append(venue)
        claims[key] = claim
    if date_m is not None and claim.date is None:
        exact, base = published
        form = date_m.info.get("form", "relative")
        claim.date = date_m.info.get("day") or resolve_date(date_m.text, form, exact if form == "relative" else date_m.info.get("base", base), lang)
        claim.date_text, claim.day_told = date_m.text, day_told
        claim.evidence["date"].append(date_m)
    return claim


class SegmentRefs(ByStart):
    """The athlete references of a segment (in text order), asked "the last one ending before" and
    "the first one starting after" a position by bisection: a scan per item was quadratic."""

    def __init__(self, refs: list[AthleteRef]):
        super().__init__(refs)
        self.ends = [r.end for r in refs]
        self.sorted = self.ordered and all(a <= b for a, b in zip(self.ends, self.ends[1:]))
        self.last_subject = list(accumulate((i if not r.side else -1 for i, r in enumerate(refs)), max))

    def before(self, position: int, skip_start) -> tuple[AthleteRef | None, AthleteRef | None]:
        """(the last ref ending at or before `position`, the last such that is no side mention), not the
        one starting at `skip_start`."""
        if not self.sorted:
            before = [r for r in self.items if r.end <= position and r.start != skip_start]
            subjects = [r for r in before if not r.side]
            return (before[-1] if before else None), (subjects[-1] if subjects else None)
        n = bisect_right(self.ends, position)
        last = n - 1
        if last >= 0 and self.items[last].start == skip_start:
            last -= 1
        subject = self.last_subject[n - 1] if n else -1
        if subject >= 0 and self.items[subject].start == skip_start:
            subject = self.last_subject[subject - 1] if subject else -1
        return (self.items[last] if last >= 0 else None), (self.items[subject] if subject >= 0 else None)


def owner(item: Mention, kind: str, seg_refs: SegmentRefs, is_row: bool, marks: ByStart, text: str = "") -> str | None:
    if not seg_refs.items:
        return None
    if is_row:
        return seg_refs.items[0].name
    if item.info.get("passive"):
        after = seg_refs.first_from(item.end)
        if after:
            return after.name
    if kind == "placing":
        apposed = _APPOSED_AFTER.match(text, item.end)
        after = apposed and seg_refs.first_from(item.end)
        if after and after.start == apposed.end() and _APPOSED_BEFORE.search(text, max(0, item.start - 20), item.start):
            return after.name       # "forsprang til nummer to, Linn Berg"
    if kind == "flag" and marks.items:
        item = marks.nearest(item.start)
    last, subject = seg_refs.before(item.start, item.info.get("behind_at"))
    if last and last.side == "holder":
        if item.start - last.end <= 3 or _HOLDER_GLUE.fullmatch(text, last.end, item.start):
            return last.name      # "slettet han rekorden til Marius Bakken på 13.06,39": the old record
        if subject is None:
            return None           # "Det er ny pers, men bak den norske rekorden til Ida Moe": not hers
    if last and (_RELATIVE.match(text, last.end, item.start) or item.start - last.end <= 3):
        return last.name          # "... foran Thea Sæle, som ble toer", "foran Amusan (12.73)"
    if last and last.side == "object" and _OWN_ITEM_GLUE.fullmatch(text, last.end, item.start) \
            and (_FOLLOWER_BEFORE.search(text, max(0, last.start - 25), last.start)
                 or kind == "placing" and _BEATEN_BEFORE.search(text, max(0, last.start - 25), last.start)):
        return last.name          # "vant på 4.15,02, foran Siri Dahl på 4.16,80", "slo Aurora Lie (Moss) på sølvplass"
    if last and not subject and last.side == "role" and role_before(text, last.start):
        return None                 # "landslagstrener Ola Dal kunne notere seg et gull": not the coach's
    if subject or last:
        return (subject or last).name       # not "... foran Strindheim og tok seier"
    after = seg_refs.first_from(item.end)
    if after is not None and (after.side == "object" or _AHEAD_BETWEEN.search(text, item.end, after.start)):
        return None             # "tok sigeren framfor Elvira Öberg", "Det blei bronse, bak A og B", "femteplass, bak tre franskmenn: A, B": not theirs
    return after.name if after and (after.side != "holder" or _OF_HOLDER.fullmatch(text, item.end, after.start)) else None


def owners(text: str, seg: Segment, focus: str | None, last_told: dict) -> tuple[list, set, set]:
    """Who owns each item of the segment: (kind, item, owner) in text order; the starts of the items given
    to the athlete in focus because the segment names nobody ("Tiden ble 55,09", "Meritter: VM-sølv 800m fri
    (2019)", "Det holdt til en fjerdeplass"); and of those that join the result last told ("Det holdt til
    niendeplass(, og var norsk rekord)")."""
    respective = respectively(text, seg.placings, seg.refs, seg.marks)
    owned, guessed, joins = [], set(), set()
    seg_marks, seg_athletes = ByStart(seg.marks), SegmentRefs(seg.refs)
    for kind, item in sorted(seg.items, key=lambda x: x[1].start):
        if kind == "flag" and seg.marks and seg_marks.nearest(item.start).kind == "reference" and not seg.dated:
            continue            # "Persen hans er 8.21,87": a standing record, not one set here
        athlete = respective.get(item.start) or owner(item, kind, seg_athletes, seg.row.place is not None, seg_marks, text)
        gave = athlete is None and kind == "placing" and it_gave(seg.text, item.start - seg.start)
        if athlete is None and nobody(seg.refs) and seg.kind != CAPTION and (kind in ("mark", "flag") or gave
                                                                             or _MERIT.search(text, max(0, item.start - 3), item.end)):
            athlete = focus
            guessed.add(item.start)
            if (gave or (joins and kind == "flag")) and athlete in last_told:
                joins.add(item.start)
        if athlete is not None:
            owned.append((kind, item, athlete))
    return owned, guessed, joins


def nobody(seg_refs: list[AthleteRef]) -> bool:
    """No athlete in the segment but the holders of records it names: its items are the athlete in focus's."""
    return all(r.side == "holder" for r in seg_refs)


def subject(text: str, refs: list[AthleteRef], focus: str | None) -> str | None:
    """The athlete a sentence is about: its last name that is not a side mention (see AthleteRef.side); not a record's holder or one in a role."""
    return next((r.name for r in reversed(refs) if not r.side), focus if refs[-1].side in ASIDE else refs[-1].name)


def support(text: str, kind: str, item: Mention, guessed: bool) -> Support:
    """How firmly the clause gives the item to its owner; `guessed`: the owner is the athlete in focus,
    not named in the clause."""
    if kind == "mark" and _CORRECTED_BEFORE.search(text, max(0, item.start - 40), item.start):
        return Support.CORRECTED
    if guessed:
        return Support.INFERRED
    if kind == "placing" and item.info.get("form") in ("win", "medal", "medal_place"):
        return Support.WEAK
    return Support.STATED


def respectively(text: str, placings: list[Mention], refs: list[AthleteRef], marks: list[Mention] = ()) -> dict[int, str]:
    """"A (21) og B (21) tok gull og sølv", "A og B løp på henholdsvis 4.16,80 og 4.18,02": the placings
    (and marks) go to the athletes in order. Each run of placings (or of marks) joined by "og"/"," pairs
    with the names since the run before it ("Kiprotich vant, foran Hovland og Tveit, som kom på andre-
    og tredjeplass"); a run of marks only with names joined to each other."""
    out: dict[int, str] = {}
    for items, glue, joined in ((placings, _PLACING_GLUE, False), (marks, _MARK_GLUE, True)):
        since = 0
        for chain in _chains(text, items, glue):
            if len(chain) >= 2:
                before = [r for r in refs if since <= r.start and r.end <= chain[0].start and r.via in ("full", "surname")]
                out.update(_pair(text, chain, before, joined))
            since = chain[-1].end
    return out


def _chains(text: str, items: list[Mention], glue: regex.Pattern) -> list[list[Mention]]:
    chains: list[list[Mention]] = []
    for item in items:
        if chains and glue.fullmatch(text, chains[-1][-1].end, item.start):
            chains[-1].append(item)
        else:
            chains.append([item])
    return chains


def _pair(text: str, chain: list[Mention], before: list[AthleteRef], joined: bool) -> dict[int, str]:
    if len(before) < len(chain):
        return {}
    group = before[-len(chain):]
    if len(before) > len(chain) or joined:
        # "..., Geir Moen på 200 meter, og Knut Hegvold og Terje Næss, hhv. nr. 45 og 47": the names
        # joined by "og"/"," right before the placings, when nothing else is joined to them
        outside = before[-len(chain) - 1] if len(before) > len(chain) else None
        if not all(NAME_GLUE.fullmatch(text[a.end:b.start]) for a, b in zip(group, group[1:])) \
                or (outside and NAME_GLUE.fullmatch(text[outside.end:group[0].start])) \
                or not _RESPECTIVE_GAP.fullmatch(text[group[-1].end:chain[0].start]):
            return {}
    return {p.start: r.name for p, r in zip(chain, group)}


def name_chains(text: str, refs: list[AthleteRef]) -> dict[str, list[AthleteRef]]:
    """Names joined by "," or "og" ("Espen og Morten Lunde"): each name of a chain -> the chain."""
    chains: list[list[AthleteRef]] = []
    for r in (r for r in refs if r.via in ("full", "surname")):
        if chains and NAME_GLUE.fullmatch(text[chains[-1][-1].end:r.start]):
            chains[-1].append(r)
        else:
            chains.append([r])
    out: dict[str, list[AthleteRef]] = {}
    for chain in chains:
        if len(chain) >= 2:
            for r in chain:
                out.setdefault(r.name, chain)       # the first chain holding the name
    return out


def tied(text: str, owned: list, seg_refs: list[AthleteRef]) -> dict[str, list[str]]:
    """"Nygaard og Moen gikk på 1.47,32 og endte på delt tredjeplass": the names joined right before a
    tied placing share it, and the marks of the segment, with its owner."""
    ties = [(item, owner) for kind, item, owner, _ in owned if kind == "placing" and item.info.get("tie")]
    chains = name_chains(text, seg_refs)
    out = {}
    for item, owner in ties:
        group = chains.get(owner)
        if group and (group[-1].end <= item.start or (group[0].start >= item.end and group[0].name == owner)):
            out[owner] = [r.name for r in group if r.name != owner]
        else:
            after = next((r for r in seg_refs if r.start >= item.end), None)
            if after and after.name != owner and _TIED_WITH.fullmatch(text, item.end, after.start):
                out[owner] = [after.name]
    for group in {id(g): g for g in chains.values()}.values():
        if _BOTH_RELATIVE.match(text, group[-1].end):
            for r in group:
                out.setdefault(r.name, [x.name for x in group if x.name != r.name])
    return out


def shared_by(text: str, item: Mention, owner: str, chains: dict[str, list[AthleteRef]]) -> list[str]:
    """"Espen og Morten Lunde som begge perset", "nye perser på Sørkås og Næss": a flag for a pair."""
    group = chains.get(owner)
    if group is None:
        return []
    names = [r.name for r in group]
    both = _BOTH_AFTER.match(text[group[-1].end:group[-1].end + 25])
    plural = _PLURAL_RECORD.search(item.text)
    if _LIST_LABEL_AFTER.match(text, item.end) and group[0].start >= item.end:
        # "Brøt: A, B, C": the list's label, for each person named (not "Moe, Bærums Verk og Hauger": her club)
        return [n for n in names if n != owner and is_given_name(n.split()[0])]
    return [n for n in names if n != owner] if (both or plural) else []


def to_winner(text: str, gap: Mention) -> bool:
    """A gap to the winner: "+12,3", "34,2 sekunder bak vinneren" (not "0,26 bak Benjamin")."""
    return gap.text.startswith(("+", "±")) or bool(
        _BEHIND_WINNER.match(text[gap.end:gap.end + 60]))


# "Det holdt til en fjerdeplass.", "Tida gav sølv.": the result just told, as a place
_IT_GAVE = regex.compile(r"(?<!\s)\s*+(?:Det|Dette|Den|Tiden|Tida|Resultatet|Kastet|Hoppet|Løpet)\s+(?:\p{Ll}+\s+)?"
                         r"(?:holdt|heldt|ga|gav|rakk|rakte|endte|enda|betydde|innebar|sikret|sikra)\b")
# "Tiden er ny norsk rekord, men den holdt bare til andreplass": the clause before the placing; "Etter tre
# omganger holdt dette til niendeplass", "Dermed gav det sølv": the verb before its subject
_IT_GAVE_CLAUSE = regex.compile(r"(?:(?:,|\bmen|\bog)\s++(?:det|den|dette|tiden|tida)\s+(?:\p{Ll}+\s+)?"
                                r"(?:holdt|heldt|ga|gav|rakk|rakte|endte|enda|betydde|innebar|sikret|sikra)"
                                r"|\b(?:holdt|heldt|ga|gav|rakk|rakte|betydde|innebar|sikret|sikra)\s+(?:det|dette|den|tiden|tida)\s)", regex.I)


_MARK_JUST_BEFORE = regex.compile(r"\d[.,:]\d{1,2}[ ]?$")


def it_gave(seg_text: str, at: int) -> bool:
    """"Det holdt til en fjerdeplass", "..., men den holdt bare til andreplass", "60 m: 7,06 (9)" (the place in
    brackets after the mark): what the result gave."""
    if _IT_GAVE.match(seg_text) or (seg_text[at:at + 1] == "(" and _MARK_JUST_BEFORE.search(seg_text, max(0, at - 12), at)):
        return True
    return _IT_GAVE_CLAUSE.search(seg_text, max(0, at - 60), at) is not None


# "vant både 100 og 200 meter", "vant sprintstjernen X både 60 m hekk på 9,88 og diskos med 29,30", "vant gull
# både på 1500 meter og på 800 meter": one win in each discipline joined after "både"
# (the subject or a role word and name between, nothing more: not "vant etter å ha dominert både lengde og hekk")
_BOTH_WON = compile_anchored(r"(?:\s+(?:gull|seier|siger))?(?:\s+\p{Ll}+)?(?:\s+\p{Lu}[\p{L}-]+){0,4}\s+(?:både|båe)\s+(?:(?:på|i)\s+)?")
_BOTH_NEXT = compile_anchored(r"(?:\s*+[^\s.!?]++){0,6}?\s*+(?P<last>og|,)\s+(?:(?:på|i)\s+)?", regex.I)


def both_won(text: str, item: Mention, disciplines: ByStart) -> list:
    """The disciplines after "både" that a win or medal placing counts for, in text order ([] if none)."""
    both = _BOTH_WON.match(text, item.end)
    named = disciplines.within(both.end(), both.end() + 150) if both else []
    if not named or named[0].start != both.end():
        return []
    out = [named[0]]
    for d in named[1:]:
        glue = _BOTH_NEXT.fullmatch(text, out[-1].end, d.start)
        if glue is None:
            break
        out.append(d)
        if glue["last"].lower() == "og":
            break
    return [d.value for d in out] if len(out) > 1 else []
