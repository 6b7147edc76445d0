"""The article's sport from its context words (`find_sport_cues` + `article_sport`).

Strings written for these tests in the style of Norwegian sports news.
"""
from __future__ import annotations

import pytest

from extractor.matchers.sports import article_sport, find_sport_cues

ARTICLES = [
    ("Klæbo vant 15 km klassisk i verdenscupen i langrenn.", "cross_country_skiing"),
    ("Langrennsløperen Therese Johaug vant igjen.", "cross_country_skiing"),
    ("Klæbo var best i verdenscupsprinten i fri teknikk lørdag. Søndag tapte han på 10 km.", "cross_country_skiing"),
    ("Amundsen vant 10 km fri i Davos.", "cross_country_skiing"),
    ("Skiskytteren hadde to bom på standplass, men vant likevel.", "biathlon"),
    ("Ho skaut feilfri skyting og vann normaldistansen.", "biathlon"),
    ("Skøyteløperen gikk 1500 meter i indre bane.", "speed_skating"),
    ("Svømmeren tok bronse på 200 meter fri på langbane.", "swimming"),
    ("Ingebrigtsen vant 1500 meter på Bislett.", "athletics"),
    ("Friidrettsstjernen sprang 400 meter hekk.", "athletics"),
    ("Ingen sportsord her.", "athletics"),
    # both named: the weight decides; a tie goes to athletics
    ("Langrenn og friidrett på samme dag.", "athletics"),
]


@pytest.mark.parametrize("text,sport", ARTICLES)
def test_article_sport(text, sport):
    assert article_sport(find_sport_cues(text)) == sport
