"""One record per race across sources: the same race reported in several articles, merged.

Race identity: sport, meet name (case and spacing aside), discipline, category (when records have
one) and date (or both without a date). Records without a meet name or a discipline are never
merged: nothing says two of them are the same race. Records of one source are never merged with
each other: the linker kept them apart (men and women, heats). Where several races share a key,
a record joins the one with most athletes in common, or none if it has none in common.

The first record of a race is the base: its `source`, `encoding` and race `evidence` stay;
`sources` lists every source. Results are matched by athlete name; empty values are filled from
later sources; different values keep the first and add a warning naming both sources. A result's
evidence refers to the text of its `sources[0]`.
"""
from __future__ import annotations

import copy
import re

RESULT_FIELDS = ("place", "mark", "age", "nationality")
RACE_FIELDS = ("distance_m", "indoor", "date_text", "margin_s")
MEET_FIELDS = ("city", "event")


def race_key(record: dict) -> tuple | None:
    meet = (record.get("meet") or {}).get("name")
    if not meet or not record.get("discipline"):
        return None
    return (record.get("sport"), _fold(meet), record["discipline"], record.get("category"), record.get("date"))


class Merger:
    """Collects records (in output order) and gives one record per race."""

    def __init__(self):
        self.races: list[dict] = []
        self.by_key: dict[tuple, list[dict]] = {}

    def add(self, record: dict) -> None:
        key = race_key(record)
        if key is not None:
            same = _same_race(self.by_key.get(key, []), record)
            if same is not None:
                _merge_into(same, record)
                return
        merged = _base(record)
        self.races.append(merged)
        if key is not None:
            self.by_key.setdefault(key, []).append(merged)

    def records(self) -> list[dict]:
        return self.races


def _same_race(candidates: list[dict], record: dict) -> dict | None:
    """The race `record` belongs to: not one from its own source (an article's races are distinct, e.g.
    men's and women's), the one sharing most athletes; None when several share none (ambiguous)."""
    candidates = [race for race in candidates if record.get("source") not in race["sources"]]
    athletes = {_fold(r["athlete"]) for r in record.get("results", [])}
    shared = [len(athletes & {_fold(r["athlete"]) for r in race["results"]}) for race in candidates]
    if not candidates or (len(candidates) > 1 and max(shared) == 0):
        return None
    return candidates[shared.index(max(shared))]


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


def _merge_into(merged: dict, record: dict) -> None:
    source = record.get("source")
    if source not in merged["sources"]:
        merged["sources"].append(source)
    warnings = merged["warnings"]
    for key in RACE_FIELDS:
        if merged.get(key) is None and record.get(key) is not None:
            merged[key] = record[key]
    for key in MEET_FIELDS:
        mine, theirs = merged["meet"].get(key), record["meet"].get(key)
        if mine is None:
            merged["meet"][key] = theirs
        elif theirs is not None and mine != theirs:
            warnings.append(f"sources disagree on the meet {key}: {mine} ({merged['source']}) and {theirs} ({source})")
    for warning in record.get("warnings", []):
        if warning not in warnings:
            warnings.append(warning)
    by_athlete = {_fold(r["athlete"]): r for r in merged["results"]}
    for result in record.get("results", []):
        known = by_athlete.get(_fold(result["athlete"]))
        if known is None:
            known = dict(copy.deepcopy(result), sources=[source])
            merged["results"].append(known)
            by_athlete[_fold(result["athlete"])] = known
            continue
        if source not in known["sources"]:
            known["sources"].append(source)
        for key in RESULT_FIELDS:
            mine, theirs = known.get(key), result.get(key)
            if mine is None:
                known[key] = theirs
            elif theirs is not None and mine != theirs:
                warnings.append(f"sources disagree on the {key} of {known['athlete']}: "
                                f"{mine} ({known['sources'][0]}) and {theirs} ({source})")
        known["flags"] = list(dict.fromkeys(known.get("flags", []) + result.get("flags", [])))
    merged["results"].sort(key=lambda r: (r.get("place") is None, r.get("place") or 0))


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()
