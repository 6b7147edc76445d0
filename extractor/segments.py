"""What the linker reads: the Article (what the whole text gives once) and each Segment of it (a sentence,
or a row of a result list) with its mentions, its athletes, the race frames it tells (frames.SegmentFrames)
and its items: the marks, placings, flags, gaps and misses whose owner and race the linker finds."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from . import clauses
from .categories import in_masters_class
from .coreference import AthleteRef
from .frames import Context, DisciplineIndex, SegmentFrames, round_named
from .layout import Layout
from .matchers.teams import relay_sentence
from .mentions import ByStart, Mention
from .quotes import in_quote, reported_from
from .race_time import YEAR, earlier_asides, record_sites, told_earlier, without
from .tables import Row, TableRuns, in_column_header, is_outcome_list, lineup_start, without_birth_years


@dataclass
class Article:
    """What the whole text gives the linker once: its layout, mentions, athletes and their attributes, its
    segments, and the race frame it opens with."""
    text: str
    page: Layout
    mentions: dict[str, list[Mention]]
    by_start: dict[str, ByStart]        # each kind's mentions, asked by position
    refs: list[AthleteRef]
    refs_by_start: ByStart
    team_refs: list[AthleteRef]
    relay: bool                         # a relay article: the teams are the athletes
    variants: dict[str, str]            # a name written another way -> the name it is read as
    ages: dict
    nationalities: dict
    segments: list[Row]
    first: Context                      # the article's first discipline, meet, venue and date
    indoor: bool | None                 # indoors or not, said of the article as a whole
    sport: str
    untimed: tuple | None               # the plausible times of a race without a distance
    disciplines: DisciplineIndex
    published: dt.date | None
    base: dt.date | None
    lang: str


@dataclass
class Segment:
    """A sentence or a row of a result list, read: what it names, who is in it, which races it tells, and the
    items whose owner and race are to be found."""
    row: Row
    start: int
    text: str
    kind: str                           # its layout block
    inside: Callable                    # kind -> the segment's mentions of that kind (and its row label's)
    disciplines: list[Mention]
    refs: list[AthleteRef]
    marks: list[Mention]                # marks and old records ("reference"), in text order
    placings: list[Mention]
    earlier: bool                       # it tells an earlier race
    quote: bool
    race_round: str | None
    framed: bool                        # a row of a pipe table under its column header
    scopes: SegmentFrames
    items: list[tuple[str, Mention]]
    local: Context                      # what the segment itself names: its discipline, meet, venue, date and indoor
    elsewhere: bool                     # told of an earlier race or in a quote: it sets no frame and tells no race now

    @cached_property
    def dated(self) -> bool:
        """It names its own meet, venue or a year: an old record named there was set there."""
        return bool(self.local.meet or self.local.venue or YEAR.search(self.text))


def read_segment(article: Article, row: Row, kind: str, table_runs: TableRuns, carried: Mention | None) -> Segment:
    """The segment of a row, read; `table_runs` moves past it (`carried`: the discipline in force)."""
    text, by_start = article.text, article.by_start
    seg_start, seg_end = row.start, row.end
    seg_text = text[seg_start:seg_end]
    inside = lambda kind: (by_start[kind].within(seg_start, seg_end)
                           + (by_start[kind].within(*row.label) if row.label else [])) if kind in by_start else []
    disciplines = inside("discipline")
    marks = sorted([m for m in inside("mark") if m.kind == "mark"] + inside("reference"), key=lambda m: m.start)
    told = without_birth_years(seg_text) if row.place is not None or is_outcome_list(seg_text) else seg_text
    # "1. Sindre Aune (2001) ...", "Brutt: Eivind Rekdal (2002) ...": born then, not an earlier race
    asides = earlier_asides(seg_text) if told is seg_text else []
    sites = record_sites(seg_text)
    told = without(told, asides)
    earlier = told_earlier(told, article.base, sites if told is seg_text else None)
    race_round = (round_named(seg_text) if row.place is None else None) or row.occasion     # a medal row's year
    race_round = table_runs.see(seg_text, seg_start, kind, row, race_round, disciplines, carried)
    marks = table_runs.result_marks(row, marks)
    scopes = SegmentFrames(text, seg_start, seg_text, inside, earlier, sorted(asides + sites))
    placings = [p for p in inside("placing") if not in_masters_class(seg_text, seg_start, p)]    # not the race's places
    items = [("mark", m) for m in marks] + [("placing", p) for p in placings]
    items += [("flag", f) for f in inside("flag") if not in_column_header(text, f)]      # "Tid SB PB": columns, no flags
    items += [("gap", g) for g in inside("gap") if row.place is not None or clauses.to_winner(text, g)]
    if article.sport == "biathlon":
        items += [("miss", m) for m in inside("miss")]
    quoted = quote = in_quote(text, seg_start)
    if quote and (told := reported_from(text, seg_start, seg_end)) is not None:
        items, quote = [(k, i) for k, i in items if i.start >= told], False     # the speaker's relative clause: reported
    return Segment(row, seg_start, seg_text, kind, inside, disciplines, _athletes(article, row, seg_text), marks, placings,
                   earlier, quote, race_round, table_runs.framed(kind), scopes, items, scopes.main.context, earlier or quoted)

def _athletes(article: Article, row: Row, seg_text: str) -> list[AthleteRef]:
    """The athlete references of a segment: a medal row's subject when it names none ("Gull Spyd 1983, 1984" in
    her biography); in a relay sentence of an article that is not one, its teams ("Fana IL vann 4x100 meter":
    the team, not its runners)."""
    seg_start, seg_end = row.start, row.end
    refs = article.refs_by_start.within(seg_start, seg_end)
    if row.subject and not refs:
        refs = [AthleteRef(seg_start, seg_start, row.subject, "row")]
    members = lineup_start(article.text, refs) if row.place is not None and not article.relay else None
    if members is not None:     # a team's row: the team named before its lineup ("1) Norge 1.18,90 (Ola Berg, ...)"), if any
        return [r for r in article.team_refs if seg_start <= r.start < members and r.via == "team"]
    if not article.relay and (relay_sentence(seg_text) or (row.place is not None and relay_sentence(row.header))):
        teams = [r for r in article.team_refs if seg_start <= r.start < seg_end and r.via == "team"]
        if teams:
            refs = teams
    return refs
