"""Placings: the finishing places `find_placings` reads from a sentence, and what it leaves out
(positions during the race, age-class places, contests still to be decided).

Strings written for these tests in the style of Norwegian athletics reports; places follow
eval/FORMAT.md (vant/seier = 1, sølv = 2, "nummer N bak Y" ...).
"""
from __future__ import annotations

import pytest

from extractor.matchers.placings import find_placings

# (sentence, [(words, place)] in text order)
PLACES = [
    # winning
    ("Ingebrigtsen vant 1500 meter på Bislett.", [("vant", 1)]),
    ("Ho vann 800 meter på heimebane.", [("vann", 1)]),
    ("Han sigra på 5000 meter i Bergen.", [("sigra", 1)]),
    ("Warholm tok seieren på 400 meter hekk.", [("seieren", 1)]),
    ("Vinneren ble Josh Kerr.", [("Vinneren", 1)]),
    ("Han ble kåret til vinner etter målfoto.", [("vinner", 1)]),
    ("Han var først i mål på Bislett.", [("først i mål", 1)]),
    ("Torje Heggheim vart norsk meister i tikamp.", [("norsk meister", 1)]),
    ("Hun ble norgesmester på 800 meter.", [("norgesmester", 1)]),
    ("Ho vart norgesmeister i spyd for to veker sidan.", [("norgesmeister", 1)]),
    ("Han blei norgesmeister på 5000 meter.", [("norgesmeister", 1)]),
    ("Verdensmesteren Warholm stilte ikke.", []),            # a title, not a result
    ("Han vant jaktstarten i verdenscupen.", [("vant", 1)]),
    ("Han vant også sprintcupen.", []),                      # a season's cup
    ("Ho var fyrst over mållinja.", [("fyrst over mållinja", 1)]),
    ("Klassen vart vunnen av Kari Lid.", [("vunnen av", 1)]),          # the Nynorsk passive
    ("5000 meter ble vunnet av Ola Berg.", [("vunnet av", 1)]),
    # the place of another: the one beaten or beating
    ("Han vann med 12 sekund føre nummer to.", [("vann", 1)]),
    ("Ho var over halvminuttet framfor nr. 4.", []),
    ("Det var 55 sekunder foran nummer 2 i dag.", []),
    # nummer N, nr. N
    ("Hun ble nummer to bak Kipyegon.", [("nummer to", 2)]),
    ("Ho vart nummer to i finalen.", [("nummer to", 2)]),
    ("Han ble nummer 4 i finalen.", [("nummer 4", 4)]),
    ("Hun endte som nummer sju.", [("nummer sju", 7)]),
    ("Hun ble nummer ti i Eugene.", [("nummer ti", 10)]),
    ("Han ble nummer tolv i feltet.", [("nummer tolv", 12)]),
    ("Han ble nummer 12 av 14 startende.", [("nummer 12", 12)]),
    ("Han endte som nr. 3 i heatet.", [("nr. 3", 3)]),
    # coordinated: one placing per number, for athletes named in the same order
    ("Hegvold og Næss ble nummer 4 og 7.", [("nummer 4", 4), ("7", 7)]),
    ("De ble henholdsvis nr. 45 og 47 i maraton.", [("nr. 45", 45), ("47", 47)]),
    ("De tre ble hhv. nummer 3, 8 og 11.", [("nummer 3", 3), ("8", 8), ("11", 11)]),
    ("Dei vart nummer 2 og nr. 5.", [("nummer 2", 2), ("nr. 5", 5)]),
    ("Dei vart nummer fire og sju i Zürich.", [("nummer fire", 4), ("sju", 7)]),
    ("Han ble nummer fire og tre sekunder bak.", [("nummer fire", 4)]),
    ("Han ble nummer 4, 12 sekunder bak.", [("nummer 4", 4)]),
    ("Han ble nummer 4 og 2,3 sekunder bak.", [("nummer 4", 4)]),
    ("Han ble nummer 9 og 15 år gammel.", [("nummer 9", 9)]),
    ("De tok 4. og 7. plass.", [("4.", 4), ("7. plass", 7)]),
    ("De tok 2., 5. og 9.-plass.", [("2.", 2), ("5.", 5), ("9.-plass", 9)]),
    ("De kom på andre- og tredjeplass.", [("andre-", 2), ("tredjeplass", 3)]),
    ("Dei tok andre-, tredje- og fjerdeplassen.", [("andre-", 2), ("tredje-", 3), ("fjerdeplassen", 4)]),
    # toer, treer
    ("Grøvdal ble toer på 10 000 meter.", [("toer", 2)]),
    ("Hun ble treer i Eugene.", [("treer", 3)]),
    ("Hun ble toer, bare slått av Kipyegon.", [("toer", 2)]),
    # ordinal places
    ("Han tok andreplassen.", [("andreplassen", 2)]),
    ("Hun tok annenplassen i Roma.", [("annenplassen", 2)]),
    ("Han endte på tredjeplass.", [("tredjeplass", 3)]),
    ("Ho tok tredjeplassen.", [("tredjeplassen", 3)]),
    ("Hun tok femteplass i Stockholm.", [("femteplass", 5)]),
    ("Han kom på sjetteplass.", [("sjetteplass", 6)]),
    ("Han endte på 11.-plass.", [("11.-plass", 11)]),
    ("Han tok 2.-plassen i Monaco.", [("2.-plassen", 2)]),
    ("Han løp inn til en 5. plass.", [("5. plass", 5)]),
    ("Han kom på en 9. plass i Zürich.", [("9. plass", 9)]),
    # a bare ordinal after a finishing verb; not one a noun follows
    ("Hun ble fjerde i finalen.", [("fjerde", 4)]),
    ("Han vart sjuande, like bak Moe.", [("sjuande", 7)]),
    ("Hun endte som nummer fem, mens Moe kom inn som tiende.", [("nummer fem", 5), ("tiende", 10)]),
    ("Han ble andre nordmann i mål, og det kom tredje gang han løp.", []),
    # medals
    ("Hun tok gull i EM.", [("gull", 1)]),
    ("Han tok sølv på 1500 meter.", [("sølv", 2)]),
    ("Ho tok sølvet i NM.", [("sølvet", 2)]),
    ("Hun sikret bronse i Roma.", [("bronse", 3)]),
    # finishers named by their place: "andremann", "tredjekvinne", "fyrste dame"
    ("Andremann, Ola Hansen, kom inn på 54,02.", [("Andremann", 2)]),
    ("Fyrstemann i mål var Per Lie.", [("Fyrstemann", 1)]),
    ("Kari Lie gikk inn som tredjekvinne.", [("tredjekvinne", 3)]),
    ("Så kom fyrste dame Eva Dahl på 21.10.", [("fyrste dame", 1)]),
    ("Han gikk ut i løypa som førstemann.", []),                       # a start order
    ("Hun var første kvinne under 2.20 i løpet.", []),                 # a threshold
    # medal winners: said of the subject ("ble bronsevinner") or of the name they stand before
    ("Ingrid Moe (3,65) ble bronsevinner.", [("bronsevinner", 3)]),
    ("Han var to meter foran sølvvinner Ola Berg.", [("sølvvinner", 2)]),
    ("Gullvinner Dahl var et sekund foran.", [("Gullvinner", 1)]),
    ("Ho var tre sekund bak gullvinnaren.", []),                      # someone else
    ("Bronsevinneren fra Tokyo-OL løp igjen.", []),                    # a title from an earlier race
    # described wins
    ("Det ble storseier til Eva Dahl.", [("storseier", 1)]),
    ("Han sikret en ny distanseseier på 3000 meter.", [("distanseseier", 1)]),
    ("Det ble favorittseier ved Ola Berg.", [("favorittseier", 1)]),
    # best, fastest
    ("Eva Dahl var best på 1500 meter med 2.03,10.", [("best", 1)]),
    ("Han var best av samtlige i feltet.", [("best", 1)]),
    ("Ho var raskaste kvinne i løypa.", [("raskaste kvinne", 1)]),
    ("Hun var best av de norske med en 14.-plass.", [("14.-plass", 14)]),
    ("Kari Lie vart andre beste på 44.23.", [("andre beste", 2)]),
    ("Hun ble nest raskeste kvinne i løpet.", [("nest raskeste kvinne", 2)]),
    ("Han ble nest best fra Norge med 50.-plass.", [("50.-plass", 50)]),
    ("Hun var nest best av de lokale løperne.", []),
    ("Han ble femte best i sin kvalifiseringsgruppe.", []),
    ("Han var raskest i den andre semifinalen.", []),                   # a heat
    # the best named after the verb: "Raskast var X", "Nest best vart X", "Beste kvinne var X"
    ("Raskast var Per Dahl med tida 32.49.", [("Raskast", 1)]),
    ("Nest best vart Ola Berg frå Førde.", [("Nest best", 2)]),
    ("Beste kvinne var Kari Moe på 41.35.", [("Beste kvinne", 1)]),
    ("Tredje beste dame vart Åse Li, Lærdal IL.", [("Tredje beste dame", 3)]),
    ("De beste av jentene ble Eva Dahl (37.36).", [("beste", 1)]),
    ("Best i kvinneklassa på 10 km var Siri Lie.", [("Best", 1)]),
    ("Best av de norske var Kari Dahl.", []),                          # best of a group
    ("Best av nordmennene var Ola Dahl, som ble nummer 12.", [("nummer 12", 12)]),
    ("Nest best av de trønderske løperne ble Ola Dahl med sin 45. plass.", [("45. plass", 45)]),
    ("Aller best var Per Bø med en delt andreplass.", [("andreplass", 2)]),
    ("Best i klasse 45-49 var Ola Dahl.", []),                         # an age class
    # "var best" with a degree adverb or "også" between
    ("Kari Lid var suverent best av damene i bakkeløpet.", [("best", 1)]),
    ("Ho var suverent best totalt sett med tida 19.30.", [("best", 1)]),
    ("Han var også best på halvmaraton med tida 1.21.40.", [("best", 1)]),
    ("Iselin Moe blir nest beste kvinne på 5 km.", [("nest beste kvinne", 2)]),       # a caption's present tense
    ("Robert Lie blir tredje beste mann på 10 km.", [("tredje beste mann", 3)]),
    ("Ho var òg best i lengde.", [("best", 1)]),
    # the one nearest the winner is second: "Nærmest fulgte X", "X fulgte nærmest"
    ("Nærmest fulgte Kari Holm på 40.58.", [("Nærmest fulgte", 2)]),
    ("Nærmast følgde heimeløparen Eli Lid (2.01,33).", [("Nærmast følgde", 2)]),
    ("Nærmest kom svensken Per Ek, med Ola Dahl på tredjeplass.", [("Nærmest kom", 2), ("tredjeplass", 3)]),
    ("Ola Dahl fra Tjalve fulgte nærmest, mens Per Moe ble nummer tre.", [("nærmest", 2), ("nummer tre", 3)]),
    ("Eli Lid følgde nærast, to sekund bak.", [("nærast", 2)]),
    ("Nærmest Kari Holm kom Eli Dahl.", []),                           # nearest to a named runner
    ("Der ble han nærmest sensasjonelt slått av Ola Dahl.", []),       # "nærmest" = almost
    ("Det var den raskeste tiden noensinne.", []),
    # rankings, career counts, standings, medals fought for
    ("Hun ble rangert som nummer 87 på listen.", []),
    ("Tida gir en åttendeplass på årets europeiske U20-statistikk.", []),
    ("Hun er nå nummer tre i Norge gjennom alle tider.", []),
    ("Ho er nummer fire i verden i år.", []),
    ("Han er på en 6. plass på oversikten over de beste.", []),
    ("Tida holder til andreplass på topp tjue-lista.", []),
    ("Han ble nummer fire i verdenscupen i Oslo.", [("nummer fire", 4)]),          # a race of the cup
    # a medal's place
    ("Hun endte på bronseplassen.", [("bronseplassen", 3)]),
    ("Han fikk tiden 1.11,40 på sølvplass.", [("sølvplass", 2)]),
    ("Ho tok gullplassen i klassen.", [("gullplassen", 1)]),
    ("Han er nummer 15 på verdensstatistikken.", []),
    ("Det var hans maratonløp nummer 200.", []),
    ("Det ble medalje nr. 4 for klubben.", []),
    ("Han ble nummer to sammenlagt.", []),
    ("Sammenlagt ble hun nr. 3.", []),
    ("De sloss om bronsen på oppløpet.", []),
    ("Hun vil kjempe om gullet.", []),
    ("Han har vilje til å kjempe for seier i neste løp.", []),          # an aim, not a result
    ("Jeg gikk for gull fra start.", []),
    ("Nå går hun for medalje i Roma.", []),
    ("Han håpet på gull i stafetten.", []),
    ("Hun jakter seier nummer to i cupen.", []),
    ("Hun kunne juble for seier på 5000 meter.", [("seier", 1)]),     # the result itself
    ("– Det var eit tungt løp, seier Ola Bø til NRK.", []),           # Nynorsk "seier": says
    ("«Eg er nøgd», seier ho etter løpet.", []),
    ("– Herleg! seier trenaren.", []),
    ("Ho tok ein klar seier i finalen.", [("seier", 1)]),
    # how far from a place, no place
    ("Det var over et sekund opp til førsteplassen.", []),
    ("Ho var to sekund frå fjerdeplassen.", []),
    ("Han endte et kvart sekund fra 3.-plassen.", []),
    ("Når du kommer rett bak førsteplassen, er det surt.", []),
    ("Laget tok seg opp til annenplassen på siste etappe.", [("annenplassen", 2)]),
    # winners named together: "A og B ble vinnere", "mestrene heter henholdsvis A og B"
    ("Per Dal og Kari Lie ble klare vinnere i Bymila.", [("vinnere", 1)]),
    ("Norgesmestrene ble Ola Bø og Siri Aas.", [("Norgesmestrene", 1)]),
    ("Vinnarane vart Eli Nes og Tor Hol.", [("Vinnarane", 1)]),
    ("Ingen av vinnerne så noe til konkurrentene.", []),
    ("Det ble de samme vinnerne i år som i fjor.", []),
    # not finishing places
    ("Han lå på tredjeplass etter halvgått løp.", []),
    ("Hun lå lenge på andreplass.", []),
    ("I skrivende stund ligger Lars på fjerdeplass med 14,29.", []),       # a standing while the event goes on
    ("Etter første omgang låg Synne på andreplass.", []),
    ("Foran siste øvelse lå hun på 3. plass.", []),
    ("Han lå bak hele veien, men ble nummer to til slutt.", [("nummer to", 2)]),
    ("Han var nummer fem ved passering.", []),
    ("Hun holdt fjerdeplassen halvveis, men falt tilbake.", []),
    ("Hun passerte Kvarstad på 4. plass og endte på 6. plass.", [("6. plass", 6)]),        # a position at a point on the way
    ("De passerte 30 km som nummer 2 og 3.", []),
    ("Han passerte 100 meter på 55,40 som nummer fire.", []),
    ("Kari ut i tet, Ola ut som nummer fem, 7 sekund bak.", []),                       # out of the range
    ("Ho gjekk ut på andreplass med 20 sekund opp til Lie.", []),                         # into the ski race
    ("Hun passerte målstreken som nummer to.", [("nummer to", 2)]),                    # the finish
    ("Han ble passert av Ola Dahl som vant med tida 16.08.", [("vant", 1)]),
    # the last place on the podium is the third; "den andre pallplassen" the second; "sin andre pallplass" is a count
    ("Kari Moe tok den siste pallplassen.", [("den siste pallplassen", 3)]),
    ("Ola Vik knep siste pall-plassen etter ein spurt.", [("siste pall-plassen", 3)]),
    ("Finske Aino Laine tok den tredje pallplassen.", [("den tredje pallplassen", 3)]),
    ("Han løp inn til sin andre pallplass i årets cup.", []),
    # the winner named only as what another is measured by is no place of the one measured
    ("Ho enda 47,7 sekund bak vinnaren.", []),
    ("Dermed var hun slått med 1.30,7 av vinneren.", []),
    ("Han var 20 sekunder unna vinneren i mål.", []),
    ("Hun var 53,7 sekunder bak den russiske vinneren Olga Ivanova.", [("vinneren", 1)]),
    ("Halvveis i løpet var han på en 41. plass, men han endte på en 30. plass.", [("30. plass", 30)]),
    ("Etter 5 km låg ho som nummer ni.", []),
    ("Underveis var hun nummer tre, og til slutt ble hun nummer to.", [("nummer to", 2)]),
    ("Kampen om seieren sto mellom Kerr og Ingebrigtsen.", []),
    ("Han ble nummer tre i klassen M40.", []),
    ("Han sikret seg sølv i U23-klassen i spyd.", [("sølv", 2)]),       # a medal in an age class: a championship result
    ("Han vant sølv på 200 meter.", [("sølv", 2)]),                     # won silver: the medal is the place
    ("Hun vant to gull i U23-klassen.", [("vant", 1), ("gull", 1)]),
    # a place in one's own age class inside an open race is no place there; a medal or title in it is
    ("Ho enda på ein 5. plassering totalt og vart nummer tre i si klasse.", [("5. plassering", 5)]),
    ("Han kom på 12. plass, og ble nummer 1 i sin aldersklasse.", [("12. plass", 12)]),
    ("Ho vart fjerde i klassa.", []),
    ("Best i kvinneklassa var Kari Lid.", [("Best", 1)]),
    ("Han sikra seg gull i si klasse.", [("gull", 1)]),
    ("Hun ble norgesmester i sin klasse på 800 meter.", [("norgesmester", 1)]),
    # a championship title taken is a win (not a count of titles, not an aim)
    ("Også Kari Lid henta heim KM-tittelen i jenter 14 år.", [("KM-tittelen", 1)]),
    ("Han vant herreklassen og tok NM-tittelen.", [("vant", 1), ("NM-tittelen", 1)]),
    ("Hun sikret seg tittelen i Bergen.", [("tittelen", 1)]),
    ("Han har NM-titler fra 2015 og 2016.", []),
    ("Han er på veien mot sin tredje OL-tittel.", []),
    # the subject after the verb: the medal is the place, not a win
    ("Året etter vann ho sølvmedaljen i VM.", [("sølvmedaljen", 2)]),
    ("I fjor vant hun også bronse på 1500 meter.", [("bronse", 3)]),
    ("Så vant han gullet i Roma.", [("vant", 1), ("gullet", 1)]),
    # the place after the one just told: in the same sentence or the one before
    ("Kari Lid vart nummer to, medan Guro Moe følgde deretter.", [("nummer to", 2), ("følgde deretter", 3)]),
    ("Siri Dahl endte på 11.-plassen. Mari Berg fulgte på plassen bak.", [("11.-plassen", 11), ("fulgte på plassen bak", 12)]),
    ("Løpet ble vunnet av Ola Berg. Rett bak fulgte svenske Per Lind.", [("vunnet av", 1), ("Rett bak fulgte", 2)]),
    ("Han tok sjetteplassen. Eirik Moe fulgte like bak.", [("sjetteplassen", 6), ("fulgte like bak", 7)]),
    ("Eirik Moe fulgte like bak på tredjeplass.", [("tredjeplass", 3)]),      # the place is said
    ("Like bak følger Ola Berg og Per Lind.", []),                          # a standing on the way
    ("Ho vann i fjor. Det var tåke. Kari Moe følgde deretter.", [("vann", 1)]),   # too far from the place told
    ("De to delte andreplassen. Ola Berg fulgte på plassen bak.", [("andreplassen", 2)]),     # after a tie: not known
    # a place in brackets after a mark: "(5.pl)", "(6. pl.)"; bare "(9)" only after a list label and its mark
    ("Etter løpene: 500m: 51.20(5.pl), 1500m: 2:41.10(6. pl.)", [("(5.pl)", 5), ("(6. pl.)", 6)]),
    ("* 60 m: 7,10 (8) * Kule: 14,20 (4)", [("(8)", 8), ("(4)", 4)]),
    ("Hun løp på 54,10 (2) i heatet.", []),
]


@pytest.mark.parametrize("text,places", PLACES)
def test_find_placings(text: str, places: list[tuple[str, int]]) -> None:
    assert [(m.text, m.value) for m in find_placings(text)] == places


# (sentence, the placing, whether it is shared, the athlete it is "bak" or None)
DETAILS = [
    ("Det ble delt 4. plass for Hynne.", "4. plass", True, None),
    ("Hun ble nummer to bak Kipyegon.", "nummer to", False, "Kipyegon"),
    ("Han ble nummer 2 bak Kerr i Paris.", "nummer 2", False, "Kerr"),
    ("Han ble nummer 4 i finalen.", "nummer 4", False, None),
    ("Hun tok sølv på 10 kilometer fristil bak Kari Moe.", "sølv", False, "Kari Moe"),     # the race between
    ("Han tok sølvet bak Ola Berg.", "sølvet", False, "Ola Berg"),
    ("Ho enda på andreplass bak vinnaren Kari Moe.", "andreplass", False, "Kari Moe"),
    ("Han tok bronse på sprinten, to sekunder bak Ola Berg.", "bronse", False, None),    # a gap: not said who was second
]


@pytest.mark.parametrize("text,words,tie,behind", DETAILS)
def test_placing_tie_and_behind(text: str, words: str, tie: bool, behind: str | None) -> None:
    (mention,) = [m for m in find_placings(text) if m.text == words]
    assert mention.info["tie"] is tie
    at = mention.info.get("behind_at")
    assert (text[at:at + len(behind)] if at is not None else None) == behind
