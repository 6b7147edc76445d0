"""Stage 4: linking mentions into results and races, the thin place where the pieces meet.

1. Athlete references (coreference.py): full names, surname/first-name mentions, possessives and
   descriptions ("nordmannen", "26-åringen", "han") resolve to one athlete each; ages and nationalities
   bind to the name they stand next to (attributes.py).
2. Segments (segments.py): sentences, split further into rows where the text is a result list
   ("1) Name, Land 18.39"; tables.py).
3. Each mark, placing and flag in a segment goes to an athlete in the same segment, or to the athlete in
   focus when the segment names none ("Tiden 13.26 er ..."; clauses.py).
4. The race of each item: its frame (frames.py): discipline, meet, venue and date named in its segment,
   else the ones in force, else the first ones the article names; segments about an earlier race
   (race_time.py) take meet, venue and date only from themselves.
5. Items for the same athlete and race merge into one result; results of the same race into one record
   (races.py); contradictions become warnings, never silent drops.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import clauses
from .attributes import bind_attributes
from .coreference import resolve_athletes, resolve_teams, spelling_variants
from .categories import CategoryInForce
from .frames import (METADATA_BEFORE, Context, DisciplineIndex, back_to_lead, carry_after_results, carry_without_results,
                     discipline_for, document_dates, document_indoor, edition, first_context, item_discipline,
                     moved_disciplines, names_race, race_indoor, race_values, without_aliases)
from .layout import BYLINE, FACTS, HEADLINE, INFOBOX, JUNK, LISTING, in_correction, layout
from .matchers.disciplines import plausible_range, untimed_range
from .matchers.marks import gap_seconds, read_mark
from .matchers.sports import article_sport
from .matchers.teams import relay_article
from .mentions import ByStart, Mention
from .quotes import in_quote
from .race_time import current_sentences, dated, told_back
from .races import build_records, warn_spellings
from .records import RaceRecord, Support, without_echoes
from .segments import Article, Segment, read_segment
from .tables import ResultList, TableRuns, page_subject, split_rows, table_athletes, without_birth_dates

_RELAY_TIMES = ("time", 600, 10800)       # a road relay without a distance: 10 minutes to 3 hours
_NO_RESULTS = frozenset({FACTS, INFOBOX, JUNK, BYLINE, LISTING})     # layout blocks that tell no race and set no context


@dataclass
class _Reading:
    """What the linker carries from segment to segment."""
    carry: Context = field(default_factory=Context)         # the frame in force
    focus: str | None = None                                 # the athlete in focus
    categories: CategoryInForce = field(default_factory=CategoryInForce)     # the class a heading or the prose named
    last_told: dict = field(default_factory=dict)            # each athlete's result last told
    claims: dict = field(default_factory=dict)               # what each athlete did in each race
    margins: list = field(default_factory=list)              # (seconds, mention, athlete) of winning margins
    table_runs: TableRuns = field(default_factory=TableRuns)
    lists: ResultList = field(default_factory=ResultList)


def link(text: str, mentions: dict[str, list[Mention]], sentences: list[tuple[int, int]],
         published: dt.date | None, base: dt.date | None, lang: str) -> list[RaceRecord]:
    if base is None:
        published, base = document_dates(text, mentions.get("date", []), lang)
    article = _read_article(text, mentions, sentences, published, base, lang)
    reading = _Reading()
    for row in article.segments:
        kind = article.page.kind_at(row.start)
        if kind in _NO_RESULTS:
            continue
        seg = read_segment(article, row, kind, reading.table_runs, reading.carry.discipline)
        reading.categories.see(seg)
        _tell(article, reading, seg)
    races = build_records(reading.claims, article.ages, article.nationalities, reading.margins, article.mentions,
                          lang, article.refs, text, article.sport)
    warn_spellings(races, article.variants)
    return without_echoes(races)


def _read_article(text: str, mentions: dict[str, list[Mention]], sentences: list[tuple[int, int]],
                  published: dt.date | None, base: dt.date | None, lang: str) -> Article:
    """What the whole text gives once: its layout; its mentions without metadata dates, page furniture,
    aliased meets and birth dates; its athletes (the teams, in a relay article) with their ages and
    nationalities; its segments; the race frame it opens with."""
    mentions = dict(mentions, date=[d for d in mentions.get("date", []) if not METADATA_BEFORE.search(text, max(0, d.start - 30), d.start)])
    page = layout(text)
    mentions = without_aliases(text, page.without_furniture(mentions))
    mentions = dict(mentions, athlete=table_athletes(text, mentions.get("athlete", []), page))
    mentions["date"] = without_birth_dates(text, dated(text, mentions["date"], published, base, lang), mentions["athlete"], page)
    relay = relay_article(text, mentions.get("meet", []), mentions.get("team", []), mentions.get("placing", []))
    team_refs = resolve_teams(mentions.get("team", []))
    variants = {} if relay else spelling_variants([m.value for m in mentions.get("athlete", []) if m.info.get("full")])
    refs = team_refs if relay else resolve_athletes(text, mentions, variants)
    ages, nationalities = bind_attributes(text, refs, mentions)
    for t in mentions.get("team", []):
        if t.info.get("code") and (relay or t.info.get("described")):
            nationalities.setdefault(t.value, []).append((t.info["code"], t))     # "Norge", "de norske stafettjentene" run for NOR
    segments = split_rows(text, told_back(text, sentences), page, page_subject(mentions["athlete"], page))
    reported = [(s, e) for s, e in sentences if not in_quote(text, s) and page.kind_at(s) not in _NO_RESULTS]
    first = first_context(text, mentions, reported, current_sentences(text, reported, base))
    sport = article_sport(mentions.get("sport", []))
    return Article(text, page, mentions, {kind: ByStart(ms) for kind, ms in mentions.items()}, refs, ByStart(refs),
                   team_refs, relay, variants, ages, nationalities, segments, first,
                   document_indoor(text, mentions.get("meet", [])), sport, untimed_range(sport, text),
                   DisciplineIndex(mentions.get("discipline", [])), published, base, lang)


def _tell(article: Article, reading: _Reading, seg: Segment) -> None:
    """One segment: the frame, the result list and the athlete in focus move past it, and each item it owns
    joins its owner's claim."""
    text, row, carry, lists = article.text, seg.row, reading.carry, reading.lists
    back_to_lead(carry, seg.local, article.first, seg.earlier)
    lists.see(row, seg.text, seg.start, bool(seg.disciplines))
    if row.place and seg.refs:
        seg.items.append(("row_place", Mention("placing", seg.start, seg.start, "", row.place, {"form": "row"})))
        norwegian = lists.norwegian(row, seg.start)
        if norwegian is not None:
            article.nationalities.setdefault(seg.refs[0].name, []).append(("NOR", norwegian))
    for margin in seg.inside("margin"):
        reading.margins.append((gap_seconds(margin.value), margin, seg.refs[0].name if seg.refs else reading.focus))
    if names_race(text, seg):
        carry.discipline = seg.local.discipline
    if lists.standings or seg.quote or seg.kind == HEADLINE or in_correction(text, seg.start):
        # "Minitour sammenlagt: 1. Klæbo ... Øvrige norske: 14) Holund": standings, not a race; what an athlete
        # or coach says is no result report; a headline sums up the body
        seg.items = []
    if not seg.items:
        if seg.refs:
            reading.focus = clauses.subject(text, seg.refs, reading.focus)
        carry_without_results(carry, text, seg)
        return
    owned, guessed, joins = clauses.owners(text, seg, reading.focus, reading.last_told)
    owned = [(kind, item, owner, reading.table_runs.discipline if seg.framed       # a pipe table's row: its table's discipline
              else discipline_for(item, seg.scopes.of(item.start).disciplines, text, carry, article.first))
             for kind, item, owner in owned]
    _claim(article, reading, seg, owned, guessed, joins)
    if seg.refs:
        reading.focus = clauses.subject(text, seg.refs, reading.focus)
    carry_after_results(carry, text, seg)
    if row.place is not None:
        reading.focus = None


def _claim(article: Article, reading: _Reading, seg: Segment, owned: list, guessed: set, joins: set) -> None:
    """Each owned item joins its owner's claim on its race, and the claims of those who share it (a tie, "vant
    både 100 og 200 meter", "nummer to bak X", a flag said of a chain of names)."""
    text, row, lists, carry, first = article.text, seg.row, reading.lists, reading.carry, article.first
    moved = {} if seg.framed else moved_disciplines(owned, article.disciplines)
    if row.place is not None and moved:
        lists.move = next(iter(moved.values()))
    named_here = {d.value for d in seg.disciplines}
    chains = None
    tied = clauses.tied(text, owned, seg.refs)
    for kind, item, owner, discipline in owned:
        if not seg.framed:
            discipline = item_discipline(kind, item, owner, discipline, article.disciplines, moved, lists.move,
                                         row.place is not None, named_here)
        scope = seg.scopes.of(item.start)
        meet, venue, date_m = race_values(item, scope.context, scope.meets, carry, first, scope.earlier, row.occasion is not None, discipline)
        told_category = reading.categories.of(item.start, owner, seg)
        claim_of = lambda athlete, d=discipline: clauses.claim_for(reading.claims, athlete, d, meet, venue, (scope.earlier, told_category, seg.race_round or edition(text, scope.meets.nearest(item.end))),
                                                     date_m, (article.published, article.base), article.lang,
                                                     race_indoor(scope.context, carry, article.indoor, scope.earlier), scope.context.one_day and date_m is scope.context.date)      # this item's race
        claim = reading.last_told[owner] if item.start in joins else claim_of(owner)
        reading.last_told[owner] = claim        # "Hun kastet 42,68. Det holdt til niendeplass.": the result just told, whatever its race
        support = clauses.support(text, kind, item, item.start in guessed)
        if kind == "mark":
            if item.kind == "reference" and not seg.dated:
                continue
            plausible = plausible_range(claim.discipline)
            if row.place is not None and item.kind == "mark" and lists.is_gap(item, plausible or article.untimed):
                claim.gaps.append((gap_seconds(item.value), item))     # "3) Iivo Niskanen, Finland 0.17,7"
                continue
            mark = read_mark(item.value, plausible or (_RELAY_TIMES if article.relay else article.untimed))
            if mark is None:
                continue
            claim.marks.append((mark, item, support))
            if row.place is not None and lists.first is None:
                lists.first = mark.value
            for other in tied.get(owner, ()):
                claim_of(other).marks.append((mark, item, support))
        elif kind == "gap":
            seconds = gap_seconds(item.value)
            if seconds is not None:
                claim.gaps.append((seconds, item))
                if row.place is not None:
                    lists.first = lists.first or -1.0      # once a row gives a gap, later bare times are gaps
        elif kind == "miss":
            claim.misses.append((item.value, item))
        elif kind in ("placing", "row_place"):
            for place_claim in [claim] + [claim_of(owner, d) for d in clauses.both_won(text, item, scope.disciplines.all) if d != discipline]:
                place_claim.places.append((item.value, item, support))     # "vant både 100 og 200 meter": each
            for other in tied.get(owner, ()):
                claim_of(other).places.append((item.value, item, support))
            behind = item.info.get("behind_at")
            if behind is not None:
                other = next((r for r in seg.refs if r.start == behind), None)
                if other and item.value > 1:
                    claim_of(other.name).places.append((item.value - 1, item, Support.INFERRED))
        else:
            claim.flags.append((item.value, item))
            if chains is None:
                chains = clauses.name_chains(text, seg.refs)
            for other in clauses.shared_by(text, item, owner, chains):
                claim_of(other).flags.append((item.value, item))
