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
from collections import defaultdict

import regex

from .anchored import compile_anchored
from .matchers.disciplines import plausible_range, untimed_range
from .matchers.sports import article_sport
from .matchers.teams import relay_article, relay_sentence
from .matchers.athletes import CLUB_ACRONYMS
from .matchers.marks import gap_seconds, read_mark
from .layout import BYLINE, CAPTION, FACTS, HEADLINE, INFOBOX, JUNK, LISTING, layout
from .mentions import ByStart, Mention
from .attributes import bind_attributes
from .coreference import AthleteRef, resolve_athletes, spelling_variants
from .frames import (METADATA_BEFORE, Context, DisciplineIndex, SegmentCategories, discipline_for,
                     document_dates, document_indoor, edition, first_context, heading_category, plausible_discipline,
                     race_indoor, race_values, SegmentFrames, split_races, town_holds,
                     update_carry, without_aliases, CITY_RACE as _CITY_RACE)
from .race_time import PLANS, YEAR, current_sentences, earlier_asides, other_day, record_sites, told_back, told_earlier, without
from . import clauses
from .quotes import in_quote
from .clauses import Claim
from .records import Evidence, RaceRecord, Support
from .tables import SUBLIST, TableRuns, is_outcome_list, page_subject, split_rows, table_athletes, without_birth_dates, without_birth_years

# "I semifinalen mandag løp Warholm på 48,05": a round before the final (not "forsøk", an attempt in a throw;
# not "røk ut i semifinalen og endte som nummer sju", the place in the whole event)
_ROUND = regex.compile(r"(?<![\w])(?<!\b(?:ut|stoppet|stoppa|stopp|endte|enda|slutt)\s+i\s+)(?:semifinale\w*|forsøksheat\w*|(?<!\b(?:første|andre|tredje|fjerde|femte|sjette|siste|sitt|hennes|hans|det)\s+)forsøket|heatet|heata|kvartfinale\w*|kvalifisering(?:en|a|srunden|somgangen)|kvaliken)(?![\w])", regex.I)
# not the number of "ble nr 3. Narve Gilje Nordås ...": a placing, then the next sentence
_NORWEGIANS_HEADER = regex.compile(r"(?:^|\s)(?:Øvrige?\s+)?[Nn]orske?\s*:[^:]*$")
# "Det ble ni norske medaljer, fordelt slik:" before a list: every row is Norwegian.
_LIST_INTRO = regex.compile(r"(?<![\w])(?P<adj>norske|nordmenn|nordmennene)(?![\w])[^.!?]*:\s*$", regex.I)
_RELAY_TIMES = ("time", 600, 10800)       # a road relay without a distance: 10 minutes to 3 hours
_STANDINGS = regex.compile(r"sammenlagt|samanlagt|totalstilling|stillingen|cupstilling|verdenscupen totalt|poengliste", regex.I)
_CORRECTION = compile_anchored(r"[ \t]*(?:Rettelse|Rettet|Korrigering|Korreksjon|Retting)\s*:", regex.I)


def _in_correction(text: str, position: int) -> bool:
    """In an editor's correction paragraph ("Rettelse: I en tidligere versjon sto det at Nordås løp på
    13.18,14. Riktig tid er 13.08,14."): the body already gives the right value."""
    reach = max(0, position - 400)         # a bounded look back: a long run without line breaks costs nothing
    newline = text.rfind("\n", reach, position)
    if newline < 0 and reach > 0:
        return False
    return _CORRECTION.match(text, newline + 1) is not None


_TOPIC_BEFORE = regex.compile(r"(?:På|I)\s+")          # a sentence opening with its discipline: "På 3000 meter ..."
_RAN = regex.compile(r"\b(?:løp|sprang|sprinta|sprintet|gikk|gjekk|stilte|starta|startet|deltok|konkurrerte|svømte|symde|"
                     r"(?:ble|blei|vart)\s+beste?|var\s+i\s+aksjon)\b", regex.I)
_MERIT = regex.compile(r"(?:VM|EM|OL|NM)-(?:gull|sølv|bronse)")
# Used on short slices (match/fullmatch from the slice start). Those that open with "\s" have "(?<!\s)"
# in front, so the leading "\s*" does not rescan a run of spaces at every position if one is ever
# searched over a whole text.
_COMPARED_BEFORE = regex.compile(r"\b(?:som|enn|like)\s+(?:på|i)\s+$", regex.I)     # "like raskt som på 1500 meter"
_LETTER = regex.compile(r"\p{L}")


_NO_RESULTS = frozenset({FACTS, INFOBOX, JUNK, BYLINE, LISTING})     # layout blocks that tell no race and set no context


def link(text: str, mentions: dict[str, list[Mention]], sentences: list[tuple[int, int]],
         published: dt.date | None, base: dt.date | None, lang: str) -> list[RaceRecord]:
    if base is None:
        published, base = document_dates(text, mentions.get("date", []), lang)
    mentions = dict(mentions, date=[d for d in mentions.get("date", []) if not METADATA_BEFORE.search(text, max(0, d.start - 30), d.start)])
    page = layout(text)
    mentions = without_aliases(text, page.without_furniture(mentions))
    mentions = dict(mentions, athlete=table_athletes(text, mentions.get("athlete", []), page))
    mentions["date"] = without_birth_dates(text, mentions["date"], mentions["athlete"], page)
    relay = relay_article(text, mentions.get("meet", []), mentions.get("team", []), mentions.get("placing", []))
    team_refs = resolve_teams(mentions.get("team", []))
    variants = {} if relay else spelling_variants([m.value for m in mentions.get("athlete", []) if m.info.get("full")])
    refs = team_refs if relay else resolve_athletes(text, mentions, variants)
    ages, nationalities = bind_attributes(text, refs, mentions)
    for t in mentions.get("team", []):
        if t.info.get("code") and (relay or t.info.get("described")):
            nationalities.setdefault(t.value, []).append((t.info["code"], t))     # "Norge", "de norske stafettjentene" run for NOR
    segments = split_rows(text, told_back(text, sentences), page, page_subject(mentions["athlete"], page))
    claims: dict[tuple, Claim] = {}
    carry = Context()
    reported = [(s, e) for s, e in sentences if not in_quote(text, s) and page.kind_at(s) not in _NO_RESULTS]
    first = first_context(text, mentions, reported, current_sentences(text, reported, base))
    indoor_doc = document_indoor(text, mentions.get("meet", []))
    focus: str | None = None
    last_told: dict[str, Claim] = {}        # each athlete's result last told
    margins: list[tuple[float, Mention, str | None]] = []
    category = None
    list_nationality: Mention | None = None
    list_move: tuple | None = None
    standings = False
    list_header = ""
    table_runs = TableRuns()
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
        race_round = table_runs.see(seg_text, seg_start, kind_here, row, race_round, inside("discipline"), carry.discipline)
        framed = table_runs.framed(kind_here)      # a pipe table's row: its table's discipline, no other
        scopes = SegmentFrames(text, seg_start, seg_text, inside, earlier, sorted(asides + record_sites(seg_text)))
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
        if row_place and seg_refs:
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
                focus = _subject(text, seg_refs, focus)
                if local.discipline is not None and row_place is None and len(inside("discipline")) == 1 \
                        and not (earlier or quote) and not PLANS.search(seg_text) and not other_day(text, local.discipline) \
                        and (_RAN.search(seg_text) or _TOPIC_BEFORE.fullmatch(text[seg_start:local.discipline.start].lstrip())):
                    # "Samme kveld løp Amalie Iuel 400 meter hekk. Hun ble nummer seks.", "På 3000 meter ble det en spurtkamp mellom A og B."
                    carry.discipline = local.discipline
            update_carry(carry, local, seg_text, earlier or quote or kind_here == CAPTION)
            continue
        respective = clauses.respectively(text, placings, seg_refs, marks)
        owned, guessed, joins = [], set(), set()
        seg_marks, seg_athletes = ByStart(marks), clauses.SegmentRefs(seg_refs)
        for kind, item in sorted(items, key=lambda x: x[1].start):
            if kind == "flag" and marks and seg_marks.nearest(item.start).kind == "reference" \
                    and not (local.meet or local.venue or YEAR.search(seg_text)):
                continue            # "Persen hans er 8.21,87": a standing record, not one set here
            owner = respective.get(item.start) or clauses.owner(item, kind, seg_athletes, row_place is not None, seg_marks, text)
            gave = owner is None and kind == "placing" and clauses.it_gave(seg_text, item.start - seg_start)
            if owner is None and clauses.nobody(seg_refs) and kind_here != CAPTION and (kind in ("mark", "flag") or gave
                                                                                        or _MERIT.search(text, max(0, item.start - 3), item.end)):
                owner = focus           # "Tiden ble 55,09", "Meritter: VM-sølv 800m fri (2019)", "Det holdt til en fjerdeplass": the athlete in focus
                guessed.add(item.start)
                if (gave or (joins and kind == "flag")) and owner in last_told:
                    joins.add(item.start)       # "Det holdt til niendeplass(, og var norsk rekord)": joins the result last told
            if owner is not None:
                owned.append((kind, item, owner, table_runs.discipline if framed
                              else discipline_for(item, scopes.of(item.start).disciplines, text, carry, first)))
        # A mark that only fits another discipline moves its athlete's other items in the segment
        # (and the rest of a result list) with it: "1. Thomas Krol 1:42,58" in a 1500 m list.
        moved = {}
        for kind, item, owner, discipline in ([] if framed else owned):
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
            if framed:
                pass
            elif kind == "mark" and item.kind == "mark":
                discipline = plausible_discipline(item, discipline, all_disciplines)
            elif owner in moved and moved[owner][0] == discipline and (row_place is not None or discipline not in named_here):
                discipline = moved[owner][1]
            elif list_move and list_move[0] == discipline:
                discipline = list_move[1]
            scope = scopes.of(item.start)
            meet, venue, date_m = race_values(item, scope.context, scope.meets, carry, first, scope.earlier, row.occasion is not None, discipline)
            told_category = seg_categories.at(item.start) or category
            claim_of = lambda athlete, d=discipline: clauses.claim_for(claims, athlete, d, meet, venue, (scope.earlier, told_category, race_round or edition(text, scope.meets.nearest(item.end))),
                                                         date_m, (published, base), lang,
                                                         race_indoor(scope.context, carry, indoor_doc, scope.earlier))      # this item's race
            claim = last_told[owner] if item.start in joins else claim_of(owner)
            last_told[owner] = claim        # "Hun kastet 42,68. Det holdt til niendeplass.": the result just told, whatever its race
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
                for place_claim in [claim] + [claim_of(owner, d) for d in clauses.both_won(text, item, scope.disciplines.all) if d != discipline]:
                    place_claim.places.append((item.value, item, support))     # "vant både 100 og 200 meter": each
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
            focus = _subject(text, seg_refs, focus)
        other_day_told = local.discipline is not None and row_place is None and other_day(text, local.discipline)
        update_carry(carry, local, seg_text, earlier or quote or other_day_told or kind_here == CAPTION)
        now = [d for d in inside("discipline") if not other_day(text, d)]      # not "tok bronsen på lørdagens VM-sprint"
        if len(now) == 1 and not (earlier or quote) and row_place is None and seg_refs and any(k in ("placing", "mark") for k, _ in items):
            carry.discipline = now[0]     # "løp inn til gullet på 3000-meteren", "og på jaktstarten ...": the race now told
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
            race.evidence["date_conflict"].extend(Evidence.of(m) for m in claim.evidence["date"])
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


def _subject(text: str, refs: list[AthleteRef], focus: str | None) -> str | None:
    """The athlete a sentence is about: its last name that is not a side mention (see AthleteRef.side); not a record's holder or one in a role."""
    return next((r.name for r in reversed(refs) if not r.side), focus if refs[-1].side in clauses.ASIDE else refs[-1].name)
