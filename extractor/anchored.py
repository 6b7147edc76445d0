"""Patterns matched at a position of a whole text (`pattern.match(text, pos)` after each mention).

The `regex` engine, given a pattern that opens with an unbounded repeat and then needs a literal
(`\\s*,`, `[ \\t]*(?:Rettelse|Rettet)`), first looks for that literal in all the rest of the text, on
every match() call, before it tries the position: a match after each of thousands of mentions in a
long text without the literal read the text thousands of times (tests/test_cost_growth.py). A pattern
with an impossible alternative (`|(?!)`) has no literal it must contain, so the engine tries the
position at once: the matches are the same.
"""
from __future__ import annotations

import regex


def compile_anchored(pattern: str, flags: int = 0) -> regex.Pattern:
    """The pattern (no inline global flags: pass them as `flags`) for match() at a position."""
    return regex.compile(rf"(?:{pattern})|(?!)", flags)
