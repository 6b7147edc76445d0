"""Stage 2: spaCy's blank Norwegian tokeniser, adjusted for race text, and sentence boundaries.

The matchers read the text with regexes (marks and dates are easier to read on characters than
on tokens); the tokens serve the span groups (`doc.spans[...]`) and sentence boundaries.
"""
from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

from . import lexicons

# nb tokenizer exceptions that swallow a sentence-final period: "Hun ble nummer to." must end
# the sentence, and weekday abbreviations (ma. ti. on. to. lø. sø.) are rare in race reports.
_SWALLOWING_EXCEPTIONS = ("to.", "ti.", "on.", "ma.", "lø.", "sø.", "fr.", "no.", "s.", "f.", "g.",
                          "p.", "v.", "min.", "Ma.", "Ti.", "On.", "To.", "Lø.", "Sø.")

_EXTRA_INFIXES = (
    r"(?<=\d\.)-(?=\w)",              # 11.-plass -> 11. - plass
    r"(?<=[0-9])-(?=[a-zæøå])",       # 26-åringen, 1500-meteren
    r"(?<=[A-ZÆØÅ]{2})-(?=[a-zæøå])", # NM-gull, EM-sølv
    r"(?<=[0-9])(?=m-)",              # 100m-finalen -> 100 m-finalen
    r"(?<=[0-9])(?=(?:m|km)\b)",      # 1500m -> 1500 m
)
_EXTRA_SUFFIXES = (
    r"(?<=[.,:;]\d\d)\.",             # a mark ending a sentence: "3:45.34." -> "3:45.34" "."
    r"(?<=[.,:;]\d)\.",               # "13.32,5."
)

LANGUAGES = ("nb", "nn")

# spaCy strips a token's prefixes and suffixes one at a time, searching the whole remaining token
# for a suffix each time: quadratic in a run like ",,,,," (2,000 commas took 4 s). Suffixes are
# searched for in a token's last characters only (the same matches), and a whitespace-free run
# longer than _LONG_TOKEN characters stays one token (no word is that long).
_SUFFIX_WINDOW = 40
_LONG_TOKEN = 100


class _TailSuffixSearch:
    """`suffix_search` looking at the last _SUFFIX_WINDOW characters (match offsets stay the token's)."""

    def __init__(self, compiled):
        self.compiled, self.pattern = compiled, compiled.pattern    # `pattern`: for spaCy's to_bytes()

    def search(self, token: str):
        return self.compiled.search(token, max(0, len(token) - _SUFFIX_WINDOW))


class _LongToken:
    """`token_match`: a run longer than _LONG_TOKEN characters is one token, not split further."""
    pattern = rf"(?s).{{{_LONG_TOKEN + 1},}}"       # the same rule as a regex, for spaCy's to_bytes()

    def match(self, token: str) -> bool:
        return len(token) > _LONG_TOKEN


def blank(lang: str = "nb") -> Language:
    """A blank nb/nn pipeline with the race-text tokenizer rules."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}: expected one of {LANGUAGES}")
    nlp = spacy.blank(lang)
    tokenizer = nlp.tokenizer
    rules = {k: v for k, v in (tokenizer.rules or {}).items() if k not in _SWALLOWING_EXCEPTIONS}
    tokenizer.rules = rules
    tokenizer.infix_finditer = compile_infix_regex(tuple(nlp.Defaults.infixes) + _EXTRA_INFIXES).finditer
    tokenizer.suffix_search = _TailSuffixSearch(compile_suffix_regex(_EXTRA_SUFFIXES + tuple(nlp.Defaults.suffixes))).search
    tokenizer.token_match = _LongToken().match
    return nlp


_ENDS = frozenset({".", "!", "?", "…"})
_STARTS = "–-«\"'("
_NUMBER_WORDS = frozenset({"nr", "nr.", "nummer", "number"})
# Units the nb exceptions keep with their period ("m."): after a number, before a capital, a sentence end.
_UNIT_ENDS = frozenset({"m.", "km.", "cm.", "mm.", "sek.", "s.", "min.", "kg.", "p.", "mil."})
_BULLETS = frozenset({"*", "•", "·", "▪"})


def sentence_starts(words: list[str]) -> list[bool]:
    """Sentence starts for token texts: after . ! ? or a line break, before an upper-case letter,
    digit, dash or quote (the first token always starts one); a list bullet starts one too."""
    starts = [True]
    for i, (prev, word) in enumerate(zip(words, words[1:])):
        newline = "\n" in prev
        if newline or word in _BULLETS:
            starts.append(True)
        elif prev == "." and i and words[i - 1] + "." in _given_abbreviations():
            starts.append(False)                   # "Johs. Nesse", "Ola Th. Berg": a given name written short
        elif prev in _ENDS or _after_unit(words, i) or _after_footnote(words, i):
            first = word[:1]
            starts.append(first.isupper() or first.isdigit() or first in _STARTS)
        elif prev[-1:] == "." and prev[:-1].isdigit() and i and words[i - 1].lower() in _NUMBER_WORDS:
            starts.append(word[:1].isupper())      # "Hassan ble nr 3. Nordås ...": the number ends the sentence
        else:
            starts.append(False)
    return starts


@lru_cache(maxsize=1)
def _given_abbreviations() -> frozenset[str]:
    return lexicons.words("given_name_abbreviations.txt")


def _after_unit(words: list[str], i: int) -> bool:
    """'1,91 m. I EM': the unit after a number keeps the sentence's period."""
    return words[i] in _UNIT_ENDS and i > 0 and any(c.isdigit() for c in words[i - 1])


def _after_footnote(words: list[str], i: int) -> bool:
    """'London.[6] Hun': a footnote marker after the sentence's period ('London.[6', ']')."""
    if words[i] != "]":
        return False
    j = i - 1
    while j > max(0, i - 8) and (words[j] in ("]", "[") or words[j].lstrip("[").isdigit()):
        j -= 1          # a marker is a few tokens ("[", "4", "]"): the scan back is bounded
    return ".[" in words[j] or words[j] in _ENDS


@Language.component("race_sentences")
def race_sentences(doc):
    """Sentence starts after . ! ? or a line break, before an upper-case letter, digit, dash or quote."""
    if not len(doc):
        return doc
    if doc.has_annotation("DEP"):
        _set_one_by_one(doc)        # spaCy refuses sentence starts on parsed docs: let it say so
        return doc
    # One array write: setting Token.is_sent_start token by token re-scans the whole Doc for a parse
    # each time (quadratic in the document's length).
    flags = sentence_starts([t.text for t in doc])
    doc.from_array([SENT_START], numpy.array([1 if f else _NOT_START for f in flags], dtype=numpy.uint64))
    return doc


_NOT_START = numpy.iinfo(numpy.uint64).max   # -1, as Doc.to_array gives it


def _set_one_by_one(doc) -> None:
    for tok, start in zip(doc, sentence_starts([t.text for t in doc])):
        tok.is_sent_start = start
