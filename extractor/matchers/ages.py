"""Ages: "(23)", "23 år gamle", "den 23 år gamle", "23-åringen", "på 15 år", "Alder: 31 år",
"er 24 år", "i en alder av 15 år", a fact box's "Født 4. mai 1990 (34 år)". Not class labels ("(17-34)", "klassen 50-54 år", "jenter 13 år"),
"30 år gamle rekorden", or a past age ("var 16 år da", "som 15-åring")."""
from __future__ import annotations

import regex

from ..mentions import Mention

_PATTERNS = (
    ("parenthesis", regex.compile(r"\((?P<age>\d{1,2})\)")),
    ("years_old", regex.compile(r"\b(?:(?:den|det|ein|en)\s)?(?P<age>\d{1,2})\s?år(?:s)?\s?gaml[ae]\b", regex.I)),
    ("aged", regex.compile(r"\b(?P<age>\d{1,2})-årig[e]?\b", regex.I)),
    ("descriptor", regex.compile(r"\b(?P<age>\d{1,2})-åring(?:(?:en|a|ane)s?)?\b", regex.I)),     # "25-åringens": genitive too
    ("on_years", regex.compile(r"\bpå\s(?P<age>\d{1,2})\sår\b(?!\s+(?:siden|sidan))", regex.I)),
    ("fact_box", regex.compile(r"\bAlder:\s*(?P<age>\d{1,2})\b")),
    # a fact box's birth row, its label run into the value or on the line before: "Født: 4. mai 1990 (34 år)",
    # "FødtKari Nordmann\n4. mai 1990 (34 år)"; "Død 1. mai 2020 (88 år)" is an age at death
    ("born", regex.compile(r"\b(?:Født|Fødd|FØDT|FØDD)(?!\p{Ll})(?:[^\n(]{0,40}\n)?[^\n(]{0,60}?\b(?:1[89]|20)\d\d\b[^\n(]{0,30}?\((?P<age>\d{1,2})\s?år\)")),
    ("predicate", regex.compile(r"\b(?:(?:er|blir)\s+(?:bare\s+|berre\s+|kun\s+)?|i\s+e(?:i)?n\s+alder\s+av\s+)(?P<age>\d{1,2})"
                                r"(?:\s+år\b(?!\s+(?:siden|sidan|sida|etter|før|til|på|yngre|eldre|gaml[ae]|gammel|gamal))|(?=\s+(?:løp|sprang|vann|vant|kasta|kastet)\b))", regex.I)),
)
_CLASS_BEFORE = regex.compile(r"(?:klasse\w*|jenter|gutter|gutar|kvinner|menn)\s+(?:\w+\s+)?$", regex.I)
# "Løp fra Northug som 15-åring": an age at an earlier time
_PAST_AS_BEFORE = regex.compile(r"\bsom\s+$", regex.I)
_RECORD_AFTER = regex.compile(r"^\s*(?:\p{Ll}+\s+){0,2}\p{Ll}*rekord", regex.I)


def find_ages(text: str) -> list[Mention]:
    out = []
    for form, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            age = int(m["age"])
            if not 10 <= age <= 80:
                continue
            if _CLASS_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
                continue
            if form in ("years_old", "aged") and _RECORD_AFTER.match(text[m.end():m.end() + 40]):
                continue
            if form == "descriptor" and m.group().lower().endswith("åring") and _PAST_AS_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
                continue
            out.append(Mention("age", m.start(), m.end(), m.group(), age, {"form": form}))
    out.sort(key=lambda x: x.start)
    return out
