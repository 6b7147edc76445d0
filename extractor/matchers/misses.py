"""Biathlon misses: "to bom", "ett bomskudd", "bommet på fem skudd", "bomma tre gonger",
"én strafferunde", "(0+1)", "feilfri skyting", "skaut feilfritt", "null bom" -> the number of misses.
Counts in words come from numbers.tsv.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicons import alternation, number_words
from ..mentions import Mention

_DIGIT = regex.compile(r"\d")


@lru_cache(maxsize=1)
def _patterns():
    cardinals = {**number_words()[0], "et": 1, "null": 0, "ingen": 0}
    count = rf"(?P<n>\d{{1,2}}|{alternation(cardinals)})"
    forms = [
        rf"{count}\s+(?:bom|bomskudd|strafferunder?|strafferundar?)",
        rf"(?:bommet|bomma|bomte)\s+(?:på\s+)?{count}\s+(?:skudd|ganger|gonger|gang|gong)",
        rf"(?:bommet|bomma|bomte)\s+{count}",
        r"(?P<zero>feilfri(?:tt)?\s+skyting|skjøt\s+feilfritt|skaut\s+feilfritt|feilfritt\s+på\s+standplass|uten\s+bom|utan\s+bom)",
        r"\((?P<series>\d(?:\s?\+\s?\d){1,3})\)",
    ]
    pattern = regex.compile(r"(?<![\w])(?:" + "|".join(f"(?:{f})" for f in forms) + r")(?![\w])", regex.I)
    return pattern, cardinals


def find_misses(text: str) -> list[Mention]:
    pattern, cardinals = _patterns()
    out = []
    for m in pattern.finditer(text):
        if m["zero"]:
            value = 0
        elif m["series"]:
            value = sum(int(d) for d in _DIGIT.findall(m["series"]))
        else:
            n = m["n"].lower()
            value = int(n) if n.isdigit() else cardinals[n]
        out.append(Mention("miss", m.start(), m.end(), m.group(), value))
    return out
