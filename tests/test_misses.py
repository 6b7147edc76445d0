"""Biathlon misses: `find_misses` reads shots missed from a sentence.

Strings written for these tests in the style of Norwegian biathlon reports.
"""
from __future__ import annotations

import pytest

from extractor.matchers.misses import find_misses

MISSES = [
    ("Hun hadde to bom på standplass.", [("to bom", 2)]),
    ("Tross et bomskudd vant han sprinten.", [("et bomskudd", 1)]),
    ("Ho hadde eitt bom i liggande.", [("eitt bom", 1)]),
    ("Han bommet på fem skudd.", [("bommet på fem skudd", 5)]),
    ("Ho bomma tre gonger.", [("bomma tre gonger", 3)]),
    ("Hun måtte gå én strafferunde.", [("én strafferunde", 1)]),
    ("Han gikk to strafferunder.", [("to strafferunder", 2)]),
    ("Skytinga (0+1) holdt til seier.", [("(0+1)", 1)]),
    ("Han skjøt (1+0+0+2) på normaldistansen.", [("(1+0+0+2)", 3)]),
    ("Han hadde feilfri skyting.", [("feilfri skyting", 0)]),
    ("Ho skaut feilfritt og vann.", [("skaut feilfritt", 0)]),
    ("Hun vant uten bom.", [("uten bom", 0)]),
    # not misses
    ("Han vant i 2023 (foto).", []),
    ("Stillingen var 1+1 til pause.", []),
    ("Han hadde bom i forrige renn.", []),
]


@pytest.mark.parametrize("text,expected", MISSES)
def test_find_misses(text, expected):
    assert [(m.text, m.value) for m in find_misses(text)] == expected
