"""Ages: "(23)", "23 år gamle", "den 23 år gamle", "23-åringen", "på 15 år", "Alder: 31 år".
Not class labels ("(17-34)", "klassen 50-54 år", "jenter 13 år") or "30 år gamle rekorden"."""
from __future__ import annotations

import regex

from ..mentions import Mention

_PATTERNS = (
    ("parenthesis", regex.compile(r"\((?P<age>\d{1,2})\)")),
    ("years_old", regex.compile(r"\b(?:(?:den|det|ein|en)\s)?(?P<age>\d{1,2})\s?år(?:s)?\s?gaml[ae]\b", regex.I)),
    ("aged", regex.compile(r"\b(?P<age>\d{1,2})-årig[e]?\b", regex.I)),
    ("descriptor", regex.compile(r"\b(?P<age>\d{1,2})-åring(?:en|a|ane)?\b", regex.I)),
    ("on_years", regex.compile(r"\bpå\s(?P<age>\d{1,2})\sår\b(?!\s+(?:siden|sidan))", regex.I)),
    ("fact_box", regex.compile(r"\bAlder:\s*(?P<age>\d{1,2})\b")),
)
_CLASS_BEFORE = regex.compile(r"(?:klasse\w*|jenter|gutter|gutar|kvinner|menn)\s+(?:\w+\s+)?$", regex.I)
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
            out.append(Mention("age", m.start(), m.end(), m.group(), age, {"form": form}))
    out.sort(key=lambda x: x.start)
    return out
