"""Sport context: words that tell which sport an article reports ("langrenn", "skiskytter",
"skøyteløper", "svømmer", "friidrett"), each with a weight from sports.tsv.

`article_sport(cues)` is the sport with the highest total weight; athletics when none is named.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from ..lexicons import rows
from ..mentions import Mention

SPORTS = ("athletics", "cross_country_skiing", "biathlon", "speed_skating", "swimming")


@lru_cache(maxsize=1)
def _pattern():
    entries = rows("sports.tsv")
    parts = [f"(?P<s{i}>{expression})" for i, (expression, _sport, _weight) in enumerate(entries)]
    table = [(sport, int(weight)) for _expression, sport, weight in entries]
    return regex.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", regex.I), table


def find_sport_cues(text: str) -> list[Mention]:
    pattern, table = _pattern()
    out = []
    for m in pattern.finditer(text):
        index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        sport, weight = table[index]
        out.append(Mention("sport", m.start(), m.end(), m.group(), sport, {"weight": weight}))
    return out


def article_sport(cues: list[Mention]) -> str:
    totals: Counter = Counter()
    for cue in cues:
        totals[cue.value] += cue.info.get("weight", 1)
    if not totals:
        return "athletics"
    best = max(totals.values())
    leaders = [s for s in SPORTS if totals.get(s) == best]
    return "athletics" if "athletics" in leaders or best == 0 else leaders[0]
