"""Stage 5: the race record, its results, the evidence behind every value, and the warnings.

`RaceRecord.to_dict()` gives the JSON of FORMAT.md (source, sport, discipline, indoor, meet{name,
city}, date, results[athlete, place, mark, age, nationality, flags]) plus race_id, url, published,
distance_m, meet.event, date_text, margin_s, warnings, language and evidence: character spans in the
original text.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from enum import IntEnum

from .matchers.marks import format_time


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str

    @staticmethod
    def of(mention) -> "Evidence":
        return Evidence(mention.start, mention.end, mention.text)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


class Support(IntEnum):
    """How firmly the text gives a mark or place to an athlete: of two different values the better
    supported one is kept (the first on a tie), with a warning naming both."""
    INFERRED = 0        # the athlete in focus ("Tiden ble 55,09"), or worked out ("nummer to bak Y": Y won)
    WEAK = 1            # a win or medal word, often about another race or a heat, beside a stated place
    STATED = 2          # said of the athlete in the clause
    CORRECTED = 3       # "som så ble justert til 51.55"


@dataclass
class Result:
    athlete: str
    place: int | None = None
    mark: str | None = None
    mark_value: float | None = None
    age: int | None = None
    nationality: str | None = None
    flags: list[str] = field(default_factory=list)
    gap_s: float | None = None          # behind the winner, in seconds ("+12,3", "0.15,3 bak")
    misses: int | None = None           # biathlon: shots missed ("to bom", "(0+1)")
    evidence: dict[str, list[Evidence]] = field(default_factory=lambda: defaultdict(list))
    warnings: list[str] = field(default_factory=list)
    _support: dict[str, Support] = field(default_factory=dict, init=False, repr=False, compare=False)    # of the mark and place held

    def _set_once(self, attribute: str, value, mention, what: str) -> None:
        """Set a single-valued field; a different second value is a contradiction: warn, keep the first."""
        current = getattr(self, attribute)
        if current is None:
            setattr(self, attribute, value)
        elif current != value:
            self.warnings.append(f"two {what} for {self.athlete}: {current} and {value}")
            self.evidence[f"{attribute}_conflict"].append(Evidence.of(mention))     # where the value not kept stands
            return
        self.evidence[attribute].append(Evidence.of(mention))

    def add_gap(self, seconds: float, mention) -> None:
        self._set_once("gap_s", round(seconds, 3), mention, "gaps")

    def add_misses(self, count: int, mention) -> None:
        self._set_once("misses", count, mention, "miss counts")

    def add_mark(self, reading, mention, support: Support = Support.STATED) -> None:
        if self.mark is not None and abs(reading.value - self.mark_value) > 1e-6:
            if not self._replaces("mark", self.mark, reading.canonical, support, "marks", " in the same race"):
                self.evidence["mark_conflict"].append(Evidence.of(mention))
                return
            self.mark = None
        if self.mark is None:
            self.mark, self.mark_value = reading.canonical, reading.value
        self._support["mark"] = max(support, self._support.get("mark", support))
        self.evidence["mark"].append(Evidence.of(mention))

    def add_place(self, place: int, mention, support: Support = Support.STATED) -> None:
        if self.place is not None and place != self.place:
            if not self._replaces("place", self.place, place, support, "places", ""):
                if mention.text:
                    self.evidence["place_conflict"].append(Evidence.of(mention))
                return
            self.place = None
        if self.place is None:
            self.place = place
        self._support["place"] = max(support, self._support.get("place", support))
        if mention.text:
            self.evidence["place"].append(Evidence.of(mention))

    def _replaces(self, attribute: str, held, new, support: Support, what: str, where: str) -> bool:
        """A second, different value: True when it is better supported than the one held (which goes,
        its evidence to `<attribute>_conflict`). A warning names both either way."""
        take = support > self._support[attribute]
        self.warnings.append(f"two {what} for {self.athlete}{where}: {held} and {new} (kept {new if take else held})")
        if take:
            self.evidence[f"{attribute}_conflict"] += self.evidence[attribute]
            self.evidence[attribute] = []
        return take

    def add_flag(self, flag: str, mention) -> None:
        if flag not in self.flags:
            self.flags.append(flag)
        self.evidence["flags"].append(Evidence.of(mention))

    def add_age(self, age: int, mention) -> None:
        if self.age is None and not self.evidence.get("age_conflict"):
            self.age = age
        elif age != self.age:
            # The text contradicts itself: no age is better than a guess.
            self.warnings.append(f"two ages for {self.athlete}: {self.age or 'see evidence'} and {age}")
            self.evidence["age_conflict"].append(Evidence.of(mention))
            self.age = None
            return
        self.evidence["age"].append(Evidence.of(mention))

    def add_nationality(self, code: str, mention) -> None:
        self._set_once("nationality", code, mention, "nationalities")

    def to_dict(self) -> dict:
        return {
            "athlete": self.athlete,
            "place": self.place,
            "mark": self.mark,
            "age": self.age,
            "nationality": self.nationality,
            "flags": list(self.flags),
            "gap_s": self.gap_s,
            "misses": self.misses,
            "evidence": {k: [e.to_dict() for e in _unique(v)] for k, v in sorted(self.evidence.items()) if v},
        }


@dataclass
class RaceRecord:
    discipline: str | None = None
    distance_m: float | None = None
    sport: str = "athletics"
    indoor: bool | None = None
    meet_name: str | None = None
    meet_city: str | None = None
    meet_event: str | None = None
    category: str | None = None         # "kvinner", "menn", "U20" ... from the heading or list it came from
    date: str | None = None
    date_text: str | None = None
    margin_s: float | None = None
    language: str = "nb"
    source: str | None = None
    url: str | None = None              # the document's address, from its metadata
    published: str | None = None        # the publication date the dates were resolved with (ISO), or None
    race_id: str | None = None          # stable: see assign_race_ids
    results: list[Result] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    evidence: dict[str, list[Evidence]] = field(default_factory=lambda: defaultdict(list))

    # athlete -> the first result for them, over (the results list, how many of it are indexed):
    # result_for is asked per claim, and a scan of every result per claim was quadratic in a long list
    _by_athlete: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _indexed: tuple = field(default=(None, 0), init=False, repr=False, compare=False)

    def result_for(self, athlete: str) -> Result:
        """The athlete's result in this race, added (empty) if they have none yet."""
        if self._indexed != (id(self.results), len(self.results)):     # results set or changed from outside
            self._by_athlete = {}
            for r in self.results:
                self._by_athlete.setdefault(r.athlete, r)
        r = self._by_athlete.get(athlete)
        if r is None:
            r = self._by_athlete[athlete] = Result(athlete)
            self.results.append(r)
        self._indexed = (id(self.results), len(self.results))
        return r

    def check(self, margins) -> None:
        """Warnings where the text contradicts itself: places against marks, margins against marks."""
        for r in self.results:
            self.warnings.extend(r.warnings)
        self.results.sort(key=lambda r: (r.place is None, r.place or 0, r.mark_value or 0))
        placed = [r for r in self.results if r.place is not None and r.mark_value is not None]
        higher_is_better = self.discipline in {"HJ", "PV", "LJ", "TJ", "SP", "DT", "HT", "JT", "decathlon", "heptathlon", "pentathlon"}
        for a, b in zip(placed, placed[1:]):
            worse = a.mark_value > b.mark_value if not higher_is_better else a.mark_value < b.mark_value
            if a.place < b.place and worse:
                self.warnings.append(f"places contradict marks: {a.athlete} ({a.place}., {a.mark}) "
                                     f"ahead of {b.athlete} ({b.place}., {b.mark})")
        self._derive_marks(higher_is_better)
        athletes = {r.athlete for r in self.results}
        for seconds, mention, athlete in margins:
            if seconds is None or athlete not in athletes:
                continue
            self.margin_s = round(seconds, 3)
            self.evidence["margin_s"].append(Evidence.of(mention))
            first = next((r for r in self.results if r.place == 1 and r.mark_value is not None), None)
            second = next((r for r in self.results if r.place == 2 and r.mark_value is not None), None)
            if first and second and not higher_is_better and abs((second.mark_value - first.mark_value) - seconds) > 0.005:
                self.warnings.append(f"margin {mention.text!r} does not match the marks "
                                     f"{first.mark} and {second.mark} ({second.mark_value - first.mark_value:.2f} s)")

    def _derive_marks(self, higher_is_better: bool) -> None:
        """A result with only a gap gets the winner's time plus the gap, flagged `derived` (computed,
        not read). Only when the winner's time is stated."""
        winner = next((r for r in self.results if r.place == 1 and r.mark_value is not None), None)
        if winner is None or higher_is_better or winner.mark is None or winner.mark.endswith("p"):
            return
        decimals = len(winner.mark.rpartition(".")[2]) if "." in winner.mark else 0
        for r in self.results:
            if r.gap_s is not None and r.mark is None and r is not winner:
                r.mark_value = winner.mark_value + r.gap_s
                r.mark = format_time(r.mark_value, decimals)
                r.flags.append("derived")
                r.evidence["mark"].extend(winner.evidence.get("mark", [])[:1] + r.evidence.get("gap_s", [])[:1])

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "race_id": self.race_id,
            "url": self.url,
            "published": self.published,
            "sport": self.sport,
            "discipline": self.discipline,
            "distance_m": self.distance_m,
            "indoor": self.indoor,
            "category": self.category,
            "meet": {"name": self.meet_name, "city": self.meet_city, "event": self.meet_event},
            "date": self.date,
            "date_text": self.date_text,
            "margin_s": self.margin_s,
            "language": self.language,
            "warnings": list(dict.fromkeys(self.warnings)),
            "results": [r.to_dict() for r in self.results],
            "evidence": {k: [e.to_dict() for e in _unique(v)] for k, v in sorted(self.evidence.items()) if v},
        }


_RACE_FIELDS = ("sport", "discipline", "meet_name", "meet_city", "date", "indoor")


def without_echoes(records: list[RaceRecord]) -> list[RaceRecord]:
    """The records without a result that only echoes another: the same athlete and place with no mark,
    where another record with the same sport, discipline, meet, venue, date and indoor ("Frida Lie vant ..."
    told above the list row "1 Frida Lie Varegg 2:01,12") holds it with its mark (not an earlier EM
    won, told without its venue or year). Records left empty go."""
    marked = defaultdict(list)          # (athlete, place) -> the records holding it with a mark
    for record in records:
        for r in record.results:
            if r.mark is not None and r.place is not None:
                marked[(r.athlete, r.place)].append(record)

    def agree(a: RaceRecord, b: RaceRecord) -> bool:
        return all(getattr(a, f) == getattr(b, f) for f in _RACE_FIELDS)

    out = []
    for record in records:
        kept = [r for r in record.results if not (r.mark is None and r.place is not None and any(
            other is not record and agree(record, other) for other in marked.get((r.athlete, r.place), ())))]
        if len(kept) != len(record.results):
            record.results = kept
        if record.results:
            out.append(record)
    return out


def assign_race_ids(records: list[RaceRecord], source: str | None, text: str) -> None:
    """Give each record its `race_id`: 16 hex digits of SHA-256 over the document's source (its
    text when it has no source), the race's sport, discipline and category, and its number among the
    document's races with those three. The same input gives the same ids in every run and with any
    --jobs; a race found or lost in another discipline leaves the other ids as they were."""
    document = f"source:{source}" if source is not None else f"text:{text}"
    seen: dict[tuple, int] = defaultdict(int)
    for record in records:
        kind = (record.sport, record.discipline, record.category)
        seen[kind] += 1
        key = "\x1f".join([document, *(str(part or "") for part in kind), str(seen[kind])])
        record.race_id = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    return sorted(set(evidence), key=lambda e: (e.start, e.end))
