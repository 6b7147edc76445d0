"""The unit every matcher produces: a typed value found at a character span."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Iterable


@dataclass(frozen=True)
class Mention:
    kind: str          # span group name: mark, gap, margin, split, wind, discipline, athlete, ...
    start: int         # character offsets in the normalised text
    end: int
    text: str
    value: Any = None
    info: dict = field(default_factory=dict, compare=False, hash=False)

    def overlaps(self, other: "Mention") -> bool:
        return self.start < other.end and other.start < self.end


def drop_overlapping(mentions: list[Mention], claimed: list[Mention]) -> list[Mention]:
    """Mentions that overlap none of the already claimed ones (earlier matchers win)."""
    taken = Claimed(claimed)
    return [m for m in mentions if not taken.overlaps(m.start, m.end)]


class Claimed:
    """Spans already taken, asked "does [start, end) overlap any?" in O(log n): scanning the list
    for every mention was quadratic in a long document (a results list of thousands of marks)."""

    def __init__(self, spans: Iterable[Mention]):
        ordered = sorted((m.start, m.end) for m in spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))   # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)          # the spans that start before `end`
        return before > 0 and self.reach[before - 1] > start


class ByStart:
    """`within(lo, hi)`: the items (anything with `.start`) that start in [lo, hi), in list order;
    by bisection when the list is sorted by start (a scan per segment was quadratic)."""

    def __init__(self, items: list):
        self.items = items
        self.starts = [item.start for item in items]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def within(self, lo: int, hi: int) -> list:
        if not self.ordered:
            return [item for item in self.items if lo <= item.start < hi]
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def first_from(self, position: int):
        """The first item (in list order) starting at or after `position`, or None."""
        if not self.ordered:
            return next((item for item in self.items if item.start >= position), None)
        i = bisect_left(self.starts, position)
        return self.items[i] if i < len(self.items) else None

    def nearest(self, position: int):
        """What `min(items, key=lambda m: abs(m.start - position))` gives (the first of equals), by bisection."""
        if not self.items:
            return None
        if not self.ordered:
            return min(self.items, key=lambda m: abs(m.start - position))
        after = bisect_left(self.starts, position)          # the first starting at or after `position`
        if after == 0:
            return self.items[0]
        before = bisect_left(self.starts, self.starts[after - 1])     # the first of the nearest ones before
        if after == len(self.items) or position - self.starts[before] <= self.starts[after] - position:
            return self.items[before]
        return self.items[after]
