"""Sport context: words that tell which sport an article reports ("langrenn", "skiskytter",
"skøyteløper", "svømmer", "friidrett"), each with a weight from sports.tsv.

`article_sport(cues)` is the sport with the highest total weight; athletics when none is named.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from ..lexicons import WordRows, rows
from ..mentions import Mention

SPORTS = ("athletics", "cross_country_skiing", "biathlon", "speed_skating", "swimming")


@lru_cache(maxsize=1)
def _pattern():
    entries = rows("sports.tsv")
    expressions = [expression for expression, _sport, _weight in entries]
    table = [(sport, int(weight)) for _expression, sport, weight in entries]
    return WordRows(expressions), table


def find_sport_cues(text: str) -> list[Mention]:
    lexicon, table = _pattern()
    out = []
    for m, index in lexicon.finditer(text):
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
