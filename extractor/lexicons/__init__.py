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


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The words of a word-list lexicon (lexicons/NAME: whitespace-separated, '#' comment lines)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (so "sekunder" wins over "sek")."""
    import regex
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def number_words() -> tuple[dict[str, int], dict[str, int]]:
    """(cardinals, ordinals) from numbers.tsv: {"to": 2, "tre": 3 ...}, {"andre": 2, "tredje": 3 ...}."""
    cardinals = {w: int(v) for w, v, kind, _lang in rows("numbers.tsv") if kind == "cardinal"}
    ordinals = {w: int(v) for w, v, kind, _lang in rows("numbers.tsv") if kind == "ordinal"}
    return cardinals, ordinals
