"""Stage 4: linking mentions into results and races.

1. Athlete references: full names, surname/first-name mentions, possessives and descriptions
   ("nordmannen", "26-åringen", "han") resolve to one athlete each (the nearest full mention wins
   when a surname is shared, as with the Ingebrigtsen brothers).
2. Segments: sentences, split further into rows where the text is a result list ("1) Name, Land 18.39").
3. Each mark, placing and flag in a segment goes to an athlete in the same segment (the nearest one
   before it, else after it; the whole row in a list), or to the athlete in focus when the segment
   names none ("Tiden 13.26 er ..."). Ages and nationalities bind to the name they stand next to.
4. The race of each item: its frame (frames.py): discipline, meet, venue and date named in its
   segment, else the ones in force, else the first ones the article names; segments about an earlier
   race (race_time.py) take meet, venue and date only from themselves.
5. Items for the same athlete and race merge into one result; results of the same race into one
   record; contradictions become warnings, never silent drops.
"""
from __future__ import annotations

import datetime as dt
import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from collections import Counter, defaultdict
from dataclasses import dataclass

import regex

from .matchers.athletes import ACTION_VERBS, RESULT_VERBS, is_given_name
from .matchers.disciplines import plausible_range, untimed_range
from .matchers.nationalities import adjective_codes, group_codes, noun_codes
from .matchers.sports import article_sport
from .matchers.teams import relay_article, relay_sentence
from .matchers.athletes import CLUB_ACRONYMS
from .matchers.marks import gap_seconds, read_mark
from .layout import BYLINE, CAPTION, FACTS, HEADLINE, INFOBOX, JUNK, layout
from .mentions import ByStart, Mention
from .frames import (METADATA_BEFORE, Context, DisciplineIndex, SegmentCategories, SegmentDisciplines, discipline_for,
                     document_dates, document_indoor, first_context, heading_category, plausible_discipline,
                     race_indoor, race_values, SegmentFrames, split_races, town_holds,
                     update_carry)
from .race_time import PLANS, YEAR, current_sentences, earlier_asides, other_day, told_earlier, without
from . import clauses
from .quotes import in_quote
from .clauses import Claim
from .records import Evidence, RaceRecord, Support
from .tables import SUBLIST, is_outcome_list, page_subject, split_rows, table_athletes, without_birth_years

_PRONOUNS = {"han", "hun", "ho", "hen"}
# "Det holdt til en fjerdeplass.", "Tida gav sølv.": the result just told, as a place
_IT_GAVE = regex.compile(r"(?<!\s)\s*+(?:Det|Dette|Den|Tiden|Tida|Resultatet|Kastet|Hoppet|Løpet)\s+(?:\p{Ll}+\s+)?"
                         r"(?:holdt|heldt|ga|gav|rakk|rakte|endte|enda|betydde|innebar|sikret|sikra)\b")
# "Tiden er ny norsk rekord, men den holdt bare til andreplass": the clause before the placing
_IT_GAVE_CLAUSE = regex.compile(r"(?:,|\bmen|\bog)\s++(?:det|den|dette|tiden|tida)\s+(?:\p{Ll}+\s+)?"
                                r"(?:holdt|heldt|ga|gav|rakk|rakte|endte|enda|betydde|innebar|sikret|sikra)\b", regex.I)


def _it_gave(seg_text: str, at: int) -> bool:
    """"Det holdt til en fjerdeplass", "..., men den holdt bare til andreplass": what the result gave."""
    if _IT_GAVE.match(seg_text):
        return True
    clause = _IT_GAVE_CLAUSE.search(seg_text, max(0, at - 60), at)
    return clause is not None


# "I semifinalen mandag løp Warholm på 48,05": a round before the final (not "forsøk", an attempt in a throw;
# not "røk ut i semifinalen og endte som nummer sju", the place in the whole event)
_ROUND = regex.compile(r"(?<![\w])(?<!\b(?:ut|stoppet|stoppa|stopp|endte|enda|slutt)\s+i\s+)(?:semifinale\w*|forsøksheat\w*|(?<!\b(?:første|andre|tredje|fjerde|femte|sjette|siste|sitt|hennes|hans|det)\s+)forsøket|heatet|heata|kvartfinale\w*|kvalifisering(?:en|a|srunden|somgangen)|kvaliken)(?![\w])", regex.I)
_CITY_RACE = regex.compile(r"(?P<city>\p{Lu}[\p{L}-]++(?: (?!City\b)\p{Lu}[\p{L}-]++)?)(?: City)? (?:Maraton|Marathon|Halvmaraton|Half Marathon)$")
# not the number of "ble nr 3. Narve Gilje Nordås ...": a placing, then the next sentence
_NORWEGIANS_HEADER = regex.compile(r"(?:^|\s)(?:Øvrige\s+)?[Nn]orske\s*:[^:]*$")
# "Det ble ni norske medaljer, fordelt slik:" before a list: every row is Norwegian.
_LIST_INTRO = regex.compile(r"(?<![\w])(?P<adj>norske|nordmenn|nordmennene)(?![\w])[^.!?]*:\s*$", regex.I)
_ROLE_AFTER = regex.compile(
    r"\s(?P<role>(?:jenta|jenten|gutten|guten|kvinnen|kvinna|mannen|løperen|løparen|utøveren|utøvaren|hekkeløperen|"
    r"sprinteren|hopperen|hopparen|kasteren|kastaren|stjerna|stjernen|talentet|veteranen|mangekjemperen|\d{2}-åringen))(?![\w])",
    regex.I)
# "Isene og Pedersen er de eneste norske i feltet": every athlete named before it in the sentence.
_GROUP_NATIONALITY = regex.compile(r"\b(?:er|var|blir|vart|blei)\s(?:de|dei)\s(?:\p{Ll}+\s)?(?P<adj>\p{Ll}+(?:ske|menn|ar))(?![\w])", regex.I)
# "De andre norske deltakerne var A i spyd, B på 200 meter, og C", "Andre nordmenn under VM var A":
# every athlete named after it up to the sentence end (a period before a capital or a line end, so
# "hhv. nr. 45" does not end it).
_GROUP_NATIONALITY_AFTER = regex.compile(
    r"(?<![\w])(?:(?:de|dei)\s+)?(?:andre|øvrige|resterende|to|tre|fire|fem|seks)\s+(?P<adj>\p{Ll}+)"
    r"(?:\s+[\p{L}-]+){0,3}?\s+(?:var|er|ble|blei|vart)\s", regex.I)
_GROUP_APPOSITION = regex.compile(r"(?<![\w])(?:de|dei)\s+(?:to|tre|fire|fem|seks|andre|øvrige)\s+(?P<adj>\p{Ll}+ske)\s+\p{Ll}+(?:ne|ane|ene)\s", regex.I)
_GROUP_SENTENCE_END = regex.compile(r"[.!?](?=\s+\p{Lu}|\s*$)|\n")
_DEFINITE_AFTER = regex.compile(r"\s(?P<role>\p{Ll}{3,}(?:en|a))(?![\w])")
_HOME_DESCRIPTOR = regex.compile(r"(?<![\w-])(?P<home>\p{Lu}\p{Ll}+)-?(?:gutten|guten|jenta|jenten|mannen|kvinnen|kvinna|løperen|løparen)(?![\w])")
_RELAY_TIMES = ("time", 600, 10800)       # a road relay without a distance: 10 minutes to 3 hours
_TAKING_PART = frozenset("deltok deltek forbedret forbetra starta startet gjekk gikk".split())
_STANDINGS = regex.compile(r"sammenlagt|samanlagt|totalstilling|stillingen|cupstilling|verdenscupen totalt|poengliste", regex.I)
_CORRECTION = regex.compile(r"[ \t]*(?:Rettelse|Rettet|Korrigering|Korreksjon|Retting)\s*:", regex.I)


def _in_correction(text: str, position: int) -> bool:
    """In an editor's correction paragraph ("Rettelse: I en tidligere versjon sto det at Nordås løp på
    13.18,14. Riktig tid er 13.08,14."): the body already gives the right value."""
    reach = max(0, position - 400)         # a bounded look back: a long run without line breaks costs nothing
    newline = text.rfind("\n", reach, position)
    if newline < 0 and reach > 0:
        return False
    return _CORRECTION.match(text, newline + 1) is not None


_SAID_BEFORE = regex.compile(r"\b(?:sa|sier|seier|fortalte|fortalde|forteller|fortel|konstaterte|smilte|lo)\s+(?:den\s+)?$", regex.I)
_TOPIC_BEFORE = regex.compile(r"(?:På|I)\s+")          # a sentence opening with its discipline: "På 3000 meter ..."
_RAN = regex.compile(r"\b(?:løp|sprang|sprinta|sprintet|gikk|gjekk|stilte|starta|startet|deltok|konkurrerte|svømte|symde|"
                     r"(?:ble|blei|vart)\s+beste?|var\s+i\s+aksjon)\b", regex.I)
_MERIT = regex.compile(r"(?:VM|EM|OL|NM)-(?:gull|sølv|bronse)")
_BEST_OF = regex.compile(r"\bbeste\s$", regex.I)
_ROLE_BEFORE_NAME = regex.compile(r"(?<!\s)\s+(?:\p{Ll}+(?:ske|sk)\s+)?\p{Ll}{3,}(?:en|ren|a|ar)(?=\s)")
_ROLE_BETWEEN = regex.compile(r"(?<!\s)\s+\p{Ll}+(?:en|ren|a|ar)\s+")
_GLUE_CHAR = regex.compile(r"[\s,(fraå]")          # what a nationality's glue to its athlete is made of
# Used on short slices (match/fullmatch from the slice start). Those that open with "\s" have "(?<!\s)"
# in front, so the leading "\s*" does not rescan a run of spaces at every position if one is ever
# searched over a whole text.
_COMPARED_BEFORE = regex.compile(r"\b(?:som|enn|like)\s+(?:på|i)\s+$", regex.I)     # "like raskt som på 1500 meter"
_LETTER = regex.compile(r"\p{L}")
_WORD_AFTER_NAME = regex.compile(r"(?<!\s)\s*+(?:\([^)]*\)\s*)?,?\s*(\p{Ll}+)")
_SENTENCE_START_BEFORE = regex.compile(r"(?:^|[.!?:\n]\s*|[–-]\s)$")
_ROW_NUMBER_BEFORE = regex.compile(r"(?:^|\s)\d{1,3}[.)]\s$")
_ARTICLE_BEFORE = regex.compile(r"(?:^|\s)(?:den|det)\s$", regex.I)
_PRONOUN = regex.compile(r"(?<![\w])(?:[Hh]an|[Hh]un|[Hh]o)(?![\w])")
_COMMA = regex.compile(r",\s")


@dataclass
class AthleteRef:
    start: int
    end: int
    name: str
    via: str                     # full | surname | descriptor | pronoun | row
    side: str = ""               # not the subject: "possessive" ("Klosters åpning") or "object" (after "foran", "passerte" ...)


_NO_RESULTS = frozenset({FACTS, INFOBOX, JUNK, BYLINE})     # layout blocks that tell no race and set no context


def link(text: str, mentions: dict[str, list[Mention]], sentences: list[tuple[int, int]],
         published: dt.date | None, base: dt.date | None, lang: str) -> list[RaceRecord]:
    if base is None:
        published, base = document_dates(text, mentions.get("date", []), lang)
    mentions = dict(mentions, date=[d for d in mentions.get("date", []) if not METADATA_BEFORE.search(text, max(0, d.start - 30), d.start)])
    page = layout(text)
    mentions = page.without_furniture(mentions)
    mentions = dict(mentions, athlete=table_athletes(text, mentions.get("athlete", []), page))
    relay = relay_article(text, mentions.get("meet", []), mentions.get("team", []))
    team_refs = resolve_teams(mentions.get("team", []))
    variants = {} if relay else spelling_variants([m.value for m in mentions.get("athlete", []) if m.info.get("full")])
    refs = team_refs if relay else resolve_athletes(text, mentions, variants)
    ages, nationalities = bind_attributes(text, refs, mentions)
    if relay:
        for t in mentions.get("team", []):
            if t.info.get("code"):
                nationalities.setdefault(t.value, []).append((t.info["code"], t))     # "Norge" runs for NOR
    segments = split_rows(text, sentences, page, page_subject(mentions["athlete"], page))
    claims: dict[tuple, Claim] = {}
    carry = Context()
    reported = [(s, e) for s, e in sentences if not in_quote(text, s) and page.kind_at(s) not in _NO_RESULTS]
    first = first_context(text, mentions, reported, current_sentences(text, reported, base))
    indoor_doc = document_indoor(text, mentions.get("meet", []))
    focus: str | None = None
    margins: list[tuple[float, Mention, str | None]] = []
    category = None
    list_nationality: Mention | None = None
    list_move: tuple | None = None
    standings = False
    list_header = ""
    list_first: float | None = None          # the first time in a result list (the winner's), -1 once rows give gaps
    sport = article_sport(mentions.get("sport", []))
    untimed = untimed_range(sport, text)
    by_start = {kind: ByStart(ms) for kind, ms in mentions.items()}
    refs_by_start = ByStart(refs)
    all_disciplines = DisciplineIndex(mentions.get("discipline", []))
    for row in segments:
        seg_start, seg_end, row_place, row_header = row.start, row.end, row.place, row.header
        seg_text = text[seg_start:seg_end]
        kind_here = page.kind_at(seg_start)
        if kind_here in _NO_RESULTS:
            continue
        inside = lambda kind: (by_start[kind].within(seg_start, seg_end)
                               + (by_start[kind].within(*row.label) if row.label else [])) if kind in by_start else []
        category = heading_category(seg_text, row_place, row_header, bool(inside("discipline"))) or category
        seg_refs = refs_by_start.within(seg_start, seg_end)
        if row.subject and not seg_refs:
            seg_refs = [AthleteRef(seg_start, seg_start, row.subject, "row")]     # "Gull Spyd 1983, 1984" in her biography
        if not relay and (relay_sentence(seg_text) or (row_place is not None and relay_sentence(row_header))):
            seg_teams = [r for r in team_refs if seg_start <= r.start < seg_end and r.via == "team"]
            if seg_teams:
                seg_refs = seg_teams                # "Fana IL vann 4x100 meter": the team, not its runners
        marks = sorted([m for m in inside("mark") if m.kind == "mark"] + inside("reference"), key=lambda m: m.start)
        placings = inside("placing")
        flags = inside("flag")
        told = without_birth_years(seg_text) if row_place is not None or is_outcome_list(seg_text) else seg_text
        # "1. Sindre Aune (2001) ...", "Brutt: Eivind Rekdal (2002) ...": born then, not an earlier race
        asides = earlier_asides(seg_text) if told is seg_text else []
        earlier = told_earlier(without(told, asides), base)
        quote = in_quote(text, seg_start)
        race_round = _ROUND.search(seg_text) if row_place is None else None
        race_round = race_round.group().lower()[:5] if race_round else row.occasion      # "semif", "heate", "kvart" ..., a medal row's year
        scopes = SegmentFrames(text, seg_start, seg_text, inside, earlier, asides)
        local = scopes.main.context
        items = [("mark", m) for m in marks] + [("placing", p) for p in placings] + [("flag", f) for f in flags]
        items += [("gap", g) for g in inside("gap") if row_place is not None or clauses.to_winner(text, g)]
        if sport == "biathlon":
            items += [("miss", m) for m in inside("miss")]
        if local.date and first.date and local.date.text.lower() == first.date.text.lower() \
                and local.meet is None and local.venue is None and not earlier:
            carry.meet = first.meet                             # "... torsdag": back to the race of the lead
            if not town_holds(first.venue, carry.venue):
                carry.venue = first.venue                       # (its town, if the lead named the ground in it)
        if row_place is None:
            # only a segment ending in ":" can match, from after its last [.!?]: linear, not quadratic in a long segment
            intro = _LIST_INTRO.search(seg_text, max(map(seg_text.rfind, ".!?")) + 1) if seg_text.rstrip().endswith(":") else None
            list_nationality = Mention("nationality", seg_start + intro.start("adj"), seg_start + intro.end("adj"),
                                       intro["adj"], "NOR") if intro else None
        if row_place is not None and seg_refs:
            items.append(("row_place", Mention("placing", seg_start, seg_start, "", row_place, {"form": "row"})))
            header_nor = _NORWEGIANS_HEADER.search(row_header)
            if header_nor or list_nationality:
                given = list_nationality or Mention("nationality", seg_start, seg_start, "", "NOR")
                nationalities.setdefault(seg_refs[0].name, []).append(("NOR", given))
        for margin in inside("margin"):
            margins.append((gap_seconds(margin.value), margin, seg_refs[0].name if seg_refs else focus))
        if local.discipline is not None and not (earlier or quote) and row_place is None and not seg_refs \
                and len(inside("discipline")) == 1 and kind_here not in (HEADLINE, CAPTION) \
                and not _COMPARED_BEFORE.search(text[max(0, local.discipline.start - 12):local.discipline.start]) \
                and not PLANS.search(seg_text) and "x" not in local.discipline.value.code:
            carry.discipline = local.discipline     # "Same kvelden vart det dobbel norsk jubel på 1500 meter."
        if (row_place is None and _LETTER.search(seg_text)) or (row_place is not None and row_header != list_header):
            list_move = None if row_place is None else list_move    # a line of dots ("...") does not end a list
            list_first = None
            list_header = row_header
        elif row_place is not None and inside("discipline"):
            list_first = None       # "Gull: Markus Rooth, tikamp (8796 p)\nGull: Jakob Ingebrigtsen, 5000 m (13.13,66)": a race per row
        if row_place is not None:
            standings = bool(_STANDINGS.search(row_header)) or (standings and bool(SUBLIST.match(row_header)))
        elif _LETTER.search(seg_text) and not (SUBLIST.match(seg_text) and seg_text.strip().endswith(":")):
            standings = False
        if standings:
            items = []          # "Minitour sammenlagt: 1. Klæbo ... Øvrige norske: 14) Holund": standings, not a race
        if quote or kind_here == HEADLINE or _in_correction(text, seg_start):
            items = []          # what an athlete or coach says is no result report; a headline sums up the body
        if not items:
            if seg_refs:
                focus = _subject(text, seg_refs)
                if local.discipline is not None and row_place is None and len(inside("discipline")) == 1 \
                        and not (earlier or quote) and not PLANS.search(seg_text) and not other_day(text, local.discipline) \
                        and (_RAN.search(seg_text) or _TOPIC_BEFORE.fullmatch(text[seg_start:local.discipline.start].lstrip())):
                    # "Samme kveld løp Amalie Iuel 400 meter hekk. Hun ble nummer seks.", "På 3000 meter ble det en spurtkamp mellom A og B."
                    carry.discipline = local.discipline
            update_carry(carry, local, seg_text, earlier or quote or kind_here == CAPTION)
            continue
        respective = clauses.respectively(text, placings, seg_refs, marks)
        owned, guessed = [], set()
        seg_marks, seg_athletes = ByStart(marks), clauses.SegmentRefs(seg_refs)
        seg_disciplines = SegmentDisciplines(text, inside("discipline"))
        for kind, item in sorted(items, key=lambda x: x[1].start):
            if kind == "flag" and marks and seg_marks.nearest(item.start).kind == "reference" \
                    and not (local.meet or local.venue or YEAR.search(seg_text)):
                continue            # "Persen hans er 8.21,87": a standing record, not one set here
            owner = respective.get(item.start) or clauses.owner(item, kind, seg_athletes, row_place is not None, seg_marks, text)
            if owner is None and not seg_refs and kind_here != CAPTION and (kind in ("mark", "flag") or _MERIT.search(text, max(0, item.start - 3), item.end)
                                                   or (kind == "placing" and _it_gave(seg_text, item.start - seg_start))):
                owner = focus           # "Tiden ble 55,09", "Meritter: VM-sølv 800m fri (2019)", "Det holdt til en fjerdeplass": the athlete in focus
                guessed.add(item.start)
            if owner is not None:
                owned.append((kind, item, owner, discipline_for(item, seg_disciplines, text, carry, first)))
        # A mark that only fits another discipline moves its athlete's other items in the segment
        # (and the rest of a result list) with it: "1. Thomas Krol 1:42,58" in a 1500 m list.
        moved = {}
        for kind, item, owner, discipline in owned:
            if kind == "mark" and item.kind == "mark":
                fitting = plausible_discipline(item, discipline, all_disciplines)
                if fitting is not discipline:
                    moved[owner] = (discipline, fitting)
        if row_place is not None and moved:
            list_move = next(iter(moved.values()))
        named_here = {d.value for d in inside("discipline")}
        chains = None
        seg_categories = SegmentCategories(seg_text, seg_start)
        tied = clauses.tied(text, owned, seg_refs)
        for kind, item, owner, discipline in owned:
            if kind == "mark" and item.kind == "mark":
                discipline = plausible_discipline(item, discipline, all_disciplines)
            elif owner in moved and moved[owner][0] == discipline and (row_place is not None or discipline not in named_here):
                discipline = moved[owner][1]
            elif list_move and list_move[0] == discipline:
                discipline = list_move[1]
            scope = scopes.of(item.start)
            meet, venue, date_m = race_values(item, scope.context, scope.meets, carry, first, scope.earlier)
            told_category = seg_categories.at(item.start) or category
            claim_of = lambda athlete: clauses.claim_for(claims, athlete, discipline, meet, venue, (scope.earlier, told_category, race_round),
                                                         date_m, (published, base), lang,
                                                         race_indoor(scope.context, carry, indoor_doc, scope.earlier))      # this item's race
            claim = claim_of(owner)
            support = clauses.support(text, kind, item, item.start in guessed)
            if kind == "mark":
                if item.kind == "reference" and not (local.meet or local.venue or YEAR.search(seg_text)):
                    continue
                if row_place is not None and item.kind == "mark" and _gap_in_list(item, list_first, plausible_range(claim.discipline) or untimed):
                    claim.gaps.append((gap_seconds(item.value), item))     # "3) Iivo Niskanen, Finland 0.17,7"
                    continue
                reading = read_mark(item.value, plausible_range(claim.discipline) or (_RELAY_TIMES if relay else untimed))
                if reading is None:
                    continue
                claim.marks.append((reading, item, support))
                if row_place is not None and list_first is None:
                    list_first = reading.value
                for other in tied.get(owner, ()):
                    claim_of(other).marks.append((reading, item, support))
            elif kind == "gap":
                seconds = gap_seconds(item.value)
                if seconds is not None:
                    claim.gaps.append((seconds, item))
                    if row_place is not None:
                        list_first = list_first or -1.0      # once a row gives a gap, later bare times are gaps
            elif kind == "miss":
                claim.misses.append((item.value, item))
            elif kind in ("placing", "row_place"):
                claim.places.append((item.value, item, support))
                for other in tied.get(owner, ()):
                    claim_of(other).places.append((item.value, item, support))
                behind = item.info.get("behind_at")
                if behind is not None:
                    other = next((r for r in seg_refs if r.start == behind), None)
                    if other and item.value > 1:
                        claim_of(other.name).places.append((item.value - 1, item, Support.INFERRED))
            else:
                claim.flags.append((item.value, item))
                if chains is None:
                    chains = clauses.name_chains(text, seg_refs)
                for other in clauses.shared_by(text, item, owner, chains):
                    claim_of(other).flags.append((item.value, item))
        if seg_refs:
            focus = _subject(text, seg_refs)
        other_day_told = local.discipline is not None and row_place is None and other_day(text, local.discipline)
        update_carry(carry, local, seg_text, earlier or quote or other_day_told or kind_here == CAPTION)
        if local.discipline is not None and not (earlier or quote or other_day_told) and row_place is None and len(inside("discipline")) == 1 \
                and seg_refs and any(k in ("placing", "mark") for k, _ in items):
            carry.discipline = local.discipline     # "løp inn til gullet på 3000-meteren": the race now told
        if row_place is not None:
            focus = None
    races = build_records(claims, ages, nationalities, margins, mentions, lang, refs, text, sport)
    for written, name in variants.items():
        for race in races:
            if any(r.athlete == name for r in race.results):
                race.warnings.append(f"name written two ways: {written!r} read as {name!r}")
    return races


def _gap_in_list(item: Mention, list_first: float | None, plausible: tuple[str, float, float] | None) -> bool:
    """In a result list after the winner's time, a time that cannot be a result near it is a gap
    ("1) Klæbo 33.38,8, 2) Tønseth 0.15,3 bak, 3) Niskanen 0.17,7"); after a gap row, every bare
    time that is not a plausible result is one."""
    if list_first is None:
        return False
    reading = read_mark(item.value, plausible)
    if reading is not None and (list_first < 0 or reading.value >= 0.5 * list_first):
        return False
    return True


def resolve_teams(teams: list[Mention]) -> list[AthleteRef]:
    """In a relay article the teams are the athletes: "Tjalve" is "IK Tjalve" when the article names
    it so; "laget", "klubben", "Oslo-klubben" are the team last named."""
    names = [t.value for t in teams if t.value]
    core = lambda name: " ".join(w for w in name.split() if w not in CLUB_ACRONYMS and w.upper() != w or w == name)
    longest: dict[str, str] = {}        # a word or core -> the first longest name holding it (linear, not quadratic)
    for n in names:
        for key in n.split() + [core(n)]:
            if len(n) > len(longest.get(key, "")):
                longest[key] = n
    fullest = {}
    for name in names:
        best = longest.get(core(name), "")
        fullest[name] = best if len(best) > len(name) else name
    refs: list[AthleteRef] = []
    for t in teams:
        if t.value:
            refs.append(AthleteRef(t.start, t.end, fullest[t.value], "team", "possessive" if t.info.get("possessive") else ""))
        elif refs:
            refs.append(AthleteRef(t.start, t.end, refs[-1].name, "descriptor"))
    return refs


def resolve_athletes(text: str, mentions: dict[str, list[Mention]], variants: dict[str, str]) -> list[AthleteRef]:
    """The athlete refs of the text; `variants` are its spelling variants (`spelling_variants` of its full names)."""
    names = [m for m in mentions.get("athlete", []) if m.info.get("full")]
    canonical = _canonical_names([m.value for m in names], variants)
    refs: list[AthleteRef] = []
    standalone: set[str] = set()
    full_positions: list[tuple[int, str]] = []
    for m in names:
        full_positions.append((m.start, canonical.get(m.value, m.value)))
    full_names = _FullNames(full_positions)
    for m in mentions.get("athlete", []):
        side = "object" if clauses.SIDE_BEFORE.search(text, max(0, m.start - 25), m.start) else "possessive" if m.info.get("possessive") else ""
        if m.info.get("full"):
            refs.append(AthleteRef(m.start, m.end, canonical.get(m.value, m.value), "full", side))
            continue
        target = full_names.resolve(m.value, m.start)
        if target:
            refs.append(AthleteRef(m.start, m.end, target, "surname", side))
        elif m.value in standalone or _standalone(text, m):
            standalone.add(m.value)         # "Ingebrigtsen vant ..." makes later "Ingebrigtsen"s him too
            refs.append(AthleteRef(m.start, m.end, m.value, "surname", side))
    refs.sort(key=lambda r: r.start)
    refs = _add_descriptors(text, refs, mentions)
    return refs


def spelling_variants(names: list[str]) -> dict[str, str]:
    """Later spellings of a full name one letter off an earlier one, in one word of five letters or more
    ("Mariann Roe" after "Marianne Roe", "Matias Sunde" after "Matias Lunde") -> the first spelling.
    Names are compared only with those sharing every other word (no pairwise scan of a long list)."""
    out: dict[str, str] = {}
    by_rest: dict[tuple, list[tuple[str, str]]] = defaultdict(list)   # (word index, the other words) -> [(word, earlier name)]
    for name in dict.fromkeys(names):
        words = name.split()
        for i, word in enumerate(words):
            key = (i, tuple(words[:i] + words[i + 1:]))
            if name not in out and len(word) >= 5:
                first = next((earlier for earlier_word, earlier in by_rest[key] if _one_edit(earlier_word, word)), None)
                if first:
                    out[name] = first
            by_rest[key].append((word, name))
    return out


def _one_edit(a: str, b: str) -> bool:
    """One letter substituted, added or left out (not equal, not a case change)."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _canonical_names(names: list[str], variants: dict[str, str]) -> dict[str, str]:
    """Shorter forms of the same person map to the fullest: "Karoline Grøvdal" -> "Karoline Bjerkeli Grøvdal";
    a later spelling one letter off to the first ("Mariann Roe" -> "Marianne Roe")."""
    names = [variants.get(n, n) for n in names]
    out = {}
    unique = sorted(dict.fromkeys(names), key=lambda n: -len(n.split()))     # longest first, then text order
    by_ends: dict[tuple, dict[int, int]] = defaultdict(dict)  # (first, last word) -> {word count: first index in unique}
    by_tail: dict[tuple, int] = {}                            # the last k words (k under the count) -> first index
    for i, longer in enumerate(unique):
        words = longer.split()
        by_ends[(words[0], words[-1])].setdefault(len(words), i)
        for k in range(1, len(words)):
            by_tail.setdefault(tuple(words[-k:]), i)
    for name in unique:
        tokens = name.split()
        candidates = [i for count, i in by_ends.get((tokens[0], tokens[-1]), {}).items() if count > len(tokens)]
        if not is_given_name(tokens[0]) and tuple(tokens) in by_tail:
            candidates.append(by_tail[tuple(tokens)])   # "Nesheim Bø", "Lunde Pedersen": the surnames of "Sigrid Nesheim Bø"
        if candidates:
            out[name] = unique[min(candidates)]
    for written, first in variants.items():
        out[written] = out.get(first, first)
    return out


class _FullNames:
    """Where each full name is written, asked which one a surname or given name alone stands for:
    by the words and trailing words of the distinct names, not by comparing with every mention."""

    def __init__(self, full_positions: list[tuple[int, str]]):
        self.positions: dict[str, list[int]] = defaultdict(list)     # name -> where it is written, ascending
        for pos, name in sorted(full_positions):
            self.positions[name].append(pos)
        self.by_word: dict[str, list[str]] = defaultdict(list)       # a word of a name of 2+ words -> names
        self.by_tail: dict[tuple, list[str]] = defaultdict(list)     # its last k words (k under the count) -> names
        for name in self.positions:
            words = name.split()
            for word in dict.fromkeys(words if len(words) > 1 else ()):
                self.by_word[word].append(name)
            for k in range(2, len(words)):
                self.by_tail[tuple(words[-k:])].append(name)

    def resolve(self, value: str, position: int) -> str | None:
        """The full name a partial one at the position stands for: the only one it fits, else the
        last one written before it that fits, else the first one written."""
        tokens = tuple(value.split())
        if not tokens:
            return None
        names = self.by_word.get(tokens[0], []) if len(tokens) == 1 else self.by_tail.get(tokens, [])
        if not names:
            return None
        if len(names) == 1:
            return names[0]
        before = []
        for name in names:
            i = bisect_left(self.positions[name], position)
            if i:
                before.append((self.positions[name][i - 1], name))
        return max(before)[1] if before else min((self.positions[name][0], name) for name in names)[1]


def _standalone(text: str, m: Mention) -> bool:
    """A lone capitalised word is an athlete when a result verb follows it or it heads a list row."""
    after = _WORD_AFTER_NAME.match(text[m.end:m.end + 40])
    sentence_start = _SENTENCE_START_BEFORE.search(text[max(0, m.start - 4):m.start])
    if after and not is_given_name(m.value):
        if after.group(1) in (ACTION_VERBS if sentence_start else RESULT_VERBS):
            return True
    if after and sentence_start and "-" in m.value and after.group(1) in ACTION_VERBS | _TAKING_PART:
        return True             # "Astri-Louise forbetra ...": a double given name the article uses alone
    before = text[max(0, m.start - 6):m.start]
    return bool(_ROW_NUMBER_BEFORE.search(before)) and not is_given_name(m.value)


def _not_object(ref: AthleteRef) -> bool:
    return not ref.side or ref.side == "possessive"


def _not_side(ref: AthleteRef) -> bool:
    return not ref.side


class _RefsBefore:
    """Refs in text order (appended by start), asked for the last one ending by a position (that
    passes a test): by bisection and running "last index passing" arrays instead of a scan of every
    ref per question, which was quadratic on a long page of "han" and "23-åringen"."""

    def __init__(self, refs: Iterable[AthleteRef] = (), tests: dict[str, Callable[[AthleteRef], bool]] | None = None):
        self.refs: list[AthleteRef] = []
        self.starts: list[int] = []
        self._max_end: list[int] = []            # running maximum of the ends: refs[:k] all end by _max_end[k-1]
        self._tests = tests or {}
        self._last: dict[str, list[int]] = {name: [] for name in self._tests}   # index of the last passing in refs[:i+1], or -1
        self._longest = 0
        for ref in refs:
            self.append(ref)

    def append(self, ref: AthleteRef) -> None:
        i = len(self.refs)
        self.refs.append(ref)
        self.starts.append(ref.start)
        self._max_end.append(max(ref.end, self._max_end[-1]) if i else ref.end)
        self._longest = max(self._longest, ref.end - ref.start)
        for name, test in self._tests.items():
            self._last[name].append(i if test(ref) else (self._last[name][-1] if i else -1))

    def _ended_by(self, position: int) -> tuple[int, int]:
        """(k, p): every ref of refs[:k] ends by the position, some of refs[k:p] may, none after p does."""
        p = bisect_right(self.starts, position)
        return bisect_right(self._max_end, position, 0, p), p

    def last(self, position: int, test: str | None = None) -> int:
        """Index of the last ref ending by the position (passing the named test), or -1."""
        k, p = self._ended_by(position)
        for i in range(p - 1, k - 1, -1):
            ref = self.refs[i]
            if ref.end <= position and (test is None or self._tests[test](ref)):
                return i
        return -1 if k == 0 else (self._last[test][k - 1] if test else k - 1)

    def last_of(self, position: int, indices: list[int]) -> int:
        """The last of the given indices (ascending) whose ref ends by the position, or -1."""
        k, p = self._ended_by(position)
        j = bisect_left(indices, p) - 1
        while j >= 0 and indices[j] >= k:
            if self.refs[indices[j]].end <= position:
                return indices[j]
            j -= 1
        return indices[j] if j >= 0 else -1

    def backwards(self, position: int, reach: int, test: Callable[[AthleteRef], bool] | None = None) -> Iterator[AthleteRef]:
        """Refs that end between `reach` and the position (and pass the test), last first."""
        for i in range(bisect_right(self.starts, position) - 1, -1, -1):
            ref = self.refs[i]
            if ref.start + self._longest < reach:
                return                          # this one and every earlier one ends before reach
            if reach <= ref.end <= position and (test is None or test(ref)):
                yield ref


def _later(first: _RefsBefore, i: int, second: _RefsBefore, j: int) -> AthleteRef | None:
    """The later in text order of first.refs[i] and second.refs[j] (-1: none); the second on a tie."""
    if j >= 0 and (i < 0 or second.refs[j].start >= first.refs[i].start):
        return second.refs[j]
    return first.refs[i] if i >= 0 else None


_HOME_GLUE = regex.compile(r"(?<!\s)\s*(?:,|\(|fra|frå)\s*")
_WORD_RUN = regex.compile(r"\w+")


def _home_after(text: str, ref: AthleteRef) -> str | None:
    """The word after "Name, " / "Name (" / "Name fra ": where the text says the athlete is from."""
    window = text[ref.end:ref.end + 40]
    glue = _HOME_GLUE.match(window)
    word = glue and _WORD_RUN.match(window, glue.end())
    return word.group() if word else None


def _add_descriptors(text: str, refs: list[AthleteRef], mentions) -> list[AthleteRef]:
    """'nordmannen', '26-åringen', 'han'/'hun': the athlete most recently named."""
    descriptors = [(m.start, m.end, "descriptor", m) for m in mentions.get("nationality", []) if m.info.get("form") == "noun" and m.info.get("definite")]
    descriptors += [(m.start, m.end, "descriptor", m) for m in mentions.get("age", []) if m.info.get("form") == "descriptor"]
    for n in mentions.get("nationality", []):
        if n.info.get("form") != "adjective":
            continue
        role = _ROLE_AFTER.match(text, n.end) or (_DEFINITE_AFTER.match(text, n.end)
                                                   if _ARTICLE_BEFORE.search(text[max(0, n.start - 5):n.start]) else None)
        if role:
            descriptors.append((role.start(1), role.end(1), "descriptor", n))    # "den norske jenta", "den norske svømmestjerna"
    for d in _HOME_DESCRIPTOR.finditer(text):
        home = Mention("home", d.start(), d.end(), d.group(), d["home"])
        descriptors.append((d.start(), d.end(), "descriptor", home))             # "Skjetten-gutten", "Fitjarjenta"
    for p in _PRONOUN.finditer(text):
        descriptors.append((p.start(), p.end(), "pronoun", None))
    # The refs given are the named athletes (full name or surname), in text order; a descriptor takes
    # the last one named before it that is not merely mentioned: not "... foran svenske Elin
    # Bergqvist", and for "han"/"hun" not "Klosters åpning" either (unless no other one is named).
    named = _RefsBefore(refs, {"subject": _not_object, "pronoun": _not_side})
    described = _RefsBefore()                   # refs added for descriptors: a pronoun may take them too
    known_ages = {}
    for a in mentions.get("age", []):
        if a.info.get("form") in ("parenthesis", "on_years"):
            ref = next(named.backwards(a.start, a.start - 2), None)
            if ref:
                known_ages.setdefault(ref.name, a.value)
    known_nats = {}                             # "etiopiske Tigst Assefa": the adjective right before the name
    for n in mentions.get("nationality", []):
        if n.info.get("form") in ("adjective", "noun"):
            ref = _named_at(named, n.end)           # "kenyanske X", "Amerikaneren Rai Benjamin"
            if ref:
                known_nats.setdefault(ref.name, n.value)
    context = _DescriptorContext(text, named, known_ages, known_nats)
    named_starts = set(named.starts)
    added: list[AthleteRef] = []
    for start, end, via, m in sorted(descriptors, key=lambda x: x[0]):
        if any(end + gap in named_starts for gap in range(3)):
            continue                # apposition: "amerikaneren CJ Allen" describes the name after it
        if via == "pronoun":
            target = _later(named, named.last(start, "pronoun"), described, described.last(start)) \
                or _later(named, named.last(start), described, -1)
        else:
            target = context.target(start, m)
        if target is None:
            continue
        ref = AthleteRef(start, end, target.name, via)
        added.append(ref)
        context.add(ref)
        if via == "descriptor":
            described.append(ref)
    return sorted(refs + added, key=lambda r: r.start)


def _named_at(named: "_RefsBefore", position: int) -> AthleteRef | None:
    """The named ref starting 0-2 characters after the position."""
    i = bisect_left(named.starts, position)
    return named.refs[i] if i < len(named.refs) and named.starts[i] - position <= 2 else None


class _DescriptorContext:
    """What a descriptor ("23-åringen", "Fitjarjenta", "den norske jenta") is matched against: the
    named athletes, the ages and home places the text gives them, how often each is named."""

    def __init__(self, text: str, named: _RefsBefore, known_ages: dict[str, int], known_nats: dict[str, str]):
        self.text, self.named, self.known_ages, self.known_nats = text, named, known_ages, known_nats
        self.by_age: dict[tuple, list[int]] = {}                # (age, subjects only) -> indices of refs that age
        self.by_home: dict[str, list[int]] = defaultdict(list)  # "Fitjar" -> indices of refs followed by ", Fitjar"
        for i, r in enumerate(named.refs):
            home = _home_after(text, r)
            if home:
                self.by_home[home].append(i)
        self._ends = [(r.end, r.name) for r in named.refs]    # a heap of the refs not yet counted
        heapq.heapify(self._ends)
        self._counts: Counter = Counter()       # names of the refs (named and added) ending by the last position asked

    def add(self, ref: AthleteRef) -> None:
        heapq.heappush(self._ends, (ref.end, ref.name))

    def _times_named(self, position: int) -> Counter:
        while self._ends and self._ends[0][0] <= position:    # positions are asked in text order
            self._counts[heapq.heappop(self._ends)[1]] += 1
        return self._counts

    def target(self, start: int, m: Mention) -> AthleteRef | None:
        named = self.named
        chosen = named.last(start, "subject")
        subjects = chosen >= 0                  # else every ref named before
        if not subjects:
            chosen = named.last(start)
            if chosen < 0:
                return None
        if m.kind == "age":
            # "23-åringen" is the athlete said to be 23, if one was: "Ingebrigtsen (23) ... Hocker ... 23-åringen"
            key = (m.value, subjects)
            if key not in self.by_age:
                self.by_age[key] = [i for i, r in enumerate(named.refs)
                                    if self.known_ages.get(r.name) == m.value and (not subjects or _not_object(r))]
            hit = named.last_of(start, self.by_age[key])
            if hit >= 0:
                chosen = hit
            elif _SAID_BEFORE.search(self.text, max(0, start - 12), start):
                # "– Jeg er sykt fornøyd, sa 29-åringen": the one speaking is the athlete the article is about
                return self._most_named(start, subjects) or named.refs[chosen]
        elif m.kind == "home":
            # "Anna S. Bø, Fitjar ... Fitjarjenta": the athlete from that place, if the text says who
            hit = named.last_of(start, self.by_home.get(m.value, []))
            if hit >= 0:
                chosen = hit
        elif m.kind == "nationality" and m.info.get("form") == "noun":
            known = self.known_nats.get(named.refs[chosen].name)
            if m.value != "NOR" and known != m.value:
                # "finske Joni Mäkelä ... lå Berg på andreplass, 1,4 sekunder bak finnen": the athlete the text
                # called Finnish, subject or not. (Norwegians go unmarked in Norwegian news: "nordmannen"
                # keeps to the subject.)
                said = next((r for r in named.backwards(start, start - 600) if self.known_nats.get(r.name) == m.value), None)
                if said is not None:
                    return said
            if known not in (None, m.value):
                # "Eliud Kipchoge vant ... etiopiske Tigst Assefa ... Den 38 år gamle kenyaneren": not the Ethiopian
                fits = next((r for r in named.backwards(start, start - 600, _not_object if subjects else None)
                             if self.known_nats.get(r.name, m.value) == m.value), None)
                if fits is not None:
                    return fits
        elif m.kind == "nationality" and m.info.get("form") == "adjective":
            # "den norske svømmestjerna": of the athletes just named, the one the article is about
            most = self._most_named(start, subjects)
            if most is not None:
                return most
        return named.refs[chosen]

    def _most_named(self, start: int, subjects: bool) -> AthleteRef | None:
        """Of the athletes named in the 600 characters before, the one named most often so far (None: just one)."""
        recent = list(self.named.backwards(start, start - 600, _not_object if subjects else None))     # last first
        if len({r.name for r in recent}) <= 1:
            return None
        counts = self._times_named(start)
        best = max(counts[r.name] for r in recent)
        return next(r for r in recent if counts[r.name] == best)


# the glue patterns are used from the end of a name or word: (?<!\s) keeps a scan of a space run linear
_ROLE_REACH = regex.compile(r"(?<!\s)\s+\p{Ll}+\s+")             # how far "kenyanske <role noun> Name" can reach
_CODE_GLUE = regex.compile(r"(?<!\s)\s+")
_COUNTRY_GLUE = regex.compile(r"(?<!\s)\s*(?:,|fra|frå|\()\s*")
_SENTENCE_END = regex.compile(r"[.!?\n]")


def bind_attributes(text: str, refs: list[AthleteRef], mentions) -> tuple[dict, dict]:
    """Ages and nationalities, each bound to the athlete it stands next to; (value, mention) lists."""
    ages: dict[str, list] = defaultdict(list)
    nats: dict[str, list] = defaultdict(list)
    named = _RefsBefore(r for r in refs if r.via in ("full", "surname"))
    first_at: dict[int, AthleteRef] = {}        # the first ref starting at a position (refs are in text order)
    for r in refs:
        first_at.setdefault(r.start, r)
    ref_starts = [r.start for r in refs]

    for a in mentions.get("age", []):
        form = a.info.get("form")
        if form == "descriptor":
            # "29-åringen Hans Petter Lindgaard": the name in apposition, else whom the descriptor stands for
            ref = _named_at(named, a.end) or first_at.get(a.start)
            if ref:
                ages[ref.name].append((a.value, a))
            continue
        if form in ("parenthesis", "on_years"):
            ref = next(named.backwards(a.start, a.start - 2), None)
        elif form == "fact_box":
            i = named.last(a.start)
            ref = named.refs[i] if i >= 0 else None
        elif form == "predicate":
            # "Tveit er 24 år", "han ... i en alder av 15 år": the athlete last named in the sentence
            i = bisect_left(ref_starts, a.start) - 1
            ref = refs[i] if i >= 0 and not _SENTENCE_END.search(text, refs[i].end, a.start) else None
        else:
            # "den 29 år gamle Lindgaard", "Den 29 år gamle nordmannen" (a descriptor for the athlete in focus)
            ref = _named_at(named, a.end) or next((first_at[p] for p in range(a.end, a.end + 3) if p in first_at), None)
            if ref is None and (role := _ROLE_BEFORE_NAME.match(text, a.end)):
                ref = _named_at(named, role.end())      # "Den 21 år gamle norske sprinteren Henriette Jæger"
        if ref:
            ages[ref.name].append((a.value, a))
    for n in mentions.get("nationality", []):
        form = n.info.get("form")
        if form == "noun":
            ref = first_at.get(n.start) or _named_at(named, n.end)
            if ref is None and _BEST_OF.search(text, max(0, n.start - 8), n.start):
                # "Nordås ble beste nordmann på 1500 meter": the athlete named before it in the sentence
                before = next(named.backwards(n.start, max(0, n.start - 200)), None)
                if before is not None and not _SENTENCE_END.search(text, before.end, n.start):
                    ref = before
            if ref:
                nats[ref.name].append((n.value, n))
            continue
        if form == "adjective":
            # "kenyanske Kipyegon", also over a role noun: "den russiske vinneren Anastasija Gorejeva"
            reach = _ROLE_REACH.match(text, n.end)
            last_start = max(n.end + 2, reach.end() if reach else 0)
            ref = None
            for i in range(bisect_left(ref_starts, n.end), bisect_right(ref_starts, last_start)):
                r = refs[i]
                if r.start - n.end <= 2 or _ROLE_BETWEEN.fullmatch(text, n.end, r.start):
                    ref = r
                    break
        else:
            glue = _CODE_GLUE if form == "code" else _COUNTRY_GLUE
            reach = n.start             # a ref ends inside the run of glue characters before n (one regex call, not one per ref)
            while reach > 0 and _GLUE_CHAR.match(text, reach - 1):
                reach -= 1
            ref = next((r for r in named.backwards(n.start, reach) if glue.fullmatch(text, r.end, n.start)), None)
        if ref:
            nats[ref.name].append((n.value, n))
    sentence_ends = None
    for g in _GROUP_NATIONALITY.finditer(text):
        code = adjective_codes().get(g["adj"].lower()) or noun_codes().get(g["adj"].lower())
        if not code:
            continue
        if sentence_ends is None:
            sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        before = bisect_left(sentence_ends, g.start())
        sentence_start = sentence_ends[before - 1] + 1 if before else 0
        for i in range(bisect_left(named.starts, sentence_start), bisect_right(named.starts, g.start())):
            r = named.refs[i]
            if r.end <= g.start() and not nats.get(r.name):
                nats[r.name].append((code, Mention("nationality", g.start("adj"), g.end("adj"), g["adj"], code)))
    for g in _GROUP_NATIONALITY_AFTER.finditer(text):
        adj = g["adj"].lower()
        code = adjective_codes().get(adj) or group_codes().get(adj)
        if not code:
            continue
        end = _GROUP_SENTENCE_END.search(text, g.end())
        end = end.start() if end else len(text)
        for i in range(bisect_left(named.starts, g.end()), bisect_left(named.starts, end)):
            r = named.refs[i]
            if not nats.get(r.name):
                nats[r.name].append((code, Mention("nationality", g.start("adj"), g.end("adj"), g["adj"], code)))
    for g in _GROUP_APPOSITION.finditer(text):
        # "Dei to norske løparane Henrik og Filip Ingebrigtsen vart ...": the names joined right after it
        code = adjective_codes().get(g["adj"].lower())
        i = bisect_left(named.starts, g.end())
        if not code or i >= len(named.refs) or named.starts[i] - g.end() > 1:
            continue
        for r in _joined_from(text, named, i):
            if not nats.get(r.name):
                nats[r.name].append((code, Mention("nationality", g.start("adj"), g.end("adj"), g["adj"], code)))
    _bind_counted_groups(text, named, nats)
    _bind_compatriots(text, refs, named, nats)
    return ages, nats


# "to nordmenn på pallen", "to norske brødre", "dobbelt norsk på pallen", "norsk dobbeltseier": as many
# athletes as counted. An adjective needs people after it ("to norske rekorder" is no group); a
# group noun ("nordmenn") or a double/triple win does not.
_COUNTED_GROUP = regex.compile(
    r"(?<![\w])(?:(?P<n>to|tre|fire|begge|dobbelt|dobbel|trippel)\s+(?P<adj>\p{Ll}+)"
    r"(?P<people>\s+(?:på\s+pallen|på\s+podiet|på\s+topp|brødre|brør|søstre|systrer|løpere|løparar|utøvere|utøvarar|"
    r"jenter|gutter|gutar|skiløpere|skiløparar|skøyteløpere|skøyteløparar|svømmere|symjarar|hoppere|hopparar|"
    r"kastere|kastarar|sprintere|sprintarar)(?![\w]))?"
    r"|(?P<adj>\p{Ll}+)\s+(?P<n>dobbeltseier|dobbelsiger|dobbeltsiger|trippelseier|trippelsiger|trippel))(?![\w])", regex.I)
_COUNT = {"to": 2, "begge": 2, "dobbelt": 2, "dobbel": 2, "dobbeltseier": 2, "dobbelsiger": 2, "dobbeltsiger": 2,
          "tre": 3, "trippel": 3, "trippelseier": 3, "trippelsiger": 3, "fire": 4}
_LOOKING_BACK = regex.compile(r"(?:Dermed|Slik|Med\s+det|Det\s+betyr)\b", regex.I)


def _bind_counted_groups(text: str, named: "_RefsBefore", nats: dict) -> None:
    """"... Henrik Ingebrigtsen ble nummer to, og dermed sto to norske brødre på pallen": the last N
    athletes named, in this sentence and the one before, not said to be of another nation. A
    paragraph that opens with it and names nobody before it tells them next: "Søndag ble det dobbelt
    norsk på pallen. Kenyanske A vant, foran B og C." (but "Dermed stod to nordmenn på pallen" looks back)."""
    ends = None
    for g in _COUNTED_GROUP.finditer(text):
        word, n = g["adj"].lower(), _COUNT[g["n"].lower()]
        code = group_codes().get(word)
        if not code:
            code = adjective_codes().get(word)
            if not code or (g["people"] is None and g["n"].lower() in ("to", "tre", "fire", "begge")):
                continue
        if ends is None:
            ends = [m.end() for m in _GROUP_SENTENCE_END.finditer(text)]
        i = bisect_right(ends, g.start())
        start = ends[i - 1] if i else 0                     # this sentence
        j = i - 1                                           # the one before, over blank lines
        while j > 0 and not text[ends[j - 1]:ends[j]].strip():
            j -= 1
        previous = ends[j - 1] if j > 0 else 0
        j = i                                               # the one after
        while j + 1 < len(ends) and not text[ends[j]:ends[j + 1]].strip():
            j += 1
        following = ends[j + 1] if j + 1 < len(ends) else len(text)

        def fitting(candidates):
            names = []
            for r in candidates:
                if r.name not in names and all(c == code for c, _ in nats.get(r.name, [])):
                    names.append(r.name)
            return names[:n] if len(names) >= n else None

        refs = named.refs
        before = [refs[k] for k in range(bisect_left(named.starts, previous), bisect_left(named.starts, g.start()))]
        chosen = None
        opens_paragraph = start == 0 or "\n" in text[max(0, start - 2):start + 1] or text[start:g.start()].startswith("\n")
        if (opens_paragraph and not any(r.start >= start for r in before)
                and not _LOOKING_BACK.match(text[start:start + 80].lstrip())):
            chosen = fitting(refs[k] for k in range(bisect_left(named.starts, g.end()), bisect_left(named.starts, following)))
        chosen = chosen or fitting(reversed(before))
        for name in chosen or ():
            if not nats.get(name):
                nats[name].append((code, Mention("nationality", g.start("adj"), g.end("adj"), g["adj"], code)))


_COMPATRIOT = regex.compile(r"(?<![\w])lands(?:mannen|mann|kvinnen|kvinna|kvinne|menn|mennene|kvinnene)\s+(?=\p{Lu})", regex.I)


def _bind_compatriots(text: str, refs: list[AthleteRef], named: "_RefsBefore", nats: dict) -> None:
    """"Den kenyanske vinneren ... Han hadde selskap av landsmannen Vincent Kipkemoi": the athlete
    named after it has the nationality of the one last mentioned before it (by name, descriptor or
    pronoun) whose nationality the text gives."""
    mentioned = None
    for g in _COMPATRIOT.finditer(text):
        first = _named_at(named, g.end())
        if first is None:
            continue
        names = [r.name for r in _joined_from(text, named, bisect_left(named.starts, first.start))]   # "landsmennene A og B"
        mentioned = mentioned or _RefsBefore(refs)
        source = next(mentioned.backwards(g.start(), g.start() - 600, lambda r: r.name not in names and bool(nats.get(r.name))), None)
        if source is None:
            continue
        code, _ = nats[source.name][0]
        for name in names:
            if not nats.get(name):
                nats[name].append((code, Mention("nationality", g.start(), g.end(), g.group().strip(), code)))


def _joined_from(text: str, named: "_RefsBefore", i: int) -> Iterator[AthleteRef]:
    """named.refs[i] and the names joined to it by "," or "og" right after it: "A, B og C"."""
    while i < len(named.refs):
        yield named.refs[i]
        i += 1
        if i < len(named.refs) and not clauses.NAME_GLUE.fullmatch(text, named.refs[i - 1].end, named.refs[i].start):
            return


def _repeats_current(claim: Claim, claims: dict) -> bool:
    """An 'earlier race' claim whose marks the same athlete also has in the current race is the
    same result mentioned beside an older record ("13.26 er langt bak rekorden fra i fjor")."""
    current = {round(r.value, 2) for c in claims.values() if c.athlete == claim.athlete and not c.earlier for r, *_ in c.marks}
    return bool(claim.marks) and all(round(r.value, 2) in current for r, *_ in claim.marks)


def build_records(claims: dict[tuple, Claim], ages, nationalities, margins, mentions, lang, refs=(), text="",
                  sport: str = "athletics") -> list[RaceRecord]:
    races: dict[tuple, RaceRecord] = {}
    events = [m for m in mentions.get("meet", []) if m.info.get("event")]
    race_of = lambda c: (c.athlete, c.discipline.code if c.discipline else None, c.meet, c.city, c.earlier, c.race_round)
    # "Hynne vant 800 meter" in the lead and her row under "800 m kvinner": one race, the list's category
    # unless the places differ: not Tjalve's win "with its women" and its third place under "herrenes eliteklasse"
    categories, listed = defaultdict(set), defaultdict(set)
    for claim in claims.values():
        if claim.category:
            categories[race_of(claim)].add(claim.category)
            listed[race_of(claim)].update(p for p, *_ in claim.places)
    agrees = lambda c: not listed[race_of(c)] or {p for p, *_ in c.places} <= listed[race_of(c)]
    told = lambda c: bool(c.marks or c.places) or any(f in ("DNF", "DQ", "DNS") for f, _ in c.flags)
    # a flag told apart from the result ("Det er ny personlig rekord.") joins the result it goes with,
    # also when only the result's clause named its category ("ble toer i G17")
    for claim in sorted(claims.values(), key=lambda c: not told(c)):
        d = claim.discipline
        if claim.earlier and _repeats_current(claim, claims):
            continue
        category = claim.category
        if category is None and len(categories.get(race_of(claim), ())) == 1 and agrees(claim):
            category = next(iter(categories[race_of(claim)]))
        key = (d.code if d else None, claim.meet, claim.city, claim.earlier, category, claim.race_round)
        race = races.get(key)
        if not told(claim) and (race is None or all(r.athlete != claim.athlete for r in race.results)):
            continue
        if race is None:
            race = RaceRecord(discipline=d.code if d else None, distance_m=d.distance_m if d else None,
                              sport=d.sport if d else sport, indoor=claim.indoor, meet_name=claim.meet,
                              meet_city=claim.city, language=lang, category=category)
            if events and not claim.earlier:
                race.meet_event = events[0].value
                race.evidence["meet.event"].append(Evidence.of(events[0]))
                if race.meet_name is None:
                    race.meet_name = events[0].value
            for m in claim.evidence.get("meet", [])[:1]:
                race.evidence["meet.name"].append(Evidence.of(m))
            for m in claim.evidence.get("city", [])[:1]:
                race.evidence["meet.city"].append(Evidence.of(m))
            city_named = _CITY_RACE.match(race.meet_name or "")
            if race.meet_city is None and city_named and claim.evidence.get("meet"):
                race.meet_city = city_named["city"]         # "Bergen City Marathon", "Oslo Maraton": the race names its city
                m = claim.evidence["meet"][0]
                race.evidence["meet.city"].append(Evidence(m.start, m.start + len(city_named["city"]), city_named["city"]))
            races[key] = race
        if claim.date and race.date is None:
            race.date, race.date_text = claim.date.isoformat(), claim.date_text
            race.evidence["date"].extend(Evidence.of(m) for m in claim.evidence["date"])
        elif claim.date and race.date != claim.date.isoformat():
            race.warnings.append(f"two dates for the race: {race.date} and {claim.date.isoformat()} ({claim.date_text!r})")
        result = race.result_for(claim.athlete)
        for reading, m, support in claim.marks:
            result.add_mark(reading, m, support)
        for place, m, support in claim.places:
            result.add_place(place, m, support)
        for flag, m in claim.flags:
            result.add_flag(flag, m)
        for seconds, m in claim.gaps:
            result.add_gap(seconds, m)
        for count, m in claim.misses:
            result.add_misses(count, m)
        for age, m in ages.get(claim.athlete, []):
            result.add_age(age, m)
        for nat, m in nationalities.get(claim.athlete, []):
            result.add_nationality(nat, m)
    records = [part for race in races.values() for part in split_races(race)]
    named = defaultdict(list)
    for r in refs:
        if r.via in ("full", "surname", "team"):
            named[r.name].append(Evidence(r.start, r.end, text[r.start:r.end]))
    for record in records:
        record.check(margins)
        for result in record.results:
            result.evidence["athlete"].extend(named.get(result.athlete, []))
        record.evidence["discipline"].extend(Evidence.of(m) for m in mentions.get("discipline", [])
                                             if record.discipline and m.value.code == record.discipline)
    return records


def _subject(text: str, refs: list[AthleteRef]) -> str:
    """The athlete a sentence is about: its last name that is not a side mention (see AthleteRef.side)."""
    return next((r.name for r in reversed(refs) if not r.side), refs[-1].name)
