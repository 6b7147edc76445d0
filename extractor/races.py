"""Claims into race records: the claims of one race (discipline, meet, venue, earlier or not,
category, round) make one RaceRecord, each athlete's claims there one result; contradictions become
warnings, never silent drops. Then each record is split by its winners' sex (frames.split_races) and
checked (records.RaceRecord.check)."""
from __future__ import annotations

from collections import defaultdict

from .categories import category_class, joined_classes, refined
from .clauses import Claim
from .frames import CITY_RACE, split_races
from .records import Evidence, RaceRecord


def _repeats_current(claim: Claim, claims: dict) -> bool:
    """An 'earlier race' claim whose marks the same athlete also has in the current race is the
    same result mentioned beside an older record ("13.26 er langt bak rekorden fra i fjor")."""
    current = {round(r.value, 2) for c in claims.values() if c.athlete == claim.athlete and not c.earlier for r, *_ in c.marks}
    return bool(claim.marks) and all(round(r.value, 2) in current for r, *_ in claim.marks)


def _race_on(races: list[RaceRecord], claim: Claim) -> RaceRecord | None:
    """Of the races with the claim's discipline, meet, venue, ..., the one the claim joins: a claim whose day was
    told with it, the race of that day (one not yet dated will do); else (a day only in force, often another
    race's) the race its athlete is in, or the first."""
    if claim.day_told and claim.date is not None:
        day = claim.date.isoformat()
        return next((r for r in races if r.date == day), None) or next((r for r in races if r.date is None), None)
    return next((r for r in races if any(x.athlete == claim.athlete for x in r.results)), races[0] if races else None)


def _own_discipline(claims) -> dict[int, object]:
    """A claim told without a discipline ("Akkurat det passet vinneren bra.") whose athlete has claims in
    one discipline only at the same meet, venue and time: that discipline, unless its places differ."""
    told_in = defaultdict(list)
    for c in claims:
        if c.discipline is not None:
            told_in[(c.athlete, c.meet, c.city, c.earlier, c.race_round)].append(c)
    out = {}
    for c in claims:
        if c.discipline is None:
            same = told_in.get((c.athlete, c.meet, c.city, c.earlier, c.race_round), [])
            places = {p for o in same for p, *_ in o.places}
            if len({o.discipline.code for o in same}) == 1 and (not places or {p for p, *_ in c.places} <= places):
                out[id(c)] = same[0].discipline
    return out


def build_records(claims: dict[tuple, Claim], ages, nationalities, margins, mentions, lang, refs=(), text="",
                  sport: str = "athletics") -> list[RaceRecord]:
    """The race records the claims make, with each result's ages and nationalities and the evidence of
    each athlete and discipline."""
    races: dict[tuple, list[RaceRecord]] = {}        # the races of one discipline, meet, venue ...: one per day told
    events = [m for m in mentions.get("meet", []) if m.info.get("event")]
    own = _own_discipline(claims.values())
    code = lambda c: getattr(c.discipline or own.get(id(c)), "code", None)
    race_of = lambda c: (c.athlete, code(c), c.meet, c.city, c.earlier, c.race_round)
    # "Hynne vant 800 meter" in the lead and her row under "800 m kvinner": one race, the list's category
    # unless the places differ: not Tjalve's win "with its women" and its third place under "herrenes eliteklasse"
    categories, listed = defaultdict(dict), defaultdict(set)
    for claim in claims.values():
        if claim.category:
            categories[race_of(claim)].setdefault(category_class(claim.category), claim.category)
            listed[race_of(claim)].update(p for p, *_ in claim.places)
    agrees = lambda c: not listed[race_of(c)] or {p for p, *_ in c.places} <= listed[race_of(c)]
    told = lambda c: bool(c.marks or c.places) or any(f in ("DNF", "DQ", "DNS") for f, _ in c.flags)
    # a flag told apart from the result ("Det er ny personlig rekord.") joins the result it goes with,
    # also when only the result's clause named its category ("ble toer i G17")
    joined = joined_classes(claims.values(), lambda c: race_of(c)[1:])
    for claim in sorted(claims.values(), key=lambda c: not told(c)):
        d = claim.discipline or own.get(id(claim))
        if claim.earlier and _repeats_current(claim, claims):
            continue
        category = claim.category
        if category is None and len(categories.get(race_of(claim), ())) == 1 and agrees(claim):
            category = next(iter(categories[race_of(claim)].values()))
        category = refined(category, categories.get(race_of(claim), {}).values()) or joined.get(id(claim))
        key = (d.code if d else None, claim.meet, claim.city, claim.earlier, category_class(category), claim.race_round)
        race = _race_on(races.get(key, []), claim)
        if not told(claim) and (race is None or all(r.athlete != claim.athlete for r in race.results)):
            continue
        if race is None:
            race = _new_race(claim, category, events, lang, sport, d)
            races.setdefault(key, []).append(race)
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
    records = [part for day_races in races.values() for race in day_races for part in split_races(race)]
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


def _new_race(claim: Claim, category: str | None, events: list, lang: str, sport: str, d=None) -> RaceRecord:
    """A race as its first claim tells it: its discipline (`d`, else the claim's), meet, venue, indoor and
    category; the article's event for a race now told."""
    d = d or claim.discipline
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
    city_named = CITY_RACE.match(race.meet_name or "")
    if race.meet_city is None and city_named and claim.evidence.get("meet"):
        race.meet_city = city_named["city"]         # "Bergen City Marathon", "Oslo Maraton": the race names its city
        m = claim.evidence["meet"][0]
        race.evidence["meet.city"].append(Evidence(m.start, m.start + len(city_named["city"]), city_named["city"]))
    return race


def warn_spellings(races: list[RaceRecord], variants: dict[str, str]) -> None:
    """A warning on each race holding an athlete whose name the text writes two ways."""
    for written, name in variants.items():
        for race in races:
            if any(r.athlete == name for r in race.results):
                race.warnings.append(f"name written two ways: {written!r} read as {name!r}")
