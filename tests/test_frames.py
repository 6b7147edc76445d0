"""Race frames: which race a result belongs to, and when that race was run.

Two tables. RACE_TIME: a sentence -> whether it tells an earlier race (race_time.told_earlier).
FRAMES: a short text -> the frame value one result gets (discipline, meet, city, indoor, date,
category). Texts and names written for these tests in the style of Norwegian reports, Bokmål and
Nynorsk; the published date is Saturday 2024-06-01.
"""
from __future__ import annotations

import datetime as dt

import pytest

from extractor import extract
from extractor.race_time import told_earlier

PUBLISHED = dt.date(2024, 6, 1)

# (sentence, tells an earlier race)
RACE_TIME = [
    # the family of earlier-race cues
    ("Forrige helg vant Ola Berg 5000 meter på 13.55,20.", True),
    ("Førre helg sprang Nils Vik 800 meter på 1.47,90.", True),
    ("Forrige sesong løp hun 1500 meter på 4.05,11.", True),
    ("Sist gang vant Kari Holm på 2.01,10.", True),
    ("Rekorden hans på 7,37 er frå 2005.", True),
    # a day of the race told, not a race before it
    ("I finalen tirsdag forrige uke ble det en fjerdeplass på 3.31,20.", False),
    # a sentence-initial "Da" goes on with the race told
    ("Da Sondre Lie kom i mål på 13.40,12, var seieren sikret.", False),
    ("Da vart det siger for Guro Sæle på 2.04,50.", False),
    # "tidligere" before a title is what someone was, not when the race was
    ("Den tidligere verdensmesteren vant 1500 meter på 3.40,10.", False),
    ("Tidligere skiløper Kari Holm vant 10 km på 34.10.", False),
]


@pytest.mark.parametrize("sentence,expected", RACE_TIME)
def test_race_time(sentence, expected):
    assert told_earlier(sentence, PUBLISHED) is expected


def _race_of(text: str, athlete: str) -> dict:
    """The race of the athlete's result; "Name@MARK" picks the result with that mark."""
    athlete, _, mark = athlete.partition("@")
    found = [(r.to_dict(), x) for r in extract(text, published=PUBLISHED.isoformat()) for x in r.to_dict()["results"]]
    rows = [(race, x) for race, x in found if x["athlete"] == athlete and (not mark or x["mark"] == mark)]
    assert rows, f"no result for {athlete}: {[x['athlete'] for _, x in found]}"
    race, x = rows[0]
    return {**x, "discipline": race["discipline"], "category": race["category"], "indoor": race["indoor"],
            "date": race["date"], "meet": race["meet"]["name"], "city": race["meet"]["city"],
            "warnings": race["warnings"]}


# (text, athlete or "athlete@mark", field, expected)
FRAMES = [
]


@pytest.mark.parametrize("text,athlete,field,expected", FRAMES)
def test_frames(text, athlete, field, expected):
    assert _race_of(text, athlete)[field] == expected
