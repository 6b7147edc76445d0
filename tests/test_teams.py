"""Teams (`find_teams`): clubs and nations that run relays, and descriptions of them; and when an
article is a relay article (`relay_article`).

Strings written for these tests in the style of Norwegian relay reports.
"""
from __future__ import annotations

import pytest

from extractor.matchers.meets import find_meets
from extractor.matchers.placings import find_placings
from extractor.matchers.teams import find_teams, relay_article

TEAMS = [
    ("IK Tjalve vant eliteklassen.", ["IK Tjalve"]),
    ("Ullensaker/Kisa IL ble nummer to.", ["Ullensaker/Kisa IL"]),
    ("Fana IL ble nummer tre, mens Malmö AI vant.", ["Fana IL", "Malmö AI"]),
    ("SK Vidar dominerte, og IL Gular ble toer.", ["SK Vidar", "IL Gular"]),
    ("Oslo-rivalen BUL ble nummer to.", ["BUL"]),
    ("Hun løp Tjalves kvinner inn til seier.", ["Tjalve"]),
    ("I herreklassen vant Bergensklubben Gular.", ["Gular"]),
    ("Varegg ble treer.", ["Varegg"]),
    ("Norge vant stafetten foran Sverige.", ["Norge", "Sverige"]),
    ("Laget brukte 44.31.", [None]),                       # a description of the team last named
    ("Løpet gikk i Oslo og endte på Bislett.", []),         # places, not teams
    ("Vidar-løper Sunniva Øren jublet.", []),
    # a nation's relay team told by its adjective: the nation
    ("De norske stafettjentene løp på 3.23,84.", ["Norge"]),
    ("Det svenske stafettlaget vant foran Finland.", ["Sverige", "Finland"]),
    ("Dei norske stafettgutane sprang inn til sølv.", ["Norge"]),
    ("De norske jentene løp fort.", []),                  # no relay word: the runners, not a team
]


def test_a_nations_relay_team_runs_for_the_nation():
    from extractor import extract
    text = ("Det norske stafettlaget for kvinner satte norsk rekord på 4x400 meter i VM i Tokyo. "
            "De norske stafettjentene løp på tiden 3.23,84.")
    assert [(x.athlete, x.mark, x.nationality) for r in extract(text) for x in r.results] == [("Norge", "3:23.84", "NOR")]


@pytest.mark.parametrize("text,names", TEAMS)
def test_find_teams(text, names):
    assert [t.value for t in find_teams(text)] == names


@pytest.mark.parametrize("text,relay", [
    ("IK Tjalve vant Holmenkollstafetten foran BUL.", True),
    ("Fana IL vant 4x100 meter i UM foran Tjalve, og Ola Hansen vant 100 meter.", False),   # one relay in a meet report
    ("Tjalve vant Holmenkollstafetten.", False),                                          # one team: nothing to tell apart
    ("Gular ble nummer to i den 50. utgaven av Holmenkollstafetten. BUL vant.", True),
    # a relay meet named in passing or in a page's menu: the article is about other races
    ("Bare Holmenkollstafetten samler flere løpere. Ola Berg (BUL IL) vant 10 km foran Per Lie (Gular IL).", False),
    ("Per Moe, Lyn, vant 60 m foran Ola Berg, Tjalve.\nSiste fra Lyn\nInvitasjon Lynstafetten 21.04.24\n", False),
])
def test_relay_article(text, relay):
    assert relay_article(text, find_meets(text), find_teams(text), find_placings(text)) is relay


# relay_sentence looks for a word every _RELAY match holds first: it answers what a search of _RELAY does
@pytest.mark.parametrize("sentence", ["Fana vann 4x100 meter.", "Noreg vart nummer to på 4 X 400 m.", "Laget tok sølv.",
                                      "Hun løp første etappe.", "Stafettlaget var raskest.", "Kvartetten løp 3.10,2.",
                                      "Han løp 4 × 800 meter.", "Han var med i xc-løpet.", "Ola vant 1500 meter på 3.40,1."])
def test_relay_sentence_answers_what_a_search_of_relay_does(sentence):
    from extractor.matchers.teams import _RELAY, relay_sentence
    for text in (sentence, sentence.upper(), sentence.lower()):
        assert relay_sentence(text) is (_RELAY.search(text) is not None)


def test_relay_sentence_answers_what_a_search_of_relay_does_on_every_corpus_line():
    from pathlib import Path
    from extractor.matchers.teams import _RELAY, relay_sentence
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert relay_sentence(line) is (_RELAY.search(line) is not None), line
