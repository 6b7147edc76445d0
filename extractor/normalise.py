"""Stage 1: text normalisation that keeps a map back to the original offsets.

Unicode NFC, odd spaces to plain spaces, scraping glue split ("mil1609 meter", "løpet.I natt"),
junk lines blanked ("Vis mer", stray HTML). Every normalised character knows the original
character it came from, so evidence spans always point into the text the user gave us.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

# Grapheme clusters are "\P{M}\p{M}*|\p{M}+"; the ones NFC may change: a character with marks,
# leading marks, or one character from U+0300 up (NFC leaves every character below it alone).
_MAY_CHANGE = regex.compile(r"\P{M}\p{M}+|\p{M}+|[^\x00-\u02FF]")
_ODD_SPACE = r"\u00A0\u2000-\u200A\u202F\u205F\u3000\u2028\u2029\t\f\v"
_INVISIBLE = r"\u200B-\u200D\u2060\uFEFF\u00AD"
_CONTROL = r"\x00-\x08\x0e-\x1f\x7f"
# Invisible characters, control characters and odd spaces each become one plain space.
_BLANKED = regex.compile(f"[{_INVISIBLE}{_CONTROL}{_ODD_SPACE}]")
_QUOTES = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2212", "-"))
# Junk that scrapers leave inside article text; blanked, never deleted, so offsets stay simple.
_JUNK = regex.compile(
    r"(?im)^[ \t]*<[^>\n]{0,400}>[ \t]*$"             # a stray HTML line
    r"|\bVis mer\b|\bLes mer\b(?=[\s.!]*$)"           # expanders
    r"|\bvg-expand-down\b|\bforrige neste fullskjerm\b"
)
# Glue: letters stuck to digits ("mil1609") and sentences stuck together ("løpet.I natt").
_GLUE = regex.compile(r"(?<=\p{Ll}{2})(?=\d)|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})")


# A hard wrap: a line of sentence length that ends in a lower-case word or a comma, and a line (after at most
# one blank line) that goes on in lower case ("... og tok\n\nbronsemedaljen på UM."): one sentence, joined.
# A name wrapped the same way: the line ends in a given name, the next goes on with the surname(s) and a
# lower-case word ("... det var Else\nBratteland frå Sørild som ...", "Elias\n\nHovden Nilsen kasta ...").
_WRAP = regex.compile(r"\n(?:[ \t]*\n)?(?=(?P<lower>\p{Ll})|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?[ \t]\p{Ll})")
_WRAP_LINE = 50
_LAST_WORD = regex.compile(r"(?<=[ \t])\p{Lu}\p{Ll}+$")


def _wrapped(text: str, end: int, lower: bool) -> bool:
    """The line ending at `end` is of sentence length and ends in a lower-case letter or a comma (one look
    back over the line: linear, whatever spaces end it), or, before a surname, in a given name."""
    line = text[text.rfind("\n", 0, end) + 1:end].rstrip(" \t")
    if len(line) <= _WRAP_LINE:
        return False
    if lower:
        return line[-1].islower() or line[-1] == ","
    given = _LAST_WORD.search(line, max(0, len(line) - 30))
    if given is None:
        return False
    from .matchers.athletes import is_given_name
    return is_given_name(given.group())


def _unwrap(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Each hard wrap's line break (and blank line) becomes one space, mapped to the first break."""
    cuts = [m for m in _WRAP.finditer(text) if _wrapped(text, m.start(), m["lower"] is not None)]
    if not cuts:
        return text, offsets
    parts, out_offsets, last = [], [], 0
    for m in cuts:
        parts += [text[last:m.start()], " "]
        out_offsets += offsets[last:m.start()] + [offsets[m.start()]]
        last = m.end()
    parts.append(text[last:])
    out_offsets += offsets[last:]
    return "".join(parts), out_offsets


@dataclass(frozen=True)
class NormalisedText:
    text: str
    offsets: tuple[int, ...]   # offsets[i]: original index of text[i]; offsets[len(text)] = len(original)
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covering normalised [start, end)."""
        return self.offsets[start], max(self.offsets[start], self.offsets[end])


def normalise(original: str) -> NormalisedText:
    text, offsets = _nfc_by_cluster(original)
    text = _BLANKED.sub(" ", text)
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    for quote, plain in _QUOTES:       # str.replace: several times faster than str.translate here
        text = text.replace(quote, plain)
    text = _JUNK.sub(lambda m: " " * len(m.group()), text)
    text, offsets = _insert_spaces(text, offsets, [m.start() for m in _GLUE.finditer(text)])
    text, offsets = _unwrap(text, offsets)
    offsets.append(len(original))
    return NormalisedText(text, tuple(offsets), original)


def _nfc_by_cluster(original: str) -> tuple[str, list[int]]:
    """NFC per grapheme cluster (a character and its combining marks); every character of a
    normalised cluster maps to the cluster's first original character.

    Only clusters that can change are visited: ones with combining marks, and single characters
    from U+0300 up (everything below is NFC-stable, see tests/test_perf_guard.py); the rest of
    the text is copied in slices with an identity offset map.
    """
    parts: list[str] = []
    offsets: list[int] = []
    last = 0
    for m in _MAY_CHANGE.finditer(original):
        cluster = m.group()
        nfc = unicodedata.normalize("NFC", cluster)
        if len(cluster) == 1 and nfc == cluster:
            continue                # a single stable character maps to itself, like the text around it
        start = m.start()
        parts.append(original[last:start])
        offsets.extend(range(last, start))
        parts.append(nfc)
        offsets.extend([start] * len(nfc))
        last = m.end()
    if not parts:
        return original, list(range(len(original)))
    parts.append(original[last:])
    offsets.extend(range(last, len(original)))
    return "".join(parts), offsets


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
