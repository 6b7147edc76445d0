"""Stage 1: text normalisation that keeps a map back to the original offsets.

Unicode NFC, odd spaces to plain spaces, scraping glue split ("mil1609 meter", "løpet.I natt"),
junk lines blanked ("Vis mer", stray HTML). Every normalised character knows the original
character it came from, so evidence spans always point into the text the user gave us.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

_CLUSTER = regex.compile(r"\P{M}\p{M}*|\p{M}+")
_ODD_SPACE = regex.compile(r"[\u00A0\u2000-\u200A\u202F\u205F\u3000\u2028\u2029\t\f\v]")
_INVISIBLE = regex.compile(r"[\u200B-\u200D\u2060\uFEFF\u00AD]")
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2212": "-"})
# Junk that scrapers leave inside article text; blanked, never deleted, so offsets stay simple.
_JUNK = regex.compile(
    r"(?im)^[ \t]*<[^>\n]{0,400}>[ \t]*$"             # a stray HTML line
    r"|\bVis mer\b|\bLes mer\b(?=[\s.!]*$)"           # expanders
    r"|\bvg-expand-down\b|\bforrige neste fullskjerm\b"
)
# Glue: letters stuck to digits ("mil1609") and sentences stuck together ("løpet.I natt").
_GLUE = regex.compile(r"(?<=\p{Ll}{2})(?=\d)|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})")


@dataclass(frozen=True)
class NormalisedText:
    text: str
    offsets: tuple[int, ...]   # offsets[i]: original index of text[i]; offsets[len(text)] = len(original)
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covering normalised [start, end)."""
        return self.offsets[start], max(self.offsets[start], self.offsets[end])


def normalise(original: str) -> NormalisedText:
    chars: list[str] = []
    offsets: list[int] = []
    for m in _CLUSTER.finditer(original):
        cluster = unicodedata.normalize("NFC", m.group())
        chars.extend(cluster)
        offsets.extend([m.start()] * len(cluster))
    text = "".join(chars)
    text = _INVISIBLE.sub(" ", text)
    text = _CONTROL.sub(" ", text)
    text = _ODD_SPACE.sub(" ", text)
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = text.translate(_QUOTES)
    text = _JUNK.sub(lambda m: " " * len(m.group()), text)
    text, offsets = _insert_spaces(text, offsets, [m.start() for m in _GLUE.finditer(text)])
    offsets.append(len(original))
    return NormalisedText(text, tuple(offsets), original)


def _insert_spaces(text: str, offsets: list[int], positions: list[int]) -> tuple[str, list[int]]:
    if not positions:
        return text, offsets
    out, out_offsets, last = [], [], 0
    for pos in positions:
        out.append(text[last:pos])
        out_offsets.extend(offsets[last:pos])
        out.append(" ")
        out_offsets.append(offsets[pos] if pos < len(offsets) else (offsets[-1] + 1 if offsets else 0))
        last = pos
    out.append(text[last:])
    out_offsets.extend(offsets[last:])
    return "".join(out), out_offsets
