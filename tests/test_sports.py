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
    # no sport named: the wording of the sport decides (skates, shooting, skis and "renn", swimming verbs)
    ("Mia Lunde avslutta sesongen med eit sterkt skøyteløp og ny rekord på 1000 meter.", "speed_skating"),
    ("Han gikk inn til 1.44,10 og kan drømme om allround-VM.", "speed_skating"),
    ("Tre nordmenn tok på seg skøytene før 500-meteren fredag.", "speed_skating"),
    ("Hun vant samtlige distanser i NM i skøytesprint.", "speed_skating"),
    # the sport's own words in other forms: a skater "skøytet", a "skøytekarriere", "svømmere", "svømmeekspert", Nynorsk "symde"
    ("Lørdag skøytet han inn til en sjetteplass på 1000 meter.", "speed_skating"),
    ("Det er starten på en lang skøytekarriere, sa han etter 1500 meter.", "speed_skating"),
    ("Fire norske svømmere var i finalen på 100 meter.", "swimming"),
    ("Han skal svømme 400 meter fri torsdag, sier svømmeeksperten.", "swimming"),
    ("Ho symde inn til pers på 50 meter.", "swimming"),
    ("Klæbo vant med lange skøytetak i fri teknikk.", "cross_country_skiing"),
    ("Hun skjøt feilfritt og gikk inn til seier på 7,5 kilometer.", "biathlon"),
    ("Hun hadde ti treff i skyteseriene og ble nummer tre.", "biathlon"),
    ("Ho vann sprinten i skiskyttar-NM på Lygna.", "biathlon"),
    ("Bygda-skiskytteren vant sprinten.", "biathlon"),
    ("Hun vant fredagens norgescuprenn med 14 sekunder.", "cross_country_skiing"),
    ("Han gikk bra på ski og ble nummer to i det klassiske rennet.", "cross_country_skiing"),
    ("Han var raskest i prologen og vant finalen.", "cross_country_skiing"),
    ("Løperen fra Vik Skiklubb ble nummer fire.", "cross_country_skiing"),
    ("Hun svømte inn til ny norsk rekord på 50 meter.", "swimming"),
    ("Bergensvømmerne tok tre gull på 4x100 meter.", "swimming"),
    ("Hun vant terrengløpet og leder cupen etter tre av fem renn.", "athletics"),
]


@pytest.mark.parametrize("text,sport", ARTICLES)
def test_article_sport(text, sport):
    assert article_sport(find_sport_cues(text)) == sport
