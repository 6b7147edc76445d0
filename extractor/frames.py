"""Race frames: which race each result belongs to. A race's discipline, meet, venue, date, category and
indoor come from the segment that tells it, else from the ones in force (carried from the segments
before), else from the first ones the article names; earlier and planned races give none of theirs to
the race now told (see race_time)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from .anchored import compile_anchored
from .lexicons import cued_search, rows
from .matchers.athletes import given_name_sex
from .matchers.dates import resolve_date
from .matchers.disciplines import Discipline, plausible_range
from .matchers.marks import read_mark
from .mentions import ByStart, Mention
from .layout import CAPTION, HEADLINE, teaser_at
from .race_time import PLANS, YEAR, another_day, earlier_asides, earlier_venue, in_record_site, other_day, planned, race_day, standard_for, told_as_future, without
from .records import RaceRecord, Result

if TYPE_CHECKING:
    from .segments import Segment

_OUTDOOR = regex.compile(r"(?<![\w])(?:utendørs\w*|utandørs\w*|outdoor)", regex.I)
_INDOOR = regex.compile(r"(?<![\w])(?:innendørs\w*|innandørs\w*|inne-\w+|\w+-inne\b|hallstevne\w*|hallstemne\w*|indoor|inomhus\w*)", regex.I)
# What every match of _OUTDOOR / _INDOOR holds, case-folded: the patterns are asked of every segment,
# and a look for these first spares trying their alternations at each word of the many that say neither.
_OUTDOOR_STEMS = ("utendørs", "utandørs", "outdoor")
_INDOOR_STEMS = ("innendørs", "innandørs", "inne-", "-inne", "hallstevne", "hallstemne", "indoor", "inomhus")

HEADER_WORDS = 7
_TITLE_LINE = regex.compile(r"\s*[^\n]{0,120}")
METADATA_BEFORE = regex.compile(r"(?:Publisert|Oppdatert|Sist oppdatert|Endret|Publ\.)\s*:?\s*(?:\w+\s+)?$", regex.I)
_PARAGRAPH = regex.compile(r"[^\n]+")
_SENTENCE_END = regex.compile(r"[.!?»\"]\s*$")
_LEAD_WORDS = 20
_NUMBER_INSIDE = regex.compile(r"\d[.,:]\d")
_BRACKET_AFTER = regex.compile(r"\s?\((?P<d>[^()]{2,25})\)")      # "3.29,50 (1500 m)"
_BRACKET_BEFORE = regex.compile(r"\s?\(")


@dataclass
class Context:
    discipline: Mention | None = None
    meet: Mention | None = None
    venue: Mention | None = None
    date: Mention | None = None
    topic: Mention | None = None        # the article's discipline: its first, when the headline or lead names it
    indoor: bool | None = None          # said indoors (True) or outdoors (False)
    venue_of: str | None = None         # the meet the venue in force was named with (None: named alone)
    set_by: str | None = None           # the discipline of the segment that named the meet or venue in force
    by_code: dict = dataclasses.field(default_factory=dict)     # discipline code -> (meet, venue, venue_of) last named with it
    one_day: bool = False               # the segment names one date only ("... 3000 meter lørdag og 5000 meter søndag": two)
    days: tuple = ()                    # the race days the segment names, in text order
    day_by_code: dict = dataclasses.field(default_factory=dict)    # discipline code -> the day last named with it
    date_with: tuple = (frozenset(), ())     # the article's first date: the meets and venues its sentence names


def first_context(text: str, mentions: dict[str, list[Mention]], reported: list[tuple[int, int]],
                  current: list[tuple[int, int]]) -> Context:
    """The article's first discipline, meet, venue and date; meets and dates not from an earlier race, nor from a
    teaser for another article."""
    asides = _Asides(text)
    reported, current = ([(s, e) for s, e in pool if not teaser_at(text, s)] for pool in (reported, current))

    def in_pool(kind, pool):
        return next(iter(m for m in _race_level(mentions.get(kind, []))
                         if any(s <= m.start < e for s, e in pool)
                         and (kind == "discipline" or not (planned(text, m) or in_record_site(text, m) or asides.hold(m, pool)))
                         and (kind != "date" or race_day(text, m))), None)
    first = in_pool("discipline", reported)
    topic = first if first and first.start < lead_end(text, mentions.get("athlete", [])) \
        else _named_race(text, mentions.get("discipline", []), current)
    meet = in_pool("meet", current)
    venue = in_pool("venue", current)
    if venue is not None and venue.info.get("prep") == "dateline":     # "OSLO (NTB): ... i Roma": the sentence's own
        sentence = next(((s, e) for s, e in current if s <= venue.start < e), (venue.start, venue.end))
        prose = in_pool("venue", [(venue.end, sentence[1])])
        venue = prose if prose is not None and not _in_town(prose, venue) and not earlier_venue(text, prose) else venue      # not "... i Vikingskipet" under "HAMAR (NTB)"
    date = in_pool("date", current)
    return Context(first, meet,
                   venue or next((v for v in mentions.get("venue", []) if any(s <= v.start < e for s, e in reported)
                                                     and not earlier_venue(text, v) and not told_as_future(text, v)
                                                     and (not planned(text, v) or _named_with(text, v, meet, mentions.get("meet", [])))
                                                     and not asides.hold(v, reported)), None),
                   date, topic, date_with=_named_in_sentence(text, date, mentions, current))


def _named_in_sentence(text: str, date: Mention | None, mentions: dict[str, list[Mention]], sentences: list[tuple[int, int]]) -> tuple:
    """The meets and venues named (not as plans) in the sentence of the article's first date: where the race it dates was."""
    s, e = next(((s, e) for s, e in sentences if date is not None and s <= date.start < e), (0, 0))
    named = lambda kind: [m for m in mentions.get(kind, []) if s <= m.start < e and not planned(text, m)]
    return frozenset(m.value for m in named("meet")), tuple(named("venue"))


def dated_with(first: Context, meet: Mention | None, venue: Mention | None) -> bool:
    """The article's first date can be a race's that is told before it or with no date of its own, unless its sentence
    names another meet or venue ("Verdenscupåpningen i Ruka, klassisk sprint 24. november: ..." after a report from
    Oberhof; "I år har hun hoppet 4,51, i Firenze 2. juni" after an NM at Jessheim): another race's day."""
    meets, venues = first.date_with
    return not ((meets and meet is not None and meet.value not in meets)
                or (venues and venue is not None and not any(v.value == venue.value or town_holds(venue, v) or town_holds(v, venue)
                                                              for v in venues)))


_WITH_MEET = regex.compile(r"(?<!\s)\s++(?:i|på)\s++")


def _named_with(text: str, venue: Mention, meet: Mention | None, meets: list[Mention]) -> bool:
    """The venue is named right after the article's meet ("er klar for finale i OL-debuten i Paris"): that
    meet's venue, though the sentence plans a later round of it ("Neste stemne på Florø stadion", "Framoleikane
    i Bergen neste helg" are other meets' or none)."""
    return meet is not None and any(m.value == meet.value and _WITH_MEET.fullmatch(text, m.end, venue.start) for m in meets)


class _Asides:
    """The relative clauses about an earlier race inside each sentence ("Koech (18) som satte ... i Roma siste
    fredag"), found once per sentence, not once per mention asked."""

    def __init__(self, text: str):
        self.text = text
        self.found: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def hold(self, m: Mention, sentences: list[tuple[int, int]]) -> bool:
        """The mention stands in such a clause of its sentence."""
        s, e = next(((s, e) for s, e in sentences if s <= m.start < e), (m.start, m.start))
        asides = self.found.get((s, e))
        if asides is None:
            asides = self.found[(s, e)] = earlier_asides(self.text[s:e])
        return any(a <= m.start - s < b for a, b in asides)


# "I år var helmaraton innlagt som NM-øvelse", "Konkurransen regnes også som Norgesmesterskap for juniorer", "Stevnet
# fungerte også som et nordisk mesterskap": the race told also counts as another meet (not in a relative clause about
# another race: "firedagersrittet, som også fungerte som Norgescupåpning")
_ALIAS_BEFORE = regex.compile(r"(?<![\w])(?<!\bsom\s(?:også\s|òg\s)?)(?:innlagt|innlagd|regnes|regnast|reknes|reknast|fungerte|fungerer|gjaldt|gjelder|gjeld|"
                              r"telte|teller|tel)\s+(?:(?:også|òg|samtidig)\s+)?som\s+(?:(?:et|ein|en|eit)\s+)?(?:\p{Ll}+\s+)?$", regex.I)


def without_aliases(text: str, mentions: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """The mentions without the meets a race told also counts as: from the words that say so on, that meet ("NM-sølvet
    for kvinnene gikk til ...") is the meet in force under another name, no new race."""
    meets = mentions.get("meet", [])
    aliased = {}
    for before, m in zip(meets, meets[1:]):
        if m.value != before.value and m.value not in aliased and _ALIAS_BEFORE.search(text, max(0, m.start - 60), m.start):
            aliased[m.value] = m.start
    if not aliased:
        return mentions
    return dict(mentions, meet=[m for m in meets if m.start < aliased.get(m.value, len(text) + 1)])


# "foran sprinten", "på jaktstarten", "normaldistansen": the definite noun of a ski, biathlon or skating race
_DEFINITE_RACE = regex.compile(r"\p{Ll}(?:en|a)$")


def _named_race(text: str, disciplines: list[Mention], current: list[tuple[int, int]]) -> Mention | None:
    """A winter-sports report may name its race only late, and with the definite noun ("en svak
    innskyting foran sprinten"): the first such, not another day's ("lørdagens normaldistanse",
    "forsøk på sprinten samme sted lørdag") or a planned one."""
    return next((d for d in disciplines if d.value.sport != "athletics" and _DEFINITE_RACE.search(d.text)
                 and any(s <= d.start < e for s, e in current) and not other_day(text, d) and not planned(text, d)
                 and not _weekdays().search(text, d.end, d.end + 25)), None)


@lru_cache(maxsize=1)
def _weekdays() -> regex.Pattern:
    days = "|".join(w for w, kind, _v in rows("calendar.tsv") if kind == "weekday")
    return regex.compile(rf"\G(?:\s+\p{{Ll}}+){{0,2}}\s+(?:{days})\b", regex.I)


def lead_end(text: str, athletes: list[Mention]) -> int:
    """Where the headline, lead and the paragraph after it end: the lead is the first paragraph of a full
    sentence's length that names an athlete and ends a sentence (not a menu or a cookie notice). A
    discipline named by then is what the article is about; one named later is a passing mention."""
    named = ByStart(athletes)
    paragraphs = iter(_PARAGRAPH.finditer(text))
    for paragraph in paragraphs:
        if len(paragraph.group().split()) >= _LEAD_WORDS and _SENTENCE_END.search(paragraph.group()) \
                and named.within(paragraph.start(), paragraph.end()):
            return next(paragraphs, paragraph).end()
    return len(text)


def _prose_first(text: str, venues: list[Mention]) -> list[Mention]:
    """A dateline names where the report was written ("OSLO (NTB): ... i Diamond League-stevnet i Roma"; "DAVOS/OSLO
    (VG)" names both): a venue its own sentence names for the race comes first (not a ground in the dateline's town:
    "HAMAR (NTB): ... i Vikingskipet")."""
    datelines = [v for v in venues if v.info.get("prep") == "dateline"]
    prose = [v for v in venues if v.info.get("prep") != "dateline" and not any(_in_town(v, d) for d in datelines)
             and not earlier_venue(text, v)]       # not "Akkurat som X tok VM-gull ... i Luzern i 2001" under "PLOVDIV:"
    return prose + [v for v in venues if v not in prose] if prose and datelines else venues


_GROUND_NAMED = regex.compile(r"(?:stadion|stadium|arena|hallen|skipet)$", regex.I)


def _in_town(venue: Mention, dateline: Mention) -> bool:
    """A ground, which lies in the dateline's town ("i Vikingskipet", "i Sørmarka Arena" under "STAVANGER (NPK)")."""
    return town_holds(venue, dateline) or bool(_GROUND_NAMED.search(venue.value))


def segment_context(text: str, inside, seg_text: str) -> Context:
    """The discipline, meet, venue, date and indoor a segment names (not a planned meet, venue or day)."""
    days = [d for d in inside("date") if race_day(text, d)]
    return Context(_nearest(inside("discipline"), None),
                   _nearest([m for m in inside("meet") if not m.info.get("event") and not planned(text, m)], None),
                   _nearest(_prose_first(text, [v for v in inside("venue") if not planned(text, v)]), None),
                   _nearest(days, None),
                   one_day=len(days) == 1, days=tuple(days),
                   indoor=_says_indoor(seg_text, inside("meet")))


def _says_indoor(seg_text: str, meets: list[Mention]) -> bool | None:
    """True: the segment says indoors, and not only in the name of an indoor meet ("sølv i VM i Tokyo og bronse
    ved innandørs-EM": the meet makes its own race indoor, not the other); False: it says outdoors only."""
    if cued_search(_INDOOR, _INDOOR_STEMS, seg_text):
        in_meets = sum(1 for m in meets if m.info.get("indoor") and _INDOOR.search(m.text))
        return True if in_meets == 0 or len(_INDOOR.findall(seg_text)) > in_meets else None
    return False if cued_search(_OUTDOOR, _OUTDOOR_STEMS, seg_text) else None


def race_indoor(local: Context, carry: Context, document: bool | None, earlier: bool) -> bool | None:
    """Indoor per race: said in the segment, else (not for an earlier race) in force from the segments
    before (not when the segment names another meet or venue: update_carry ends it there), else what the
    article says as a whole."""
    if local.indoor is not None:
        return local.indoor
    if earlier:
        return None             # a race before the one told is indoors only where its own words say so
    if carry.indoor is not None and not _new_frame(local, carry):
        return carry.indoor
    return document


def _new_frame(local: Context, carry: Context) -> bool:
    """The segment names a meet or venue, and neither the meet nor the venue in force."""
    named = {m.value for m in (local.meet, local.venue) if m is not None}
    return bool(named) and not named & {m.value for m in (carry.meet, carry.venue) if m is not None}


@dataclass
class Scope:
    """A part of a segment that tells one race: its own context, its meets, and whether it was earlier."""
    context: Context
    meets: ByStart
    earlier: bool
    disciplines: "SegmentDisciplines"   # its own: an aside's discipline is not the main race's


class SegmentFrames:
    """The races one segment tells: the main one (earlier or not), and asides about an earlier race
    inside it (", som vant NM i 2019,"), each with only its own meet, venue and date."""

    def __init__(self, text: str, seg_start: int, seg_text: str, inside, earlier: bool, asides: list[tuple[int, int]]):
        self.spans = [(seg_start + s, seg_start + e) for s, e in asides]
        outside = lambda kind: [m for m in inside(kind) if not any(s <= m.start < e for s, e in self.spans)]
        self.main = _scope(text, outside, without(seg_text, asides), earlier)
        self.asides = [_scope(text, lambda kind, s=s, e=e: [m for m in inside(kind) if s <= m.start < e], text[s:e], True)
                       for s, e in self.spans]
        for (s, e), aside in zip(self.spans, self.asides):
            aside.disciplines.closed = True         # no discipline in force reaches an earlier race ...
            if not aside.disciplines.all.items and not another_day(text[s:e]):
                # ... but one without its own is the sentence's ("..., som er bak rekorden fra 2017 på 24.18"), unless
                # it was another day of the same meet, another event ("etter å ha havnet på 30.-plass dagen før")
                aside.disciplines = SegmentDisciplines(text, inside("discipline"), closed=True)

    def of(self, position: int) -> Scope:
        return next((scope for (s, e), scope in zip(self.spans, self.asides) if s <= position < e), self.main)


def _scope(text: str, inside, seg_text: str, earlier: bool) -> Scope:
    return Scope(segment_context(text, inside, seg_text),
                 ByStart([m for m in inside("meet") if not m.info.get("event") and not standard_for(text, m) and not planned(text, m)]), earlier,
                 SegmentDisciplines(text, inside("discipline")))


# "Bergen City Marathon", "Oslo Maraton", "Stockholm Halvmaraton": a race that names its city
CITY_RACE = regex.compile(r"(?P<city>\p{Lu}[\p{L}-]++(?: (?!City\b)\p{Lu}[\p{L}-]++)?)(?: City)? (?:Maraton|Marathon|Halvmaraton|Half Marathon)$")


def race_values(item: Mention, local: Context, race_meets: ByStart, carry: Context, first: Context,
                earlier: bool, dated_row: bool = False, discipline: Discipline | None = None) -> tuple[Mention | None, Mention | None, Mention | None]:
    """(meet, venue, date) of an item's race: the segment's own, else (not for an earlier race) the ones
    in force, else the article's first. A dated row of a medal list ("Gull Spyd 1983, 1984" under
    "Medaljer i norske mesterskap") takes its meet from its heading, but its venue and date only from itself;
    a row that names its own day (a ranking's "1. 1.41,11 Ola Berg DEN 24. august 1997 Köln") its meet too."""
    if dated_row:
        return race_meets.nearest(item.start) or (None if local.date is not None else carry.meet), local.venue, local.date
    carry = _of_discipline(carry, discipline, local)
    meet = race_meets.nearest(item.start) or (None if earlier else carry.meet or first.meet)
    venue = local.venue or (None if earlier else venue_in_force(meet, carry.venue, carry.venue_of, carry.meet)
                            or (_first_venue(meet, first) if same_meet(meet, first.meet) else None))
    town = carry.venue or first.venue
    if venue is local.venue and not earlier and town_holds(venue, town):
        venue = town        # "... i Oslo lørdag. ... inn på Bislett stadion": the town named for the race
    own = _nearest(list(local.days), item.start) if len(local.days) > 1 else local.date     # "nummer fire fredag, og dagen etter vant han"
    in_force = (carry.day_by_code.get(discipline.code) if discipline else None) or carry.date
    return meet, venue, own or (None if earlier else in_force or (first.date if dated_with(first, meet, venue) else None))


# "EM i friidrett 1954", "VM i 2015", "VM 2019", "Sommer-OL 1952": the year right after a meet names its edition
_EDITION_AFTER = compile_anchored(r"(?:\s+i)?(?:\s+\p{Ll}+)?\s+(?P<year>(?:19|20)\d\d)(?![\d\w])")


def edition(text: str, meet: Mention | None) -> str | None:
    """The year of the meet's edition when the text writes it after the meet: "nummer fem i VM i 2015 og
    nummer fire i VM i 2017", "9.-plass under EM i friidrett 1954 og 8.-plass under EM i friidrett 1958"
    are two races of one meet. (The meet asked is the one nearest the item's end: "nummer fire i VM i 2017".)"""
    year = _EDITION_AFTER.match(text, meet.end) if meet is not None else None
    return year["year"] if year else None


def document_indoor(text: str, meets: list[Mention]) -> bool | None:
    """True for an indoor article, False when it says outdoors ("sesongens første utendørsstevne"), else None.
    Not from a sentence that dates its race by a year ("vinteren 1992 enda ho på tredjeplass ved
    innandørs-EM", "I februar 2011 vant hun NM innendørs"): a career's indoor race, said there."""
    folded = text.casefold()
    indoor = any(stem in folded for stem in _INDOOR_STEMS) \
        and any(not _in_dated_sentence(text, m.start()) and not _indoor_aside(text, m) for m in _INDOOR.finditer(text))
    indoor = indoor or any(m.info.get("indoor") and not _in_dated_sentence(text, m.start) and not planned(text, m) for m in meets)
    return indoor or (False if cued_search(_OUTDOOR, _OUTDOOR_STEMS, text) else None)


_SENTENCE_ENDS = regex.compile(r"[.!?\n](?!\d)")
_SENTENCE_REACH = 300


def _sentence_around(text: str, position: int) -> tuple[int, int]:
    """The sentence around the position (its ends looked for within 300 characters each way)."""
    start = max(0, position - _SENTENCE_REACH)
    before = [m.end() for m in _SENTENCE_ENDS.finditer(text, start, position)]
    after = _SENTENCE_ENDS.search(text, position, position + _SENTENCE_REACH)
    return (before[-1] if before else start), (after.start() if after else position + _SENTENCE_REACH)


def _in_dated_sentence(text: str, position: int) -> bool:
    """A year stands in the sentence around the position."""
    return YEAR.search(text, *_sentence_around(text, position)) is not None


# "mistet innendørssesongen", "i rute til innendørssesongen": a season, no race (but "innendørssesongens første stevne")
_INDOOR_SEASON = regex.compile(r"sesong(?:en|a)?$", regex.I)
# "har fremdeles årsbestetida ... med sitt 3.29,63-løp innendørs", "personlige rekord på 21,09 satt innendørs", "slettet
# Warholms norske innendørs U20-rekord": a best or record held, not one set in the race told ("nye rekordar innandørs" is)
_HELD_BEST = regex.compile(r"rekord|årsbeste|sesongbeste|\bpers(?:en|a)?\b|bestetid|bestenotering", regex.I)
_NEW_BEST = regex.compile(r"\bny(?:e|tt)?\b", regex.I)


def _indoor_aside(text: str, m) -> bool:
    """An indoor word that says nothing of the race told: a season, a best held, a plan ("vurderer å delta i innendørs-EM")."""
    if _INDOOR_SEASON.search(m.group()):
        return True
    start, end = _sentence_around(text, m.start())
    sentence = text[start:end]
    return bool((_HELD_BEST.search(sentence) and not _NEW_BEST.search(sentence)) or PLANS.search(text, start, m.start()))


def document_dates(text: str, dates: list[Mention], lang: str) -> tuple[dt.date | None, dt.date | None]:
    """(exact, base) dates from the text itself when the caller gives none: a dated metadata line
    ("Publisert 16. juni 2023"), else a year in the title line ("NORDMARKA TERRENGLØP 2024 – RESULTATER"
    gives the year of "onsdag 12. juni")."""
    for d in dates:
        if METADATA_BEFORE.search(text, max(0, d.start - 30), d.start) and YEAR.search(d.text):
            day = resolve_date(d.text, "absolute", None, lang)
            if day:
                return day, day
    year = YEAR.search(_TITLE_LINE.match(text).group())
    return (None, dt.date(int(year.group()), 12, 31)) if year else (None, None)


def update_carry(carry: Context, local: Context, seg_text: str, earlier: bool) -> None:
    """Meet, venue and date stay in force until another is named (not from earlier races), a venue named with a
    meet only while that meet is; a
    discipline only from a heading line ("800 meter", "Kvinner 1500 m"), since disciplines are
    often named in passing."""
    if earlier:
        return
    if local.indoor is not None:
        carry.indoor = local.indoor
    elif (local.meet or local.venue) and not town_holds(local.venue, carry.venue):
        carry.indoor = None                 # another race: indoors or not is not said yet
    named = lambda: tuple(m.value if m else None for m in (carry.meet, carry.venue))
    before = named()
    if local.venue is None and local.meet is not None and venue_in_force(local.meet, carry.venue, carry.venue_of, carry.meet) is None:
        carry.venue = carry.venue_of = None     # "... i København dagen etter Oslo Maraton. På lørdag gikk også Stockholm Halvmaraton"
    for name in ("meet", "venue", "date"):
        value = getattr(local, name)
        if name == "venue" and town_holds(value, carry.venue):
            continue
        if value is not None:
            setattr(carry, name, value)
            if name == "venue":
                carry.venue_of = local.meet.value if local.meet else None
    if local.date is not None and local.discipline is not None and local.one_day:
        carry.day_by_code[local.discipline.value.code] = local.date      # "... sprinten lørdag. Søndag ... 10 km": each its day
    elif local.date is not None:
        carry.day_by_code.clear()           # a day named for no one discipline is every race's from here on
    if named() != before:
        carry.set_by = local.discipline.value.code if local.discipline else None
        if carry.set_by:
            carry.by_code[carry.set_by] = (carry.meet, carry.venue, carry.venue_of)
        else:
            carry.by_code.clear()       # a meet or venue named for no discipline is every race's from here on
    if local.discipline is not None and len(seg_text.split()) <= HEADER_WORDS and not _NUMBER_INSIDE.search(seg_text):
        carry.discipline = local.discipline


def venue_in_force(meet: Mention | None, venue: Mention | None, named_with: str | None, meet_in_force: Mention | None) -> Mention | None:
    """A venue in force, if it can be the meet's: one named with another meet is not; nor one named alone when a new
    meet names another city ("... i København. På lørdag gikk også Stockholm Halvmaraton")."""
    if venue is None or meet is None:
        return venue
    if named_with is not None:
        return venue if named_with == meet.value else None
    city = CITY_RACE.match(meet.value)
    new = meet_in_force is None or meet_in_force.value != meet.value
    return None if city and city["city"] != venue.value and new else venue


def _first_venue(meet: Mention | None, first: Context) -> Mention | None:
    """The article's first venue, if it can be the meet's (its first meet is in force only from where it is named)."""
    named_before = first.meet if first.meet is not None and first.venue is not None and first.meet.start < first.venue.start else None
    return venue_in_force(meet, first.venue, None, named_before)


def same_meet(meet: Mention | None, other: Mention | None) -> bool:
    """Not two different meets: the article's first venue goes with its first meet, not with another one."""
    return meet is None or other is None or meet.value == other.value


def _of_discipline(carry: Context, discipline: Discipline | None, local: Context) -> Context:
    """The meet and venue in force for a race of this discipline: the ones last named with it, when those in
    force were named with another discipline ("1500 meter i verdscupavsluttinga i Salt Lake City ... den første
    kom på 5000 meter, då han vann VM i Inzell ... Sverre landa på 4. plass i tidenes raskaste 1500 meter")."""
    if discipline is None or local.meet or local.venue or carry.set_by in (None, discipline.code) \
            or discipline.code not in carry.by_code:
        return carry
    meet, venue, venue_of = carry.by_code[discipline.code]
    return dataclasses.replace(carry, meet=meet, venue=venue, venue_of=venue_of)


def town_holds(venue: Mention | None, town: Mention | None) -> bool:
    """A ground ("inn på Bislett stadion", "stadionrekord på Bislett" under "OSLO (NTB)") inside the
    town in force does not replace it."""
    if venue is None or town is None or town.info.get("ground"):
        return False
    return bool(venue.info.get("ground")) or town.value in (_ground_towns().get(venue.value), venue.info.get("inside"))


@lru_cache(maxsize=1)
def _ground_towns() -> dict[str, str]:
    return {ground: town for ground, town in rows("ground_towns.tsv")}


def _race_level(ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if not m.info.get("event")]


def _nearest(ms: list[Mention], position: int | None) -> Mention | None:
    if not ms:
        return None
    if position is None:
        return ms[0]
    return min(ms, key=lambda m: abs(m.start - position))


class SegmentDisciplines:
    """The disciplines named in a segment, asked per item by bisection (a scan of every discipline
    of the segment per item was quadratic in one long sentence)."""

    def __init__(self, text: str, local: list[Mention], closed: bool = False):
        self.closed = closed        # an aside about an earlier race: no discipline in force reaches it
        self.all = ByStart(sorted(local, key=lambda d: d.start))
        # "(1500 m)" after a mark names that mark's discipline, not the next mark's
        self.unbound = ByStart([d for d in self.all.items if not _BRACKET_BEFORE.match(text[d.start - 2:d.start])])


# "tok førsteplassen på 60 meter og kule, og andreplass på 200 meter", "vart nummer to i høgde": the discipline
# right after a place names its race, whatever discipline ends nearer before it
_OWN_DISCIPLINE_AFTER = compile_anchored(r"\s+(?:på|i)\s+")


def discipline_for(item: Mention, local: SegmentDisciplines, text: str, carry: Context, first: Context):
    bound = _BRACKET_AFTER.match(text[item.end:item.end + 30])
    if bound:
        for d in local.all.within(item.end, item.end + bound.end()):
            if d.end <= item.end + bound.end():
                return d.value
    glued = _OWN_DISCIPLINE_AFTER.match(text, item.end) if item.kind == "placing" else None
    after = glued and local.all.first_from(glued.end())
    if after is not None and after.start == glued.end():
        return after.value
    near = _in_contrast_clause(text, item, local) or \
        (local.unbound if item.kind == "mark" and local.unbound.items else local.all).nearest(item.start)
    source = near or (None if local.closed else carry.discipline or first.topic)
    if source is not None and source.value.code.endswith("km") and first.discipline is not None \
            and first.discipline.value.code == "xc":
        return first.discipline.value       # "8 km" in a cross-country race is the xc course
    return source.value if source else None


# "A vant gull i spyd, mens B seiret i høydekonkurransen": each side of a contrast tells its own race
_CONTRAST = regex.compile(r",\s+mens\s")
_CLAUSE_REACH = 200


def _in_contrast_clause(text: str, item: Mention, local: SegmentDisciplines):
    """The discipline nearest the item within its side of a ", mens" contrast, when the sentence has one and that
    side names a discipline; else None."""
    if not local.all.items:
        return None
    before = [m.end() for m in _CONTRAST.finditer(text, max(0, item.start - _CLAUSE_REACH), item.start)]
    after = _CONTRAST.search(text, item.end, item.end + _CLAUSE_REACH)
    if not before and after is None:
        return None
    start, end = (before[-1] if before else 0), (after.start() if after else len(text))
    own = ByStart(local.all.within(start, end))
    return own.nearest(item.start) if own.items else None


class DisciplineIndex:
    """Every discipline the article names, by value, for "the nearest discipline before (else after)
    a mark in which it fits": per mark one plausibility check per distinct discipline and a
    bisection, not a sort of every discipline of the article."""

    def __init__(self, named: list[Mention]):
        by_value: dict = {}
        for d in named:
            by_value.setdefault(d.value, []).append(d)
        self.values = {value: ByStart(sorted(ms, key=lambda d: d.start)) for value, ms in by_value.items()}

    def nearest_fitting(self, item: Mention) -> Discipline | None:
        best_before = best_after = None
        for value, index in self.values.items():
            if read_mark(item.value, plausible_range(value)) is None:
                continue
            ms, starts = index.items, index.starts
            i = bisect_left(starts, item.start)
            j = i - 1
            while j >= 0 and ms[j].end > item.start:
                j -= 1
            if j >= 0 and (best_before is None or ms[j].start > best_before.start):
                best_before = ms[j]
            k = bisect_left(starts, item.end)
            if k < len(ms) and (best_after is None or ms[k].start < best_after.start):
                best_after = ms[k]
        found = best_before or best_after
        return found.value if found else None


def plausible_discipline(item: Mention, chosen: Discipline | None, named: DisciplineIndex) -> Discipline | None:
    """A mark that cannot be a result in the chosen discipline ("51,25 m" under 1500 metres), or that has
    none, belongs to the nearest discipline named before it (else after it) in which it can."""
    if chosen is not None and read_mark(item.value, plausible_range(chosen)) is not None:
        return chosen
    return named.nearest_fitting(item) or chosen


def split_races(race: RaceRecord) -> list[RaceRecord]:
    """A race split by its winners' sex; a part still holding two winners (not a tie) is two races told
    as one: kept, with a warning naming them."""
    parts = split_by_sex(race)
    for part in parts:
        winners = [r for r in part.results if r.place == 1]
        marks = {r.mark for r in winners}
        if len(winners) >= 2 and (None in marks or len(marks) > 1):        # not a tie ("delt seier på 2.04,10")
            part.warnings.append("two winners in one race (no category tells them apart): "
                                 + ", ".join(r.athlete for r in winners))
    return parts


def split_by_sex(race: RaceRecord) -> list[RaceRecord]:
    """Men's and women's races of one discipline at one meet and date, told without a category word
    ("Warholm vant 400 meter hekk ... Femke Bol vant suverent på 52,63"): two winners whose given
    names are a man's and a woman's make two races. Every other result joins the winner whose mark is
    nearest its own, else the winner of its given name's sex, else the winner named nearest in the text."""
    if race.category or len(race.results) < 2:
        return [race]
    winners = [r for r in race.results if r.place == 1 and " " in r.athlete]
    sexes = {w.athlete: given_name_sex(w.athlete.split()[0]) for w in winners}
    if len(winners) != 2 or set(sexes.values()) != {"m", "f"}:
        return [race]
    at = {id(r): min((e.start for es in r.evidence.values() for e in es), default=0) for r in race.results}

    def winner_of(r: Result) -> str:
        if r in winners:
            return r.athlete
        if r.mark_value and all(w.mark_value for w in winners):      # 47,45 goes with 46,98, not with 52,63
            return min(winners, key=lambda w: abs(math.log(r.mark_value / w.mark_value))).athlete
        sex = given_name_sex(r.athlete.split()[0]) if " " in r.athlete else None
        same = [w.athlete for w in winners if sexes[w.athlete] == sex]
        if len(same) == 1:
            return same[0]
        return min(winners, key=lambda w: abs(at[id(w)] - at[id(r)])).athlete     # the winner named nearest

    side = {id(r): winner_of(r) for r in race.results}
    parts = []
    for winner in sorted(winners, key=lambda w: at[id(w)]):
        parts.append(dataclasses.replace(race, results=[r for r in race.results if side[id(r)] == winner.athlete],
                                         warnings=race.warnings + ["a men's and a women's race told as one, no category "
                                                                   "named: split by the winners' given names"],
                                         evidence=defaultdict(list, {k: list(v) for k, v in race.evidence.items()})))
    return parts


# "I semifinalen mandag løp Warholm på 48,05": a round before the final (not "forsøk", an attempt in a throw;
# not "røk ut i semifinalen og endte som nummer sju", the place in the whole event)
_ROUND = regex.compile(r"(?<![\w])(?<!\b(?:ut|stoppet|stoppa|stopp|endte|enda|slutt)\s+i\s+)(?:semifinale\w*|forsøksheat\w*|(?<!\b(?:første|andre|tredje|fjerde|femte|sjette|siste|sitt|hennes|hans|det)\s+)forsøket|heatet|heata|kvartfinale\w*|kvalifisering(?:en|a|srunden|somgangen)|kvaliken)(?![\w])", regex.I)


# One of these, case-folded, is in every match of _ROUND: a look for them first spares trying it at every word
_ROUND_WORDS = ("semifinale", "forsøk", "heat", "kvartfinale", "kvali")


def round_named(seg_text: str) -> str | None:
    """The round a sentence tells ("semif", "heate", "kvart" ...): a race of its own; None for the final."""
    found = cued_search(_ROUND, _ROUND_WORDS, seg_text)
    return found.group().lower()[:5] if found else None


_TOPIC_BEFORE = regex.compile(r"(?:På|I)\s+")          # a sentence opening with its discipline: "På 3000 meter ..."
_RAN = regex.compile(r"\b(?:løp|sprang|sprinta|sprintet|gikk|gjekk|stilte|starta|startet|deltok|konkurrerte|svømte|symde|"
                     r"(?:ble|blei|vart)\s+beste?|var\s+i\s+aksjon)\b", regex.I)
_COMPARED_BEFORE = regex.compile(r"\b(?:som|enn|like)\s+(?:på|i)\s+$", regex.I)     # "like raskt som på 1500 meter"


def back_to_lead(carry: Context, local: Context, first: Context, earlier: bool) -> None:
    """"... torsdag": a segment dated as the lead's race, naming no meet or venue, is back at the race of the
    lead: its meet (and its town, if the lead named the ground in it) are in force again."""
    if local.date and first.date and local.date.text.lower() == first.date.text.lower() \
            and local.meet is None and local.venue is None and not earlier:
        carry.meet = first.meet
        if not town_holds(first.venue, carry.venue):
            carry.venue = first.venue


def names_race(text: str, seg: Segment) -> bool:
    """"Same kvelden vart det dobbel norsk jubel på 1500 meter.": a sentence naming one discipline and no
    athlete (not a headline or caption, not a comparison "like raskt som på 1500 meter", not a plan, not a
    relay) sets the discipline in force."""
    local = seg.local
    return local.discipline is not None and not seg.elsewhere and seg.row.place is None and not seg.refs \
        and len(seg.disciplines) == 1 and seg.kind not in (HEADLINE, CAPTION) \
        and not _COMPARED_BEFORE.search(text[max(0, local.discipline.start - 12):local.discipline.start]) \
        and not PLANS.search(seg.text) and "x" not in local.discipline.value.code


def carry_without_results(carry: Context, text: str, seg: Segment) -> None:
    """The frame in force after a segment that tells no result. "Samme kveld løp Amalie Iuel 400 meter hekk. Hun
    ble nummer seks.", "På 3000 meter ble det en spurtkamp mellom A og B.": an athlete running a discipline, or
    a sentence opening with it, sets that discipline in force."""
    local = seg.local
    if seg.refs and local.discipline is not None and seg.row.place is None and len(seg.disciplines) == 1 \
            and not seg.elsewhere and not PLANS.search(seg.text) and not other_day(text, local.discipline) \
            and (_RAN.search(seg.text) or _TOPIC_BEFORE.fullmatch(text[seg.start:local.discipline.start].lstrip())):
        carry.discipline = local.discipline
    update_carry(carry, local, seg.text, seg.elsewhere or seg.kind == CAPTION)


def carry_after_results(carry: Context, text: str, seg: Segment) -> None:
    """The frame in force after a segment that tells results: the race it told, when it names one discipline
    not told as another day's ("løp inn til gullet på 3000-meteren", "og på jaktstarten ...", not "tok bronsen
    på lørdagens VM-sprint")."""
    local = seg.local
    other_day_told = local.discipline is not None and seg.row.place is None and other_day(text, local.discipline)
    update_carry(carry, local, seg.text, seg.elsewhere or other_day_told or seg.kind == CAPTION)
    now = [d for d in seg.disciplines if not other_day(text, d)]
    if len(now) == 1 and not seg.elsewhere and seg.row.place is None and seg.refs \
            and any(k in ("placing", "mark") for k, _ in seg.items):
        carry.discipline = now[0]


def moved_disciplines(owned: list, named: DisciplineIndex) -> dict:
    """A mark that only fits another discipline moves its athlete's other items in the segment (and the rest
    of a result list) with it: "1. Thomas Krol 1:42,58" in a 1500 m list. Owner -> (discipline, the one it fits)."""
    moved = {}
    for kind, item, owner, discipline in owned:
        if kind == "mark" and item.kind == "mark":
            fitting = plausible_discipline(item, discipline, named)
            if fitting is not discipline:
                moved[owner] = (discipline, fitting)
    return moved


def item_discipline(kind: str, item: Mention, owner: str, discipline: Discipline | None, named: DisciplineIndex,
                    moved: dict, list_move: tuple | None, in_row: bool, named_here: set) -> Discipline | None:
    """An item's discipline after the moves: a mark's own fitting one; another item of a moved athlete (in a row,
    or when the segment does not name its discipline) and any item of a moved list go with the move."""
    if kind == "mark" and item.kind == "mark":
        return plausible_discipline(item, discipline, named)
    if owner in moved and moved[owner][0] == discipline and (in_row or discipline not in named_here):
        return moved[owner][1]
    if list_move and list_move[0] == discipline:
        return list_move[1]
    return discipline
