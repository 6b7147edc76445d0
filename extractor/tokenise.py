"""Stage 2: spaCy's blank Norwegian tokeniser, adjusted for race text, and sentence boundaries.

The matchers read the text with regexes (marks and dates are easier to read on characters than
on tokens); the tokens serve the span groups (`doc.spans[...]`) and sentence boundaries.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

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


def blank(lang: str = "nb") -> Language:
    """A blank nb/nn pipeline with the race-text tokenizer rules."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}: expected one of {LANGUAGES}")
    nlp = spacy.blank(lang)
    tokenizer = nlp.tokenizer
    rules = {k: v for k, v in (tokenizer.rules or {}).items() if k not in _SWALLOWING_EXCEPTIONS}
    tokenizer.rules = rules
    tokenizer.infix_finditer = compile_infix_regex(tuple(nlp.Defaults.infixes) + _EXTRA_INFIXES).finditer
    tokenizer.suffix_search = compile_suffix_regex(_EXTRA_SUFFIXES + tuple(nlp.Defaults.suffixes)).search
    return nlp


@Language.component("race_sentences")
def race_sentences(doc):
    """Sentence starts after . ! ? or a line break, before an upper-case letter, digit, dash or quote."""
    if not len(doc):
        return doc
    doc[0].is_sent_start = True
    for prev, tok in zip(doc[:-1], doc[1:]):
        ends = prev.text in {".", "!", "?", "…"} or "\n" in prev.text or prev.text.endswith("\n")
        starts = tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text[:1] in "–-«\"'("
        tok.is_sent_start = bool(ends and (starts or "\n" in prev.text))
    return doc
