"""Stage 1b: the page's layout. The normalised text is cut into blocks (its lines) and each block is
labelled by its shape, as web-text extractors do (jusText, trafilatura): length, share of numbers and
capitalised words, cell separators, closing punctuation. Later stages ask the kind of any position.

Kinds: headline, heading, body, caption (photo captions and teaser links), quote, byline (publishing
timestamps), junk (edit links, separators, lines with no words), infobox (key glued to value, as a
scraped encyclopedia infobox), facts (short "Key: value" lines), table (result rows and lists), listing (a bulleted
list of other events or articles, each dated: "- NM i mangekamp 1957 – Odda 23. juni", "- 6. november 2024Vellykket
NM i Stavanger" under "Lignende saker": each row its own event, none the page's race).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from .anchored import compile_anchored
from .lexicons import alternation, rows

HEADLINE, HEADING, BODY, CAPTION, QUOTE, BYLINE, JUNK, INFOBOX, FACTS, TABLE, LISTING = (
    "headline", "heading", "body", "caption", "quote", "byline", "junk", "infobox", "facts", "table", "listing")

_LINE = regex.compile(r"[^\n]+")
_WORD = regex.compile(r"\S+")
_LETTER = regex.compile(r"\p{L}")
_EDIT_LINKS = regex.compile(r"\[[^\]\n]{0,40}\]")          # "[rediger | rediger kilde]", "[4]"
_PHOTO = regex.compile(r"(?<![\w])(?:foto|fotos|photo|bilde|bildet|illustrasjon)\s*:|\((?:foto|bildet|arkivfoto)\b", regex.I)
_TEASER = regex.compile(r"(?:Les også|Les òg|Se også|Sjå òg|Sjå også)\b", regex.I)      # asked at a line's start only
_QUOTE_OPEN = regex.compile(r"^[«\"]|^[–—-]\s(?!\p{Lu}{2,}\s)(?=.*\b(?:sier|sa|seier|forteller|fortel|fortalte|fortalde)\b)")
_CLOCK_OR_DATE = regex.compile(r"^(?:kl\.?)?\d{1,2}[.:]\d\d,?$|^\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d,?$|^(?:19|20)\d\d,?$|^\d{1,2}\.$")
_CLOCK = regex.compile(r"^(?:kl\.?)?\d{1,2}[.:]\d\d,?$|^\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d,?$")
_GLUED_KEY = regex.compile(r"^\p{Lu}\p{Ll}{2,}(?:\(\p{Ll}+\))?(?=\p{Lu}|\d)")     # "Født5. feb. 1924", "NasjonalitetNorge"
_ROW_NUMBER = regex.compile(r"(?:^|\s)\d{1,3}[.)]\s+\p{Lu}")
_MARK_LIKE = regex.compile(r"\d[.,:]\d\d")
# "1   221 Yeimer Lopez Garcia Norna-Salhus IL 1,51,92", "3 Lars Eric Sæther Steinkjer FIK 1,54,08",
# "01 1 Ezinne Okparaebo IL i BUL 11,57": a bare row number (a bib may follow), a capitalised word, a mark
_BARE_ROW = regex.compile(r"^\d{1,3}\s+(?:\d{1,4}\s+)?\p{Lu}")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str


class Layout:
    """The blocks of a text in order; `kind_at(position)` is the kind of the block holding it, and
    `furniture` the edit links and buttons inside lines ("Rediger på Wikidata")."""

    def __init__(self, blocks: list[Block], furniture: list[tuple[int, int]] = ()):
        self.blocks = blocks
        self.starts = [b.start for b in blocks]
        self.furniture = list(furniture)

    def without_furniture(self, mentions: dict[str, list]) -> dict[str, list]:
        """The mentions outside edit links and buttons ("Rediger på Wikidata" is no venue)."""
        if not self.furniture:
            return mentions
        starts = [s for s, _ in self.furniture]

        def outside(m) -> bool:
            i = bisect_right(starts, m.start) - 1
            return i < 0 or m.start >= self.furniture[i][1]
        return {kind: [m for m in ms if outside(m)] for kind, ms in mentions.items()}

    def block_at(self, position: int) -> Block | None:
        i = bisect_right(self.starts, position) - 1
        return self.blocks[i] if i >= 0 and position < self.blocks[i].end else None

    def kind_at(self, position: int) -> str:
        block = self.block_at(position)
        return block.kind if block else JUNK


def layout(text: str) -> Layout:
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if text[m.start():m.end()].strip()]
    blocks, seen_content = [], False
    for i, (start, end) in enumerate(lines):
        kind = block_kind(text[start:end])
        if kind == HEADING and not seen_content and _body_follows(text, lines[i + 1:]):
            kind = HEADLINE
        seen_content = seen_content or kind not in (JUNK, BYLINE)
        blocks.append(Block(start, end, kind))
    return Layout(_listings(text, blocks), [m.span() for m in _furniture().finditer(text)])


_BULLET = compile_anchored(r"[ \t]*+[-•*][ \t]++\S")          # asked at a line's start only
_DATED = regex.compile(r"\d\.?\s*\p{Ll}{3,}|(?<!\d)(?:19|20)\d\d(?!\d)")         # "24. februar", "6. november 2024", "1957"


def _listings(text: str, blocks: list[Block]) -> list[Block]:
    """Two or more bulleted lines in a row, each dated, none a sentence, a heading of what follows (":") or a result (a mark)."""
    item = [b.kind not in (QUOTE, TABLE) and _BULLET.match(text, b.start) is not None and _DATED.search(text, b.start, b.end) is not None
            and not text[b.start:b.end].rstrip().endswith((".", "!", "?", ":")) and not _MARK_LIKE.search(text, b.start, b.end)
            for b in blocks]
    out = list(blocks)
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and item[j]:
            j += 1
        if j - i >= 2:
            out[i:j] = [Block(b.start, b.end, LISTING) for b in blocks[i:j]]
        i = max(j, i + 1)
    return out


def teaser_at(text: str, position: int) -> bool:
    """The position is on a teaser line ("LES OGSÅ: Solbakken drømmer om maraton i OL"): a link to another
    article, whose meet, venue or discipline is none of this one's."""
    while position < len(text) and text[position].isspace():
        position += 1           # a sentence may open with the line breaks before it
    return _TEASER.match(text, text.rfind("\n", 0, position) + 1) is not None


def _body_follows(text: str, lines: list[tuple[int, int]]) -> bool:
    return sum(len(text[s:e].split()) for s, e in lines[:6]) >= 25


def block_kind(line: str) -> str:
    """The kind of one line by its shape (the headline is told apart from a heading by its place)."""
    line = line.strip()
    bare = _EDIT_LINKS.sub(" ", line)
    words = bare.split()
    if not _LETTER.search(bare) and not any(c.isdigit() for c in bare):
        return JUNK
    if line.count("|") >= 2 or line.count("\t") >= 2:
        return TABLE
    if _PHOTO.search(line) or _TEASER.match(line):
        return CAPTION
    if _QUOTE_OPEN.match(line):
        return QUOTE
    numbered = len(_ROW_NUMBER.findall(line))
    if numbered >= 2 or (numbered == 1 and _ROW_NUMBER.match(line) or _BARE_ROW.match(line)) and _MARK_LIKE.search(line) \
            or _medal_row(words):
        return TABLE
    if _GLUED_KEY.match(line) and len(words) <= 8:
        return INFOBOX
    dated = [w for w in words if _has_digit(w)]
    if dated and len(words) <= 8 and all(_CLOCK_OR_DATE.match(w) for w in dated) and any(_CLOCK.match(w) for w in dated) \
            or dated and len(words) <= 5 and words[0].rstrip(":").lower() in _BYLINE_WORDS \
            or dated and len(words) <= 10 and _POSTED_BY.match(line):
        return BYLINE
    if _profile_key().match(line):
        return FACTS
    if len(words) <= 15 and not line.endswith((".", "!", "?", ":")) and _numeric_share(words) <= 0.5:
        return HEADING
    if len(words) <= 8 and line.endswith(":"):
        return HEADING
    return BODY


_BYLINE_WORDS = frozenset({"publisert", "oppdatert", "endret", "publ.", "sist"})
# "Postet av Førde IL - Symjing den 7. Mai 2018", "Av NTB | 22.05.2022 22:31:18": who posted the page, and when
_POSTED_BY = regex.compile(r"(?:(?:postet|posta|publisert|skrevet|skrive)\s+av\b|av\s+ntb\s*\|)", regex.I)


def _has_digit(word: str) -> bool:
    """Whether a digit stands in the word (a letters-only word, most of them, is told at C speed)."""
    return not word.isalpha() and any(c.isdigit() for c in word)


def _numeric_share(words: list[str]) -> float:
    return sum(map(_has_digit, words)) / len(words) if words else 0.0


def _medal_row(words: list[str]) -> bool:
    """"Gull Spyd 1983, 1984", "Bronse Atlanta 1996 Spydkast": a medal word opening a row of years."""
    return bool(words) and words[0].lower() in medal_places() and any(_YEAR.match(w) for w in words[1:])


_YEAR = regex.compile(r"(?:19|20)\d\d\b")


@lru_cache(maxsize=1)
def _furniture():
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(phrase for phrase, in rows('page_junk.txt'))})(?![\w])", regex.I)


@lru_cache(maxsize=1)
def _profile_key():
    """"Pers: 3.28,32", "Klubb: Tjalve": a fact box line, a standing profile and no race."""
    return regex.compile(rf"\s*(?:{alternation(key for key, in rows('profile_keys.txt'))})\s*:", regex.I)


@lru_cache(maxsize=1)
def medal_places() -> dict[str, int]:
    return {word: int(place) for word, place in rows("medals.tsv")}


_CORRECTION = compile_anchored(r"[ \t]*(?:Rettelse|Rettet|Korrigering|Korreksjon|Retting)\s*:", regex.I)


def in_correction(text: str, position: int) -> bool:
    """In an editor's correction paragraph ("Rettelse: I en tidligere versjon sto det at Nordås løp på
    13.18,14. Riktig tid er 13.08,14."): the body already gives the right value."""
    reach = max(0, position - 400)         # a bounded look back: a long run without line breaks costs nothing
    newline = text.rfind("\n", reach, position)
    if newline < 0 and reach > 0:
        return False
    return _CORRECTION.match(text, newline + 1) is not None
