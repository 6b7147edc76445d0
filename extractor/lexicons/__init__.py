"""Lexicons are data files (TSV, '#' comments); this module loads each once."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The non-comment rows of lexicons/NAME as lists of tab-separated fields."""
    return list(_rows(name))


@lru_cache(maxsize=None)
def _rows(name: str) -> tuple[list[str], ...]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([field.strip() for field in line.split("\t")])
    return tuple(out)
