"""Quote scope: is the sentence at "|" inside a quote? One row per case; texts written for these tests."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.quotes import in_quote

QUOTED = [
    ("– Det var tungt i dag, men |jeg vant.", True),
    ("– Det var tungt i dag, sa Moe til NRK etter løpet. |Hun fikk tiden 2.46,48.", False),
    ("– Det var tungt, sier Moe. – Jeg er likevel |fornøyd.", True),
    ("– Eg er nøgd, sa ho i målområdet. |Ho sprang på 4.15,02.", False),
    ("«Dette var moro», smilte Moe. |Tiden ble 55,09.", False),
    ("– Jeg så at Rodal sa |Moe var for tung.", True),
    ("Ida Moe vant. |Hun løp på 4.15,02.", False),
    ("- BELL Alexandra GBR |DNF", False),
]


@pytest.mark.parametrize("text,expected", QUOTED)
def test_in_quote(text, expected):
    assert in_quote(text.replace("|", ""), text.index("|")) is expected


def test_the_narrative_after_a_quote_is_reported():
    text = ("Marte Kvale vant maraton i NM.\n\n– Det var flott vær, sa Kvale i målområdet etter løpet. "
            "Hun fikk sluttida 2.46,48.")
    assert [(x.athlete, x.mark) for r in extract(text, published="2024-06-01") for x in r.results] == [("Marte Kvale", "2:46:48")]
