"""The unit every matcher produces: a typed value found at a character span."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    return [m for m in mentions if not any(m.overlaps(c) for c in claimed)]
