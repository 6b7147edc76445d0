"""Nationalities: IOC codes `find_nationalities` reads from adjectives ("kenyanske"), person nouns
("nordmannen", also a reference to an athlete) and country names ("fra Kenya").

Strings written for these tests in the style of Norwegian athletics reports.
"""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.matchers.nationalities import find_nationalities

# (sentence, [(words, IOC code, form)] in text order)
NATIONALITIES = [
    # adjectives
    ("Den kenyanske løperen Faith Kipyegon vant.", [("kenyanske", "KEN", "adjective")]),
    ("Polske Wojciech Nowicki vant slegge.", [("Polske", "POL", "adjective")]),
    ("Filippinske Ernest John Obiena hoppet 5,97.", [("Filippinske", "PHI", "adjective")]),
    ("1) Julien Alfred, Saint Lucia 10,72", [("Saint Lucia", "LCA", "country")]),
    ("Kyron McMaster frå Britiske Jomfruøyane vart nummer to.", [("Britiske Jomfruøyane", "IVB", "country")]),
    ("Ugandiske Joshua Cheptegei vant 10 000 meter.", [("Ugandiske", "UGA", "adjective")]),
    ("Han slo britiske Josh Kerr på oppløpet.", [("britiske", "GBR", "adjective")]),
    ("Marokkanske Soufiane El Bakkali vant hinder.", [("Marokkanske", "MAR", "adjective")]),
    ("Jamaicanske Shericka Jackson vant 200 meter.", [("Jamaicanske", "JAM", "adjective")]),
    ("Belgiske Nafissatou Thiam vant sjukamp.", [("Belgiske", "BEL", "adjective")]),
    ("Den nederlandske løperen Femke Bol vant.", [("nederlandske", "NED", "adjective")]),
    ("Amerikanske Sydney McLaughlin-Levrone vant.", [("Amerikanske", "USA", "adjective")]),
    ("Den norske stafetten ble nummer fire.", [("norske", "NOR", "adjective")]),
    # person nouns
    ("Nordmannen tok sølv i Roma.", [("Nordmannen", "NOR", "noun")]),
    ("Kenyaneren rykket med 200 meter igjen.", [("Kenyaneren", "KEN", "noun")]),
    ("Kenyanaren vann med god margin.", [("Kenyanaren", "KEN", "noun")]),
    ("Svensken Armand Duplantis hoppet 6,24.", [("Svensken", "SWE", "noun")]),
    ("Amerikaneren Grant Holloway vant.", [("Amerikaneren", "USA", "noun")]),
    ("Etiopieren rykket tidlig.", [("Etiopieren", "ETH", "noun")]),
    ("Franskmannen vant stavsprang.", [("Franskmannen", "FRA", "noun")]),
    ("Briten vant 1500 meter.", [("Briten", "GBR", "noun")]),
    ("Spanjolen vant 1500 meter.", [("Spanjolen", "ESP", "noun")]),
    pytest.param("Nordmennene tok tre medaljer i Roma.", [("Nordmennene", "NOR", "noun")],
                 marks=pytest.mark.xfail(strict=True, reason="plural person noun 'nordmennene' not in the lexicon forms")),
    # countries
    ("Josh Kerr fra Storbritannia vant.", [("Storbritannia", "GBR", "country")]),
    ("Han er fra Kenya.", [("Kenya", "KEN", "country")]),
    ("Ho kjem frå Noreg.", [("Noreg", "NOR", "country")]),
    ("Jessie Knight (GBR) ble nummer fire.", [("(GBR)", "GBR", "code")]),           # a code in brackets after the name
    ("Han vant 1500 meter (EMX) i fjor.", []),
    ("Mattias Orheim (BUL) vann 800 meter.", []),                                   # a club
    ("Hun løp for Danmark i EM.", [("Danmark", "DEN", "country")]),
    ("Jakob Ingebrigtsen, Norge 3.43,12", [("Norge", "NOR", "country")]),
    # none
    ("Hun vant 1500 meter i Bergen.", []),
]


@pytest.mark.parametrize("text,expected", NATIONALITIES)
def test_find_nationalities(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.text, m.value, m.info["form"]) for m in find_nationalities(text)] == expected


# How a nationality reaches its athlete, end to end: (text, athlete, IOC code or None).
BINDINGS = [
    # a predicate: the subject named before the verb, or a pronoun after it
    ("Kari Nordmo (født 1990) er en norsk friidrettsutøver. Hun vant 800 meter i NM i 2015 på 2.03,11.",
     "Kari Nordmo", "NOR"),
    ("Jonas Berge var en norsk langdistanseløper. Han vant maraton i NM i 1961 på 2.31,40.", "Jonas Berge", "NOR"),
    ("Mary Kiptoo vann 10 000 meter på 30.12,44. Ho er ei kenyansk langdistanseløpar.", "Mary Kiptoo", "KEN"),
    ("Ola Lien vann 5000 meter på 13.40,02. Han er ein russisk tidlegare meister.", "Ola Lien", "RUS"),
    # "den norske rekorden" is no person: nobody nearby is Norwegian by it
    ("Ole Hansen løp 1500 meter på 3.35,10. Det var to sekunder bak den norske rekorden.", "Ole Hansen", None),
    ("Siri Dahl vant 400 meter på 52,40, rett bak den norske innendørsrekorden.", "Siri Dahl", None),
    # "best av de norske": the athlete before it in the sentence, else the names after it
    ("Lise Berg ble best av de norske med 12.-plass på sprinten.", "Lise Berg", "NOR"),
    ("Nest best av dei norske kvinnene vart Ida Strand på 28.-plass.", "Ida Strand", "NOR"),
    ("Raskest av de norske var Tor Lie og Eva Holm, som ble nummer 40 og 41 på maraton.", "Eva Holm", "NOR"),
    ("Lise Berg ble nummer tre. Best av de norske var hun ikke.", "Lise Berg", None),
    # "første/eneste/beste nordmann": the subject before it (named or a pronoun), or the name told after it
    ("Per Lunde løp 400 meter på 45,10 i VM. Han ble nummer fem som første nordmann i en VM-finale.", "Per Lunde", "NOR"),
    ("Ola Vik løp 1500 meter på 3.35,10 og ble den første nordmann under 3.36 i NM.", "Ola Vik", "NOR"),
    ("Ola Vik vant 1500 meter i NM på 3.35,10, og første nordmann i mål var Per Dahl på 3.39,20.", "Per Dahl", "NOR"),
    ("Ola Vik vant 1500 meter i NM på 3.35,10, og første nordmann i mål var Per Dahl på 3.39,20.", "Ola Vik", None),
    ("Eva Lie vant 3000 meter på 8.59,02 i Bergen. Hun slo Kari Dahl og ble eneste nordkvinne under ni minutter.", "Eva Lie", "NOR"),
    # "beste norske løper", "nest beste norske kvinne": an adjective with a person noun, as "beste nordmann"
    ("Siri Lie vann sprinten. På laurdagens normaldistanse vart ho beste norske løpar på 14.-plass.", "Siri Lie", "NOR"),
    ("Kari Moe vant sprinten, og dagen før ble Eva Dahl beste norske utøver på en 17.-plass.", "Eva Dahl", "NOR"),
    ("Kari Moe vant 15 km på 40.10,2. Nest beste norske kvinne ble Eva Dahl på 41.02,3.", "Eva Dahl", "NOR"),
    ("Kari Moe vant 15 km på 40.10,2. Eva Dahl gikk på 41.02,3, den beste norske tiden i år.", "Eva Dahl", None),
    # a country's genitive before the name, over role words: "Nederlands Joy Beune", "Tysklands ankerkvinne Julia Kink"
    ("Kari Moe vant 3000 meter. Finlands Aino Laine tok den tredje plassen på 4.10,22.", "Aino Laine", "FIN"),
    ("Ola Vik vant. Til og med Sveriges regjerende verdensmester Erik Lund var sjanseløs og ble nummer fem.", "Erik Lund", "SWE"),
    ("Ola Vik vant foran Tysklands ankermann Jan Vogt, som ble nummer to på 24.10,5.", "Jan Vogt", "GER"),
    ("Ola Vik fikk Norges høyeste idrettspris.\nPer Lie ble nummer to på 1500 meter på 3.40,10.", "Per Lie", None),
    # one of a group: "var én av seks norske vinnere", "er en av de norske utøverne"
    ("Kari Moe vant 400 meter på 52,10 og var én av fem norske vinnere i Stockholm.", "Kari Moe", "NOR"),
    ("Kari Moe vant 400 meter på 52,10 i Stockholm. Hun er en av de norske løperne som skal til VM.", "Kari Moe", "NOR"),
    ("Kari Moe vant 400 meter på 52,10 i Stockholm. Det er en av de eldste norske rekordene.", "Kari Moe", None),
    ("Jon Dale ble nummer fire på 800 meter på 1.47,02 og var en av tre nordmenn i finalen.", "Jon Dale", "NOR"),
    # an infobox: the athlete the page is about
    ("Per Olsen\n\nNasjonalitetNorge\n\nPer Olsen (født 1950) vant 5000 meter i NM i 1975 på 14.02,2.", "Per Olsen", "NOR"),
    ("Per Olsen\n\nNasjonalitet: Sverige\n\nPer Olsen vant 5000 meter i NM i 1975 på 14.02,2.", "Per Olsen", "SWE"),
    ("Kaia Moe\n\nKaia Moe\nFødtKari Lise Moe\n4. mai 1990[1]Rediger på Wikidata (34 år)\nNasjonalitetNorge\n\n"
     "Kari Lise «Kaia» Moe (født 1990) er en tidligere friidrettsutøver. Hun vant 800 meter i NM i 2015 på 2.03,11.",
     "Kari Lise «Kaia» Moe", "NOR"),                     # the lead names the subject more fully than the title
    # groups beside the names they stand for
    ("Siste par gikk med dei to nederlendarane Jan de Vries og Bas Mulder, som vann på 1.46,20.", "Bas Mulder", "NED"),
    ("Bak kom den amerikanske duoen Sara Kim og Anna Lee. Anna Lee ble nummer tre på 26.40,1.", "Anna Lee", "USA"),
    # a country after a name and its age; a code over a result table's birth-year and class columns
    ("Jan Smit (26) fra Nederland vant 1500 meter på 1.45,20.", "Jan Smit", "NED"),
    ("800 meter kvinner\n1 HYNNE Hedda 1990 W NOR 1:59.15\n2 HOFFMANN Lore 1996 W SUI 2:00.51\n", "Lore Hoffmann", "SUI"),
    ("Menn 1500 m Plass Navn Født Tid 1. Ali HASSAN 02 JAN 2001 MAR 3:31.20 2. Per Ove LIEN 14.feb.99 NOR 3:32.04",
     "Per Ove Lien", "NOR"),
    ("Menn 1500 m Plass Navn Født Tid 1. Ali HASSAN 02 JAN 2001 MAR 3:31.20 2. Per Ove LIEN 14.feb.99 NOR 3:32.04",
     "Ali Hassan", "MAR"),
    # a nation column before "SURNAME Given"
    ("Plass Land Navn Tid 1 SWE LUND Erik 1:46.10 2 NOR BAKKE Ole Petter 1:46.55", "Ole Petter Bakke", "NOR"),
]


@pytest.mark.parametrize("text,athlete,expected", BINDINGS)
def test_nationality_reaches_its_athlete(text: str, athlete: str, expected: str | None) -> None:
    results = [x for race in extract(text, published="2024-06-01") for x in race.to_dict()["results"] if x["athlete"] == athlete]
    assert results, f"no result for {athlete}"
    assert results[0]["nationality"] == expected
