"""One record per race across sources: the same race reported in several articles, merged.

Which records are one race: same_race.py (sport, discipline, category, date, meet, ground or town,
and at least one athlete in both). Records of one source are never merged with each other: the
linker kept them apart (men and women, heats). A record joins the race it shares most athletes with;
none when two races share as many (it could be either).

The first record of a race is the base: its `source`, `encoding` and race `evidence` stay;
`sources` lists every source. Results are matched by athlete (a surname alone joins the one full
name with that surname; the fuller name stays); empty values are filled from later sources;
different values keep the first and add a warning naming both values and sources. A result's
evidence refers to the text of its `sources[0]`.
"""
from __future__ import annotations

import copy

from .same_race import Identity, athletes_match, category, fold, fuller, identity, meet_name, place, same_race, surname

RESULT_FIELDS = ("place", "mark", "age", "nationality", "gap_s", "misses")
RACE_FIELDS = ("date", "distance_m", "indoor", "margin_s", "category")
FILLED_FIELDS = ("date_text",)
MEET_FIELDS = ("name", "city", "event")


class Merger:
    """Collects records (in output order) and gives one record per race."""

    def __init__(self):
        self.races: list[dict] = []
        self.identities: dict[int, Identity] = {}                       # id(race) -> what it says so far
        self.by_surname: dict[tuple, dict[int, dict]] = {}              # (sport, discipline, surname) -> races by id
        self.origins: dict[tuple, str] = {}                             # see _merge_into

    def add(self, record: dict, published: str | None = None) -> None:
        """`published`: the record's article's publication date (when the record does not carry it)."""
        me = identity(record, published)
        race = self._same_race(record, me) if me is not None else None
        if race is not None:
            _merge_into(race, record, self.origins)
        else:
            race = _base(record)
            self.races.append(race)
        if me is not None:
            known = self.identities.get(id(race))
            self.identities[id(race)] = known.filled_from(me) if known else me
            for result in race["results"]:
                self.by_surname.setdefault((me.sport, me.discipline, surname(result["athlete"])), {})[id(race)] = race

    def records(self) -> list[dict]:
        return self.races

    def _same_race(self, record: dict, me: Identity) -> dict | None:
        """The race `record` belongs to: not one from its own source (an article's races are distinct,
        e.g. men's and women's), one told the same (same_race) sharing most athletes; None when none
        shares one, or two share as many."""
        candidates: dict[int, dict] = {}
        for result in record.get("results", []):
            candidates.update(self.by_surname.get((me.sport, me.discipline, surname(result["athlete"])), {}))
        scored = sorted(((_shared(race, record), i, race) for i, race in enumerate(candidates.values())
                         if record.get("source") not in race["sources"] and same_race(self.identities[id(race)], me)),
                        key=lambda t: (-t[0], t[1]))
        if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][2]


def _shared(race: dict, record: dict) -> int:
    return sum(_result_of(race["results"], result["athlete"]) is not None for result in record.get("results", []))


def _result_of(results: list[dict], athlete: str) -> dict | None:
    """The result of this athlete: the same name, else the one name that can be theirs (none if two can)."""
    same = [r for r in results if fold(r["athlete"]) == fold(athlete)]
    if same:
        return same[0]
    matching = [r for r in results if athletes_match(r["athlete"], athlete)]
    return matching[0] if len(matching) == 1 else None


def _base(record: dict) -> dict:
    merged: dict = {}
    for key, value in copy.deepcopy(record).items():
        merged[key] = value
        if key == "source":
            merged["sources"] = [value]
    merged.setdefault("sources", [record.get("source")])
    for result in merged.get("results", []):
        result["sources"] = [record.get("source")]
    return merged


def _merge_into(merged: dict, record: dict, origins: dict) -> None:
    """Adds `record` to the race `merged`; `origins` holds the source each of its values came from
    ((id of the race or result, key) -> source), so a warning names the right one."""
    source = record.get("source")
    if source not in merged["sources"]:
        merged["sources"].append(source)
    warnings = merged["warnings"]

    def combine(into: dict, values: dict, key: str, what: str, same=lambda a, b: a == b, first=merged["source"]) -> None:
        mine, theirs = into.get(key), values.get(key)
        if mine is None and theirs is not None:
            into[key] = theirs
            origins[id(into), key] = source
        elif mine is not None and theirs is not None and not same(mine, theirs):
            warnings.append(f"sources disagree on {what}: {mine} ({origins.get((id(into), key), first)}) "
                            f"and {theirs} ({source})")

    for key in RACE_FIELDS:
        combine(merged, record, key, f"the {key}", same=_SAME.get(key, lambda a, b: a == b))
    for key in FILLED_FIELDS:
        combine(merged, record, key, "", same=lambda a, b: True)
    for key in MEET_FIELDS:
        combine(merged["meet"], record.get("meet") or {}, key, f"the meet {key}", same=_SAME[f"meet.{key}"])
    for warning in record.get("warnings", []):
        if warning not in warnings:
            warnings.append(warning)
    for result in record.get("results", []):
        known = _result_of(merged["results"], result["athlete"])
        if known is None:
            merged["results"].append(dict(copy.deepcopy(result), sources=[source]))
            continue
        if source not in known["sources"]:
            known["sources"].append(source)
        known["athlete"] = fuller(known["athlete"], result["athlete"])
        for key in RESULT_FIELDS:
            combine(known, result, key, f"the {key} of {known['athlete']}", first=known["sources"][0])
        known["flags"] = list(dict.fromkeys(known.get("flags", []) + result.get("flags", [])))
    merged["results"].sort(key=lambda r: (r.get("place") is None, r.get("place") or 0))


def _same_place(a: str, b: str) -> bool:
    """"Bislett" and "Oslo" name one place; "Bislett" and "Bergen" do not."""
    (ground_a, town_a), (ground_b, town_b) = place(a), place(b)
    return not (ground_a and ground_b and ground_a != ground_b) and not (town_a and town_b and town_a != town_b)


_SAME = {"category": lambda a, b: category(a) == category(b),
         "meet.name": lambda a, b: meet_name(a) == meet_name(b),
         "meet.city": _same_place,
         "meet.event": lambda a, b: fold(a) == fold(b)}
