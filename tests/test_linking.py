"""Linking, end to end on short texts: which athlete a mark, place, age, nationality or discipline
goes to. One row per phenomenon: (text, athlete, field, expected value).

Texts written for these tests in the style of Norwegian athletics reports.
"""
from __future__ import annotations

import datetime as dt

import pytest

from extractor import extract
from extractor.frames import document_dates
from extractor.linking import spelling_variants
from extractor.matchers.dates import find_dates


def _result(text: str, athlete: str) -> dict:
    """The athlete's result; "Name@MARK" picks the result with that mark when there are several."""
    athlete, _, mark = athlete.partition("@")
    found = [(r.to_dict(), x) for r in extract(text, published="2024-06-01") for x in r.to_dict()["results"]]
    rows = [(race, x) for race, x in found if x["athlete"] == athlete and (not mark or x["mark"] == mark)]
    assert rows, f"no result for {athlete}: {[x['athlete'] for _, x in found]}"
    race, x = rows[0]
    return {**x, "discipline": race["discipline"], "city": race["meet"]["city"], "meet": race["meet"]["name"]}


LINKS = [
    # the sentence subject, not the runner passed or beaten, owns a mark in the next sentence
    ("Nora Wold holdt igjen på første runde. Hun passerte Sara Jensen på oppløpet og tok bronse. "
     "Tiden ble 55,09.", "Nora Wold", "mark", "55.09"),
    # a possessive is no antecedent for "hun"
    ("Nora Wold lot seg ikke stresse av Line Klosters tur i tet. Hun løp inn til 55,09.", "Nora Wold", "mark", "55.09"),
    # "på ny rekord 52,25 sek. foran X": a mark, and X is only the runner-up
    ("Amalie Iuel vant på ny norsk rekord 52,25 sek. foran Line Kloster.", "Amalie Iuel", "mark", "52.25"),
    # a new record is a result, not a reference
    ("Narve Gilje Nordås ble nummer to på 5000 meter med ny personlig rekord på 13.33,39.",
     "Narve Gilje Nordås", "mark", "13:33.39"),
    # a mark implausible in the race in force goes to the discipline where it fits
    ("Sigurd Tveit vant 1500 meter på NM. Fabian Weinberg vant diskos. Han kastet 51,25 meter.",
     "Fabian Weinberg", "discipline", "DT"),
    # a discipline named in a result clause is the race now told
    ("Ingebrigtsen vant 1500 meter fredag. Søndag løp Ingebrigtsen inn til gullet på 3000 meter. "
     "Han kom i mål på 7.48,20.", "Ingebrigtsen@7:48.20", "discipline", "3000m"),
    # the club after a name in a result row is not part of the name
    ("800 meter kvinner:\n1. Frida Thorsås Urædd 2.11,82\n2. Ida Østerås Verdal FIK 2.15,90",
     "Frida Thorsås", "mark", "2:11.82"),
    # "den norske jenta" is the athlete in focus, and Norwegian
    ("Tonje Angelsen klarte 1,81 i høyde. Den norske jenta rev på 1,86.", "Tonje Angelsen", "nationality", "NOR"),
    # a group statement gives every athlete named before it their nationality
    ("Ola Isene kastet 62,10 i diskos. Isene og Isabelle Pedersen er de eneste norske i stevnet.",
     "Ola Isene", "nationality", "NOR"),
    # a flag for a coordinated pair: "begge", or a plural flag word
    ("Espen Lunde løp 5 km på 16.40. Morten Lunde kom inn på 16.45. Espen Lunde og Morten Lunde perset begge.",
     "Espen Lunde", "flags", ["PB"]),
    ("Gunnar Sørkås ble nummer to på 16.20. Daniel Næss ble nummer tre på 16.31. "
     "Nye perser ble det på Gunnar Sørkås og Daniel Næss.", "Daniel Næss", "flags", ["PB"]),
    # medal lists after a paragraph; a list introduced as Norwegian makes every row NOR
    ("Det ble åtte norske medaljer i EM, fordelt slik:\n\nGull: Håvard Ingvaldsen (400 m), Henrik Flåtnes (lengde).\n\n"
     "Bronse: Lotta Flatum (diskos).", "Henrik Flåtnes", "discipline", "LJ"),
    ("Det ble åtte norske medaljer i EM, fordelt slik:\n\nGull: Håvard Ingvaldsen (400 m), Henrik Flåtnes (lengde).\n\n"
     "Bronse: Lotta Flatum (diskos).", "Lotta Flatum", "nationality", "NOR"),
    # the lead's day named again brings back the lead's meet after a digression
    ("Karsten Warholm vant 400 meter hekk i Bislett Games torsdag på 46,52. Verdensrekorden satte han i OL i Tokyo "
     "senere samme år. CJ Allen ble nummer to på 47,58 torsdag.", "CJ Allen", "meet", "Bislett Games"),
    # an age said in the sentence goes to the athlete named in it
    ("Sigurd Dahl vant 800 meter på 1.46,70. Dahl er 24 år og løper for Tjalve.", "Sigurd Dahl", "age", 24),
    ("Henrik Moe hoppet 14,63 i tresteg og ble norsk mester i en alder av 15 år.", "Henrik Moe", "age", 15),
    # a quote paragraph gives no results
    ("Jakob Ingebrigtsen vant 1500 meter på 3.29,70.\n\n– Jeg løp 3.27,10 i fjor og vant lett, sa Ingebrigtsen.",
     "Jakob Ingebrigtsen", "mark", "3:29.70"),
    # passive and "goes to" placings belong to the athlete after them
    ("Femkilometeren ble vunnet av 16 år gamle Anders Nilsen på 15.58.", "Anders Nilsen", "place", 1),
    ("Gullet på 400 meter gjekk til Andreas Tysnes, som sprang på 51,03.", "Andreas Tysnes", "place", 1),
    ("Sølvet tok Ole Hansen, mens bronsen gikk til Martin Hove.", "Martin Hove", "place", 3),
    ("Per Lie vant 400 meter på 52,10. Andremann, Ole Dahl, kom inn på 53,61.", "Ole Dahl", "place", 2),
    ("Kari Berg vant 100 meter på 11,80, foran sølvvinner Line Moe.", "Line Moe", "place", 2),
    ("I jenteklassen ble det storseier til Kari Berg (16.09) i terrengløpet.", "Kari Berg", "place", 1),
    ("Per Lie vant 10 km på 32.10, og nest best vart Ola Dahl med tida 33.04.", "Ola Dahl", "place", 2),
    # "23-åringen" is the athlete said to be 23, not the last one named
    ("Jakob Ingebrigtsen (23) tapte 1500 meter for Cole Hocker. Lørdag svarte 23-åringen. "
     "Han vant 5000 meter på 13.13,66.", "Jakob Ingebrigtsen@13:13.66", "discipline", "5000m"),
    # a result list where only the winner has a time: the rest are gaps, the marks derived from them
    ("Verdenscup langrenn i Ruka lørdag: 15 km klassisk menn: 1) Johannes Klæbo, Norge 33.38,8, "
     "2) Didrik Tønseth, Norge 0.15,3 bak, 3) Iivo Niskanen, Finland 0.17,7.", "Iivo Niskanen", "gap_s", 17.7),
    ("Verdenscup langrenn i Ruka lørdag: 15 km klassisk menn: 1) Johannes Klæbo, Norge 33.38,8, "
     "2) Didrik Tønseth, Norge 0.15,3 bak, 3) Iivo Niskanen, Finland 0.17,7.", "Iivo Niskanen", "flags", ["derived"]),
    ("Verdenscup langrenn i Ruka lørdag: 15 km klassisk menn: 1) Johannes Klæbo, Norge 33.38,8, "
     "2) Didrik Tønseth, Norge 0.15,3 bak, 3) Iivo Niskanen, Finland 0.17,7.", "Didrik Tønseth", "mark", "33:54.1"),
    ("Skøyter, 1500 meter: 1. Thomas Krol 1:42,58\n2. Sverre Lunde Pedersen +0,58", "Sverre Lunde Pedersen", "gap_s", 0.58),
    # a gap to someone else is no gap to the winner
    ("Karsten Warholm vant 400 meter hekk på 46,52. Rai Benjamin ble nummer to, 0,33 bak Allen.", "Rai Benjamin", "gap_s", None),
    # biathlon misses
    ("Skiskytteren Filip Andersen vant sprinten med to bom.", "Filip Andersen", "misses", 2),
    # "vinneren X" names the winner; "den russiske vinneren X" also her nationality
    ("Karoline Erdal havnet 53,7 sekunder bak den russiske vinneren Anastasija Gorejeva i sprinten.",
     "Anastasija Gorejeva", "nationality", "RUS"),
    # winning a season's cup is no race result
    ("Sivert Bakken ble nummer to i sprinten. Bakken vant også jaktstartcupen.", "Sivert Bakken", "place", 2),
    # a home-town descriptor is the athlete in focus
    ("Henrik Christiansen svømte 400 meter fri. Skjetten-gutten ble nummer sju.", "Henrik Christiansen", "place", 7),
    # compound surnames alone are the athlete named in full
    ("Sigrid Nesheim Bø vart nummer to. Nesheim Bø fekk tida 24.55,1 på 10 km fristil i langrenn.",
     "Sigrid Nesheim Bø", "mark", "24:55.1"),
    # relays: in a relay article the teams are the athletes, "Tjalve" is "IK Tjalve", times in minutes
    ("IK Tjalve vant Holmenkollstafetten lørdag. Laget brukte 44.31 og var 17 sekunder foran "
     "Ullensaker/Kisa IL, som ble nummer to. Tjalves sisteløper Peder Nygaard jublet.", "IK Tjalve", "mark", "44:31"),
    ("IK Tjalve vant Holmenkollstafetten lørdag. Laget brukte 44.31 og var 17 sekunder foran "
     "Ullensaker/Kisa IL, som ble nummer to.", "Ullensaker/Kisa IL", "place", 2),
    # a relay sentence in a meet report: the team, not its runner
    ("Ola Hansen vant 100 meter i UM på 10,81. Fana IL med Ola Hansen vant 4x100 meter på 42,10.", "Fana IL", "mark", "42.10"),
    # a relative clause after a passed runner is about that runner
    ("Ane Lie løp 100 meter på 11,74 og var 0,13 sekunder foran Thea Sæle, som ble toer på 11,87.", "Thea Sæle", "place", 2),
    # a sentence that names only a race starts that race: the results after it are in it
    ("Karsten Warholm vann 400 meter hekk i VM på 46,89.\n\nSame kvelden vart det dobbel norsk jubel på 1500 meter. "
     "Josh Kerr vann på 3.29,38.", "Josh Kerr", "discipline", "1500m"),
    # ... but not a comparison ("Som på maratonløpet") or a plan ("stiller med et stafettlag på 4x200m")
    ("Halvmaratonen gikk i sol. Som på maratonløpet var det to favoritter. Marius Vedvik vant halvmaratonen på 1.04.12.",
     "Marius Vedvik", "discipline", "half_marathon"),
    # the headline sums up the body: no results of its own
    ("Warholm til VM-gull – to nordmenn på pallen på 1500 meter\n\nKarsten Warholm vann 400 meter hekk i VM i Budapest i går. "
     "Nordmannen sprang inn til 46,89 i finalen og var klart best frå start til mål heile vegen.", "Karsten Warholm", "discipline", "400mH"),
    # "vart norsk meister" is a win
    ("Torje Heggheim vart norsk meister i tikamp på Stord sundag med 7812 poeng.", "Torje Heggheim", "place", 1),
    # a descriptor is not the runner just beaten; a mark right after a name is that name's
    ("Hos kvinnene vant Ingrid Vik foran svenske Elin Bergqvist på 10 km klassisk i langrenn. 24-åringen var 8,2 sekunder "
     "raskere enn Bergqvist og tok sin første seier.", "Ingrid Vik", "age", 24),
    ("Danielle Williams vant 100 meter hekk på 12,66, foran nigerianske Tobi Amusan (12,73).", "Tobi Amusan", "mark", "12.73"),
    # a place in a plan is not where the race was
    ("Martin Roe satte norsk rekord med 8228 poeng i tikamp i Firenze lørdag. Han skulle egentlig ta stevnet som "
     "oppkjøring til stevnet i Götzis senere i vår, men Roe vant stevnet i Italia.", "Martin Roe", "city", "Firenze"),
    # last year's race is an earlier race: its place is not this race's
    ("I fjorårets sesongåpning i Rabat ble Karsten Warholm skadet. Torsdag vant Warholm 400 meter hekk i Bislett Games på 46,52.",
     "Karsten Warholm", "city", None),
    # a pluperfect tells an earlier race: its venue does not carry to the race now told
    ("Jakob Ingebrigtsen vant 1500 meter i Paris tirsdag. I juli hadde han løpt på 3.26,73 i Monaco. Lørdag vant han 5000 meter på 13.13,66.",
     "Jakob Ingebrigtsen@13:13.66", "city", "Paris"),
    # "fredagens sprint": another day's race told in passing; the next sentence is the race of the lead again
    ("Sivert Lie traff alle skudd og vant jaktstarten i Hochfilzen lørdag.\n\nEtter fredagens sprint, der han ble nummer fem, "
     "startet Lie 21 sekunder bak tyske Felix Brandt. Med feilfri skyting gikk han forbi hele feltet og kom i mål på 31.42,7.",
     "Sivert Lie@31:42.7", "discipline", "pursuit"),
    # an age descriptor in apposition is the name after it; "Den 29 år gamle nordmannen" the athlete in focus
    ("29-åringen Hans Petter Lindgaard tok sølv i spyd med 86,14 meter.", "Hans Petter Lindgaard", "age", 29),
    ("Hans Petter Lindgaard tok sølv i spyd. Den 29 år gamle nordmannen kastet 86,14 meter.", "Hans Petter Lindgaard", "age", 29),
    # a nationality descriptor is not the athlete just named with another nationality
    ("Eliud Kipchoge vant maraton i Berlin søndag. Samme dag løp etiopiske Tigst Assefa raskest blant kvinnene. "
     "Den 38 år gamle kenyaneren løp inn til 2.02,42.", "Eliud Kipchoge", "mark", "2:02:42"),
    # "etter seieren på 1500 meter": an earlier win told in passing; the race of the lead goes on
    ("Jakob Ingebrigtsen (23) vant 5000 meter i EM i Roma onsdag. Nordmannen løp på 13.22,01 og tok sitt andre gull "
     "etter seieren på 1500 meter. Sveitsiske Dominic Lobalu ble nummer to.", "Dominic Lobalu", "discipline", "5000m"),
    # a foreign nationality noun is the athlete the text gave that nationality, even when not the subject
    ("Kristian Berg vant 15 km klassisk i Falun. Finske Joni Mäkelä ble nummer to. Ved 10 kilometer lå Berg på "
     "andreplass, 1,4 sekunder bak finnen.", "Kristian Berg", "nationality", None),
    # "Det holdt til en fjerdeplass": the place of the result just told
    ("Amalie Iuel (30) løp 400 meter hekk på 54,62 i Stockholm søndag. Det holdt til en fjerdeplass. "
     "Femke Bol vant på 52,51.", "Amalie Iuel", "place", 4),
    # ... whatever race the result was given: the place joins it ("Det holdt til 15.-plass", "holdt dette til niendeplass")
    ("Per Lund klarte 5,65 i sitt tredje forsøk. Det holdt til 15.-plass, men var ikke nok til finalen.", "Per Lund", "mark", "5.65"),
    ("Per Lund klarte 5,65 i sitt tredje forsøk. Det holdt til 15.-plass, men var ikke nok til finalen.", "Per Lund@5.65", "place", 15),
    ("I spyd kastet Kari Lie 44,10 meter. Etter tre omganger holdt dette til niendeplass.", "Kari Lie", "place", 9),
    ("Ola Vik hoppet 7,91 i lengde i Bergen. Dermed ga det sølv, to centimeter bak vinneren.", "Ola Vik@7.91", "place", 2),
    ("Ola Berg svømte 800 meter fri på 7.50,10 i VM. Det holdt til en femteplass, men var ny norsk rekord.", "Ola Berg@7:50.10", "flags", ["NR"]),
    ("Ola Berg svømte 800 meter fri på 7.50,10 i VM. Det holdt til en femteplass, men var ny norsk rekord.", "Ola Berg@7:50.10", "place", 5),
    # a ranking's row names its own day: a race of its own, with no meet carried from the prose above it
    ("Per Vik vant 800 meter i EM i Roma lørdag på 1.44,10.\nNr Res. Utøver Land Dato Sted\n"
     "1. 1.41,11 Ola Berg DEN 24. august 1997 Köln\n2. 1.41,73 Kari Dahl GBR 10. juni 1981 Firenze\n", "Ola Berg", "meet", None),
    ("Per Vik vant 800 meter i EM i Roma lørdag på 1.44,10.\nNr Res. Utøver Land Dato Sted\n"
     "1. 1.41,11 Ola Berg DEN 24. august 1997 Köln\n2. 1.41,73 Kari Dahl GBR 10. juni 1981 Firenze\n", "Kari Dahl", "meet", None),
    # a list of one athlete's events, each with its mark and its place in brackets: the place joins the mark's result
    ("Ola Vik tok sølv i sjukamp. Slik gikk øvelsene (plassering i parentes): * 60 m: 7,10 (8) * Kule: 14,20 (4)",
     "Ola Vik@14.20", "place", 4),
    ("Ola Vik tok sølv i sjukamp. Slik gikk øvelsene (plassering i parentes): * 60 m: 7,10 (8) * Kule: 14,20 (4)",
     "Ola Vik@7.10", "place", 8),
    # "vant både A og B": a win in each discipline joined after "både" (not one reached through a clause: "etter å ha dominert både ...")
    ("I stevnet i Bergen vant sprinteren Ola Lie både 100 og 200 meter med 10,45 og 20,90.", "Ola Lie@20.90", "place", 1),
    ("Kari Moe vant både 60 m hekk på 8,90 og diskos med 35,80 i Tyrvinglekene.", "Kari Moe@35.80", "place", 1),
    ("Per Vik vant gull både på 1500 meter og på 800 meter i NM. Han løp 800 meter på 1.52,10.", "Per Vik@1:52.10", "place", 1),
    ("Eva Dahl ble nummer fem både på 50 meter fri og 100 meter fri i NM. Hun svømte 100 meter fri på 58,20.", "Eva Dahl@58.20", "place", 5),
    ("Simen Berg vant sjukamp med 6420 poeng etter å ha dominert både lengde og 60 meter hekk på 7,90.", "Simen Berg@7.90", "place", None),
    # a double given name the article uses alone is the athlete
    ("Astri-Louise deltok i kule og sikra seg gull. Astri-Louise forbetra persen sin til heile 10,35 m.",
     "Astri-Louise", "mark", "10.35"),
    # a home-town descriptor is the athlete from that place
    ("I klassen for jenter 13 år duellerte Anna Solheim, BIL mot Anna S. Bø, Fitjar på 60 meter. "
     "Fitjarjenta klokka inn på tida 8,94, Solheim fekk 8,95.", "Anna S. Bø", "mark", "8.94"),
    # a demonym or agent noun in its definite form opens a sentence: the athlete in focus, no new athlete
    ("Ola Hegge sprang 400 meter hekk i Oslo. Tida var 51,02. Vossingen vann klart foran Per Li.", "Ola Hegge", "place", 1),
    ("I kuleøvinga var Per Lid med. Oppdølingen støytte kula 12,40 og vann.", "Per Lid", "mark", "12.40"),
    ("Kari Nes sprang 800 meter på Jæren. Strandaren vann med 2.10,44.", "Kari Nes", "mark", "2:10.44"),
    ("Anne Dal vant 10 000 meter i Bergen. Canadiaren sette ny rekord med 31.02,11.", "Anne Dal", "mark", "31:02.11"),
    # where a standing record was set (or what an earlier weekend gave) is no venue or meet of the race told
    ("Stevnet i Fanahallen fredag samla mange. Ola Berg sprang 60 meter på 7,12. Innepersen, sett under UM i Sandnes, "
     "var 7,20.", "Ola Berg", "city", "Fanahallen"),
    ("Stevnet i Fanahallen fredag samla mange. Ola Berg sprang 400 meter på 51,02, berre ti hundredelar bak utepersen, "
     "frå UM i Haugesund.", "Ola Berg", "meet", None),
    ("Kari Li tok gull i kule i UM. Ho støytte 11,20. Dette var 5 cm bak persen frå sist helg i Molde.",
     "Kari Li", "city", None),
    ("Ola Berg vant 400 meter hekk i Monaco på 46,90. Han er langt unna verdensrekorden sin fra Tokyo-OL, men fornøyd. "
     "Per Lie ble nummer to.", "Per Lie", "city", "Monaco"),
    ("Kari Li vann 800 meter i Førde på 2.08,10. Det var bak rekorden hennar frå NM i Bergen, men ho var nøgd. "
     "Eli Vik vart nummer to.", "Eli Vik", "meet", None),
    ("Den nye norgesrekorden ble satt under et stevne i Bydgoszcz søndag. Ola Berg løp 1500 meter på 3.31,02.", "Ola Berg", "city", "Bydgoszcz"),
    # "foran nummer to, som ble X" / "føre nummer to, X": the name after has that place, the subject has not
    ("Kari Lid vant 5 km på 19.13. Det var 55 sekunder foran nummer to, som ble Siri Moe fra samme klubb.",
     "Siri Moe", "place", 2),
    ("Ola Berg sprang 10 km på 33.10 og var 11 sekund føre nummer to, Per Li frå Voss.", "Per Li", "place", 2),
    ("Ola Berg sprang 10 km på 33.10 og var 11 sekund føre nummer to, Per Li frå Voss.", "Ola Berg", "place", None),
    # a ground inside a town: the town is the city
    ("Sigurd Tveit (22) vant 800 meter på Rud i Bærum med 1.51,06.", "Sigurd Tveit", "city", "Bærum"),
    # a plural group with a nationality, then the names: each of them
    ("De andre norske deltakerne var Ola Bakken i spyd, og Knut Hegvold og Terje Næss, hhv. nr. 45 og 47 på maraton, "
     "mens Per Li brøt.", "Per Li", "nationality", "NOR"),
    ("Andre nordmenn under VM var Grete Kirkeberg, som ble nummer 16 på maraton.", "Grete Kirkeberg", "nationality", "NOR"),
    ("Dei to svenske løparane var Emil Blomberg og Andreas Almgren, som vart nummer 3 og 6 på 1500 meter.",
     "Andreas Almgren", "nationality", "SWE"),
    ("De andre norske deltakerne var Ola Bakken på 800 meter. Emil Blomberg vant 1500 meter.", "Emil Blomberg", "nationality", None),
    ("De andre løperne var Emil Blomberg, som ble nummer 3 på 1500 meter.", "Emil Blomberg", "nationality", None),
    # a group in apposition: the names joined right after it, not the one after "mens"
    ("Dei to norske løparane Henrik Ingebrigtsen og Filip Ingebrigtsen vart nummer fire og sju på 1500 meter i Zürich, "
     "mens Timothy Cheruiyot vann.", "Filip Ingebrigtsen", "nationality", "NOR"),
    ("Dei to norske løparane Henrik Ingebrigtsen og Filip Ingebrigtsen vart nummer fire og sju på 1500 meter i Zürich, "
     "mens Timothy Cheruiyot vann.", "Timothy Cheruiyot", "nationality", None),
    ("Dei to norske løparane Henrik Ingebrigtsen og Filip Ingebrigtsen vart nummer fire og sju på 1500 meter i Zürich.",
     "Filip Ingebrigtsen", "place", 7),
    # a counted group: as many athletes as counted, those just named, not one of another nation
    ("Jakob Ingebrigtsen vant 5000 meter i EM i Berlin lørdag på 13.17,06. Storebror Henrik Ingebrigtsen ble nummer to, "
     "og dermed sto to norske brødre fra Sandnes sammen på pallen på Olympiastadion.", "Jakob Ingebrigtsen", "nationality", "NOR"),
    ("Britiske Josh Kerr vann 1500 meter i VM på 3.29,38. Jakob Ingebrigtsen tok sølvet på 3.29,65, og Narve Gilje "
     "Nordås fekk bronse.\n\nDermed stod to nordmenn på pallen.", "Narve Gilje Nordås", "nationality", "NOR"),
    ("Britiske Josh Kerr vann 1500 meter i VM på 3.29,38. Jakob Ingebrigtsen tok sølvet på 3.29,65, og Narve Gilje "
     "Nordås fekk bronse.\n\nDermed stod to nordmenn på pallen.", "Josh Kerr", "nationality", "GBR"),
    ("Josh Kerr vann 1500 meter i VM på 3.29,38. Jakob Ingebrigtsen tok sølvet på 3.29,65, og Narve Gilje "
     "Nordås fekk bronse. Det var to nordmenn på pallen.", "Josh Kerr", "nationality", None),        # only the last two
    ("Jakob Ingebrigtsen vant 5000 meter i EM i Berlin lørdag på 13.17,06, og Henrik Ingebrigtsen ble nummer to. "
     "Han har satt to norske rekorder i år.", "Henrik Ingebrigtsen", "nationality", None),           # records are no people
    ("Arne Solli var fornøyd.\n\nSøndag ble det dobbelt norsk på pallen i 3000 meter hinder. Kenyanske Amos Kiprotich "
     "vant på 8.11,54, foran Sindre Hovland og Eirik Aas Tveit, som kom på andre- og tredjeplass.", "Eirik Aas Tveit",
     "nationality", "NOR"),                                                                          # a paragraph telling them next
    ("Arne Solli var fornøyd.\n\nSøndag ble det dobbelt norsk på pallen i 3000 meter hinder. Kenyanske Amos Kiprotich "
     "vant på 8.11,54, foran Sindre Hovland og Eirik Aas Tveit, som kom på andre- og tredjeplass.", "Amos Kiprotich",
     "nationality", "KEN"),
    # a compatriot of the athlete last mentioned whose nationality the text gives
    ("Den kenyanske Eliud Kipchoge vant Berlin Maraton på 2.02,42. Han hadde selskap av landsmannen Vincent Kipkemoi "
     "fram mot 30 kilometer. Kipkemoi ble nummer to på 2.03,13.", "Vincent Kipkemoi", "nationality", "KEN"),
    ("Eliud Kipchoge vant Berlin Maraton på 2.02,42. Han hadde selskap av landsmannen Vincent Kipkemoi "
     "fram mot 30 kilometer. Kipkemoi ble nummer to på 2.03,13.", "Vincent Kipkemoi", "nationality", None),
    # "Samme kveld løp X 400 meter hekk.": a sentence naming who ran what starts that race, results or not
    ("Henriette Jæger vant 400 meter i Ostrava tirsdag på 50,66.\n\nSamme kveld løp Amalie Iuel 400 meter hekk. "
     "Hun ble nummer seks med 55,31.", "Amalie Iuel", "discipline", "400mH"),
    ("Henriette Jæger vant 400 meter i Ostrava tirsdag på 50,66.\n\nAmalie Iuel skal løpe 400 meter hekk på Bislett. "
     "Hun ble nummer seks med 55,31.", "Amalie Iuel", "discipline", "400m"),                  # a plan is no race
    # a ground inside the town named for the race does not replace it; named alone, it is the city
    ("OSLO (NTB): Karsten Warholm vant 400 meter hekk i Bislett Games torsdag på 46,98.\n\nNatalia Kaczmarek vant "
     "400 meter på 49,70, stadionrekord på Bislett.", "Natalia Kaczmarek", "city", "Oslo"),
    ("Natalia Kaczmarek vant 400 meter på Bislett torsdag på 49,70.", "Natalia Kaczmarek", "city", "Bislett"),
    # "ble beste nordmann på 1500 meter": the athlete is Norwegian, and the sentence starts that race
    ("Narve Gilje Nordås vant 800 meter i Bislett Games torsdag på 1.45,10.\n\nJakob Ingebrigtsen ble beste nordmann "
     "på 1500 meter. Han ble nummer tre på 3.29,84.", "Jakob Ingebrigtsen", "nationality", "NOR"),
    ("Narve Gilje Nordås vant 800 meter i Bislett Games torsdag på 1.45,10.\n\nJakob Ingebrigtsen ble beste nordmann "
     "på 1500 meter. Han ble nummer tre på 3.29,84.", "Jakob Ingebrigtsen", "discipline", "1500m"),
    ("Narve Gilje Nordås vant 800 meter i Bislett Games torsdag på 1.45,10. Beste nordmann på 1500 meter var ikke "
     "med.", "Narve Gilje Nordås", "nationality", None),                          # another sentence
    # "Den 21 år gamle norske sprinteren Henriette Jæger": the age over an adjective and a role noun
    ("Natalia Kaczmarek vant 400 meter på Bislett torsdag på 49,70. Den 21 år gamle norske sprinteren Henriette Jæger "
     "ble nummer tre med 50,21.", "Henriette Jæger", "age", 21),
    # "For en uke siden ble X nummer fem på VM-femmila": an earlier race, its meet and venue not carried on
    ("Tord Aasheim vant 50 km fri i verdenscupen i Falun søndag på 2.05.33,1. For en uke siden ble Aasheim nummer fem "
     "i VM i Trondheim.\n\nSimen Krüger ble nummer tre på 2.05.35,0.", "Simen Krüger", "meet", "Verdenscup"),
    # back to the lead's race ("... søndag"): the town, when the headline named a ground in it
    ("Aasheim vant femmila i Holmenkollen\n\nOSLO (NTB): Tord Aasheim vant 50 km fri i verdenscupen i Holmenkollen "
     "søndag på 2.05.33,1.\n\nResultater søndag:\n1) Tord Aasheim, Norge 2.05.33,1\n2) Viktor Engström, Sverige 2.05.33,9\n",
     "Viktor Engström", "city", "Oslo"),
    # "..., men den holdt bare til andreplass": the place of the athlete in focus
    ("Eivind Kolstad Aune gikk 5000 meter på 6.01,37 i verdenscupen i Thialf lørdag. Tiden er ny norsk rekord, men den "
     "holdt bare til andreplass.", "Eivind Kolstad Aune", "place", 2),
    # where a series goes next is no venue or meet of the race told
    ("Ola Holm vant 1500 meter i verdenscupen i Heerenveen søndag på 1.44,51. Verdenscupen fortsetter i Calgary "
     "om tre uker.\n\nResultater 1500 meter:\n1. Ola Holm, Norge 1.44,51\n2. Kai Matsuda, Japan 1.44,77\n",
     "Kai Matsuda", "city", "Heerenveen"),
    # a goal names no race: "Målet er å ta seg ut til innendørs-EM i Apeldoorn"
    ("Ingrid Haugli vant 60 meter på Bærumsstevnet innendørs i Bærum lørdag på 7,21. Målet er å ta seg ut til "
     "innendørs-EM i Apeldoorn i mars.\n\nSondre Skjelbred vant 60 meter hekk på 7,78.", "Sondre Skjelbred", "meet", "Bærumsstevnet"),
    # a sentence opening with its discipline starts that race: "På 3000 meter ble det en spurtkamp mellom A og B."
    ("Sondre Skjelbred vant 60 meter hekk på 7,78.\n\nPå 3000 meter ble det en spurtkamp mellom Eirik Vassbotn og "
     "Simen Aas. Magnus Tvedt ble nummer tre.", "Magnus Tvedt", "discipline", "3000m"),
    # "på Sørmarka i Stavanger" under a race already in Stavanger: the town holds
    ("Vilde Aasen ble norgesmester i terrengløp i Stavanger søndag. NM på Sørmarka i Stavanger ble tøft.\n\n"
     "Aasen vant kvinneklassen på 27.46.", "Vilde Aasen@27:46", "city", "Stavanger"),
    # "Sølvet gjekk til Fjeldstad", "Bronsen tok 19-åringen Jonas Tveit Aasen": the medal goes to the name after it
    ("Markus Rød vann 100 meter i NM på 10,28, tre hundredelar føre Elias Fjeldstad.\n\nSølvet gjekk til Fjeldstad på "
     "10,31. Bronsen tok 19-åringen Jonas Tveit Aasen med 10,39.", "Elias Fjeldstad", "place", 2),
    ("Markus Rød vann 100 meter i NM på 10,28, tre hundredelar føre Elias Fjeldstad.\n\nSølvet gjekk til Fjeldstad på "
     "10,31. Bronsen tok 19-åringen Jonas Tveit Aasen med 10,39.", "Jonas Tveit Aasen", "place", 3),
    ("Turen gikk til Bergen. Ola Dahl vant 100 meter på 10,50.", "Ola Dahl", "city", None),
    # "..., sa 29-åringen": the one speaking is the athlete the article is about, not the last one named
    ("Karsten Warholm vant 400 meter hekk i Monaco fredag på 46,85.\n\nWarholm gikk ut hardt. Amerikaneren Rai Benjamin "
     "kom sterkt, men nådde aldri igjen nordmannen.\n\nBenjamin ble nummer to på 47,12, mens brasilianske Alison dos "
     "Santos tok tredjeplassen med 47,31.\n\n– Jeg er sykt fornøyd, sa 29-åringen til NRK.", "Karsten Warholm", "age", 29),
    # ... and "nordmannen" is not the one the text called American
    ("Karsten Warholm vant 400 meter hekk i Monaco fredag på 46,85.\n\nWarholm gikk ut hardt. Amerikaneren Rai Benjamin "
     "kom sterkt, men nådde aldri igjen nordmannen.\n\nBenjamin ble nummer to på 47,12.", "Karsten Warholm", "nationality", "NOR"),
    # a tie shared by the names joined right before it: "A og B endte på delt 4. plass med 1,74"
    ("I høyde for kvinner vant Mia Sørbø med 1,86. Hanna Lie og Julie Berg endte på delt 4. plass med 1,74.",
     "Hanna Lie", "place", 4),
    ("I høyde for kvinner vant Mia Sørbø med 1,86. Hanna Lie og Julie Berg endte på delt 4. plass med 1,74.",
     "Hanna Lie", "mark", "1.74"),
    ("Mia Sørbø vant høyde med 1,86. Hanna Lie og Julie Berg ble nummer to og tre.", "Hanna Lie", "place", 2),
    # an earlier race's venue ("rekorden på 2.05,48 fra Fukuoka i 2017") is not the city of the race told
    ("I Valencia Marathon søndag ble Magnus Eide nummer 27 på 2.05.41, ny norsk rekord. Dermed er Sondre Moens norske "
     "rekord på 2.05,48 fra Fukuoka i 2017 historie.", "Magnus Eide", "city", "Valencia"),
    ("I Valencia Marathon søndag ble Magnus Eide nummer 27 på 2.05.41.", "Magnus Eide", "meet", "Valencia Marathon"),
    ("Landsmannen Getu Alemayehu ble nummer to på 2.02,49 i Valencia Marathon.", "Getu Alemayehu", "place", 2),
    # "Seieren gikk til etiopiske Getachew Alemu": the winner, a name after "til" all the same
    ("Henrik Ingebrigtsen ble nummer to på 5000 meter under Golden Gala i Roma torsdag. Seieren gikk til etiopiske "
     "Getachew Alemu, som spurtet inn på 12.59,81.", "Getachew Alemu", "place", 1),
    ("Henrik Ingebrigtsen ble nummer to på 5000 meter under Golden Gala i Roma torsdag. Seieren gikk til etiopiske "
     "Getachew Alemu, som spurtet inn på 12.59,81.", "Getachew Alemu", "mark", "12:59.81"),
    # a teaser for another article is not about the athlete in focus
    ("3 HOFMANN Andreas GER 84,09\n- LAAKSO Toni FIN DNS\n\nLes også: Warholm med årsbeste i verden på Bislett\n",
     "Toni Laakso", "flags", ["DNS"]),
    # "Tidligere lørdag": the same day, another race told; not an earlier race with no meet or venue
    ("Sivert Lie vant jaktstarten i verdenscupen i Hochfilzen lørdag. Tidligere lørdag ble Marte Skaug nummer seks "
     "på jaktstarten.", "Marte Skaug", "city", "Hochfilzen"),
    # a city marathon names its city when no venue is given
    ("Sindre Løvlie vann Bergen City Marathon laurdag på 2.24,51.", "Sindre Løvlie", "city", "Bergen"),
    ("Karoline Grøvdal vant Oslo Maraton på 2.31,10 i regnet.", "Karoline Grøvdal", "city", "Oslo"),
    ("Ole Brun vant Trond Mohn Games på 3.45,10.", "Ole Brun", "city", None),
    # coordinated placings go to the athletes named before them, in order
    ("Knut Hegvold og Terje Næss ble henholdsvis nr. 45 og 47 på maraton i VM.", "Terje Næss", "place", 47),
    ("Knut Hegvold og Terje Næss ble nummer 4 og 7 på maraton i VM.", "Knut Hegvold", "place", 4),
    ("Lene Moe og Siri Dahl tok 4. og 7. plass på 5000 meter i EM.", "Siri Dahl", "place", 7),
    ("Amos Kiprotich vant på 8.11,54, foran Sindre Hovland og Eirik Aas Tveit, som kom på andre- og tredjeplass.",
     "Eirik Aas Tveit", "place", 3),
    ("Nye perser ble det for Gunnar Sørkås og Daniel Næss, som kom på andre- og tredjeplass på 5 km.",
     "Daniel Næss", "place", 3),
    ("Av de andre norske løp Ole Brun 200 meter, og Knut Hegvold og Terje Næss ble hhv. nr. 45 og 47 på maraton.",
     "Knut Hegvold", "place", 45),
    # a place that "went" or "slipped" to someone is that one's, also with words and a nationality between
    ("Kari Moe kjempet lenge om pallplass, men tredjeplassen glapp med 0,4 sekunder til amerikanske Jane Doe.",
     "Jane Doe", "place", 3),
    ("Siri Lie gikk på 25.40,2, men andreplassen gikk til slutt til finske Aino Virtanen.", "Aino Virtanen", "place", 2),
    ("Eli Vik leidde lenge. Bronsen gjekk etter ein jamn spurt til svenske Elsa Berg.", "Elsa Berg", "place", 3),
    # ... and one it slipped from has no place there
    ("Kari Moe gikk i mål på 25.40,2, men bronsen glapp med en tidel.", "Kari Moe", "place", None),
    ("Eli Vik gjekk på 31.02,5, men pallplassen rauk på siste runde.", "Eli Vik", "place", None),
    # "X fra Nederland": the country after a name tells whom a later "nederlenderen" is, not the last one named
    ("Jan Krol (26) fra Nederland og Ivan Petrov gikk i samme par. Nederlenderen satte ny banerekord med 1.43,10.",
     "Jan Krol", "mark", "1:43.10"),
    ("Anna Berg frå Sverige og Kari Lie gjekk saman i siste par. Svensken vann på 4.10,22.", "Anna Berg", "place", 1),
    ("Mia Holm fra Finland og Tone Vik sloss om seieren. Finnen vant på 2.01,50.", "Mia Holm", "mark", "2:01.50"),
    # a surname alone after a fronted phrase and a verb of finishing is the subject (V2 inversion)
    ("Ola Dahl startet tidlig. Fire startnummer senere gikk Nordmo i mål på 25.23,9.", "Nordmo", "mark", "25:23.9"),
    ("Til slutt vart Hovde nummer fire på sprinten.", "Hovde", "place", 4),
    ("I mål var Bakken 12 sekunder foran, og tida vart 24.11,0.", "Bakken", "mark", "24:11.0"),
    # "Øvrig norsk:" before one row: the row's place, and Norwegian
    ("Menn, 1500 m: 1) Jan Smit, Nederland 1.42,59, 2) Ola Vik, Norge 1.43,19.\n\nØvrig norsk: 17) Per Lie 1.45,66.",
     "Per Lie", "nationality", "NOR"),
    ("Menn, 1500 m: 1) Jan Smit, Nederland 1.42,59, 2) Ola Vik, Norge 1.43,19.\n\nØvrig norsk: 17) Per Lie 1.45,66.",
     "Per Lie", "place", 17),
    # "den svenske jenta" is the athlete the text called Swedish, not the one named most
    ("Kari Berg vant 10 km klassisk. Kari Berg gikk på 25.23,9. Bare finske Aino Laine holdt følge med Berg, "
     "men den finske jenta var ikke nær nok.", "Kari Berg", "nationality", None),
    ("Lise Dahl ledet hele veien, og Dahl vant. Kun tyske Anna Vogt kunne følge Dahl. Den tyske løperen gikk i mål på 25.42,4.",
     "Anna Vogt", "mark", "25:42.4"),
    ("Siri Moe vann sprinten. Moe var suveren. Berre russiske Olga Ivanova var nær Moe. Den russiske jenta kom i mål på 24.10,5.",
     "Olga Ivanova", "mark", "24:10.5"),
]


@pytest.mark.parametrize("text,athlete,field,expected", LINKS)
def test_linking(text, athlete, field, expected):
    assert _result(text, athlete)[field] == expected


@pytest.mark.parametrize("text, athletes", [
    ("Siri Vik var best av damene i det 40. Fjellrennet. Sekstenåringen vann klatreprisen.", {"Siri Vik"}),
    ("Ola Li vann 10 km i det 12. Bygdeløpet. Vossingen sprang på 34.10.", {"Ola Li"}),
    ("Ola Li vann 10 km i Voss. Per Rønningen var nummer to. Rønningen sprang på 34.10.", {"Ola Li", "Per Rønningen"}),
    ("Rekordforbedringen vart stor. Ola Li sprang 10 km på 34.10.", {"Ola Li"}),
])
def test_descriptor_nouns_and_meet_editions_are_no_athletes(text, athletes):
    found = {x["athlete"] for r in extract(text, published="2024-06-01") for x in r.to_dict()["results"]}
    assert found == athletes


def test_medal_list_in_a_fact_box_gives_one_race_per_medal():
    text = ("Svømmeren Henrik Christiansen ble nummer sju på 400 meter fri.\n\nMeritter:\n\n"
            "VM-sølv 800m fri (2019) EM-bronse 1500m fri (2018)")
    races = {(r.discipline, r.meet_name, x.place) for r in extract(text) for x in r.results if x.athlete == "Henrik Christiansen"}
    assert races == {("400m_free", None, 7), ("800m_free", "VM", 2), ("1500m_free", "EM", 3)}


BIOGRAPHY = """Kari Berg

Kari Berg
Født3. mai 1950
NasjonalitetNorge
Medaljeoversikt
Olympiske leker
Gull Roma 1972 Kulestøt
Verdensmesterskap
Bronse Helsingfors 1976 Kulestøt

Kari Berg (født 3. mai 1950) er en norsk tidligere kulestøter fra Skien. Hun representerte IL Gneist i Bergen.

Medaljer i norske mesterskap
Gull Kule 1970, 1971
Sølv Kule 1969
"""


def test_biography_medal_rows_are_races_of_their_own_with_only_their_own_place():
    races = sorted((r.meet_name, r.meet_city, x.place) for r in extract(BIOGRAPHY) for x in r.results if x.athlete == "Kari Berg")
    assert races == [("NM", None, 1), ("NM", None, 1), ("NM", None, 2), ("OL", "Roma", 1), ("VM", "Helsingfors", 3)]


def test_medal_list_with_a_discipline_and_mark_per_row():
    text = ("FAKTA: Norske medaljer i Paris\nGull: Markus Rooth, tikamp (8796 p)\n"
            "Gull: Jakob Ingebrigtsen, 5000 m (13.13,66)\nSølv: Karsten Warholm, 400 m hekk (47,06)\n")
    races = {(r.discipline, x.athlete, x.place, x.mark) for r in extract(text) for x in r.results}
    assert races == {("decathlon", "Markus Rooth", 1, "8796p"), ("5000m", "Jakob Ingebrigtsen", 1, "13:13.66"),
                     ("400mH", "Karsten Warholm", 2, "47.06")}


TABLE = """Resultater: Bislett Games
Bislett stadion, torsdag 15. juni 2023
Publisert 16. juni 2023

800 m kvinner
Pl. Navn Nasjon Tid Merknad
1 HYNNE Hedda NOR 1;59;63 SB
2 GOULE Natoya JAM 1;59;88
- BELL Alexandra GBR DNF

Spyd menn
Pl. Navn Nasjon Resultat Merknad
1 VADLEJCH Jakub CZE 88,12 SB
2 WEBER Julian GER 86,31
"""


def test_result_table_with_columns():
    """Place, SURNAME Given, IOC code, mark, remarks; '- NAME' rows without a place; the published
    line is metadata, not the race date; a new table starts a new list."""
    rows = {x.athlete: (r.discipline, x.place, x.mark, x.nationality, x.flags, r.date)
            for r in extract(TABLE) for x in r.results}
    assert rows["Hedda Hynne"] == ("800m", 1, "1:59.63", "NOR", ["SB"], "2023-06-15")
    assert rows["Natoya Goule"] == ("800m", 2, "1:59.88", "JAM", [], "2023-06-15")
    assert rows["Alexandra Bell"][1:5] == (None, None, "GBR", ["DNF"])
    assert rows["Julian Weber"][:4] == ("JT", 2, "86.31", "GER")
    assert "Navn Nasjon" not in rows


def test_standings_are_no_race():
    text = ("Verdenscup langrenn i Ruka lørdag: 15 km klassisk menn: 1) Johannes Klæbo, Norge 33.38,8, "
            "2) Didrik Tønseth, Norge 0.15,3 bak. Minitour sammenlagt (etter to av tre renn): 1. Klæbo 35,55.3, "
            "2. Alexander Bolsjunov, 38,3 bak. Øvrige norske: 14) Tønseth, 1,33.")
    results = [(x.athlete, x.place) for r in extract(text) for x in r.results]
    assert sorted(results) == [("Didrik Tønseth", 2), ("Johannes Klæbo", 1)]


LIST_WITH_CATEGORIES = """KM friidrett Trøndelag 2024 – resultater
Trondheim stadion, lørdag 1. juni

Sindre Aune vant 100 meter for menn.

100 m menn senior (vind -0,3)
1. Sindre Aune (2001) Trondheim Friidrett 10,8
2. Magnus Hegstad (1999) Strindheim IL 10,9

100 m kvinner senior (vind +0,5)
1. Ragnhild Moen (2003) Malvik IL 12,1
2. Tuva Lyngstad (2005) Trondheim Friidrett 12,3
"""


def test_an_outcome_label_row_with_a_birth_year_is_the_race_of_its_list():
    text = "1500 m menn senior\n1. Sebastian Tveiten (2001) Molde Olymp 3.52,18\nBrutt: Eivind Rekdal (2002) Ålesund FIK\n"
    assert [(r.discipline, [(x.athlete, x.place, x.flags) for x in r.results]) for r in extract(text)] == [
        ("1500m", [("Sebastian Tveiten", 1, []), ("Eivind Rekdal", None, ["DNF"])])]


# (list, the athletes with the list's outcome): every person an outcome list names, not the first only
OUTCOME_LISTS = [
    ("Menn, 1500 m: 1) Ola Berg, Norge 3.40,10. Brøt: Per Lie, Tor Dahl, Jon Moe. Kvinner, 800 m: 1) Kari Moe 2.03,10.",
     {"Per Lie", "Tor Dahl", "Jon Moe"}),
    ("5000 m: 1) Ola Berg 14.01,22, 2) Per Lie 14.05,10. Brutt: Tor Dahl og Jon Moe.", {"Tor Dahl", "Jon Moe"}),
    ("800 m: 1) Siri Dahl, Gular 2.10,55. Braut: Kari Lund, Eva Berg og Siv Moe.", {"Kari Lund", "Eva Berg", "Siv Moe"}),
    ("400 m: 1) Ola Berg 48,10. Brøt: Per Lie, Norge.", {"Per Lie"}),
    ("60 m: 1) Siri Dahl, Lyn 7,90. Diskvalifisert: Eva Lund, Sandnes Vest og Hinna.", {"Eva Lund"}),        # her club
]


@pytest.mark.parametrize("text,expected", OUTCOME_LISTS)
def test_every_name_of_an_outcome_list_has_its_outcome(text, expected):
    assert {x.athlete for r in extract(text) for x in r.results if {"DNF", "DQ"} & set(x.flags)} == expected


# (text, the indoor value of its race)
INDOOR = [
    ("Stevnet var sesongens første utendørsstevne. Sigurd Tveit vant 1500 meter på 3.45,12.", False),
    ("Sigurd Tveit vant 1500 meter i innendørs-NM på 3.45,12.", True),
    ("Sigurd Tveit vant 1500 meter på 3.45,12.", None),
]


@pytest.mark.parametrize("text,indoor", INDOOR)
def test_indoor_outdoor_or_not_said(text, indoor):
    assert [r.indoor for r in extract(text)] == [indoor]


def test_a_ground_inside_the_town_named_for_the_race_does_not_replace_it():
    text = ("IK Tjalve vant Holmenkollstafetten i Oslo lørdag. Laget brukte 44.31.\n\n"
            "Avgjørelsen falt på ankeretappen inn på Bislett stadion, der Peder Nygaard vant spurten.")
    assert {r.meet_city for r in extract(text)} == {"Oslo"}


def test_a_round_before_the_final_is_a_race_of_its_own():
    text = ("ROMA (VG): Karsten Warholm vant 400 meter hekk i EM onsdag kveld på 47,50.\n\n"
            "I semifinalen mandag løp Warholm på 48,05 uten å presse seg.")
    races = sorted((r.date, [(x.athlete, x.place, x.mark) for x in r.results]) for r in extract(text, published="2024-06-13"))
    assert races == [("2024-06-10", [("Karsten Warholm", None, "48.05")]), ("2024-06-12", [("Karsten Warholm", 1, "47.50")])]
    assert all(not r.warnings for r in extract(text, published="2024-06-13"))


def test_an_editors_correction_repeats_what_the_body_says():
    text = ("Narve Gilje Nordås ble nummer sju på 5000 meter i Roma med 13.08,14.\n\nRettelse: I en tidligere versjon "
            "sto det at Nordås løp på 13.18,14. Riktig tid er 13.08,14.")
    races = extract(text, published="2022-06-10")
    assert [[(x.athlete, x.mark) for x in r.results] for r in races] == [[("Narve Gilje Nordås", "13:08.14")]]


def test_relay_rows_under_a_relay_heading_are_teams():
    text = ("Askerlekene ble arrangert i Asker lørdag.\n\nJenter 15 år, 60 meter: 1) Selma Aas, Heggedal IL 8,01, "
            "2) Maja Solberg, IL Tyrving 8,14.\n\nJenter 15 år, 4x100 meter stafett: 1) Heggedal IL 51,87, "
            "2) IL Tyrving 52,40, 3) Asker SK 53,15.")
    relay = [r for r in extract(text, published="2024-05-27") if r.discipline == "4x100m"]
    assert [[(x.athlete, x.place, x.mark) for x in r.results] for r in relay] == [
        [("Heggedal IL", 1, "51.87"), ("IL Tyrving", 2, "52.40"), ("Asker SK", 3, "53.15")]]


def test_mens_and_womens_races_told_without_a_category_word_are_two_races():
    text = ("Karsten Warholm vant 400 meter hekk i Bislett Games torsdag på 46,98. Brasilianske Alison dos Santos tok "
            "andreplassen på 47,45.\n\nAmalie Iuel endte på femteplass på 400 meter hekk med 54,88. Nederlandske "
            "Femke Bol vant suverent på 52,63.")
    races = [[x.athlete for x in r.results] for r in extract(text, published="2024-05-31")]
    assert races == [["Karsten Warholm", "Alison dos Santos"], ["Femke Bol", "Amalie Iuel"]] or \
        races == [["Karsten Warholm", "Alison dos Santos"], ["Amalie Iuel", "Femke Bol"]]
    one_winner = "Karsten Warholm vant 400 meter hekk på 46,98. Amalie Iuel ble nummer to på 47,45. Femke Bol ble nummer tre."
    assert len(extract(one_winner, published="2024-05-31")) == 1


@pytest.mark.parametrize("heat,races", [
    ("Allerede i forsøket lørdag formiddag løp hun 7,29.", 2),          # a heat: a race of its own
    ("Hun løp 7,29 i det tredje forsøket.", 1),                          # an attempt, not a heat
])
def test_a_heat_is_a_race_of_its_own(heat, races):
    text = f"Ingrid Haugli vant 60 meter på Bærumsstevnet lørdag på 7,21. {heat}"
    assert len(extract(text, published="2025-02-09")) == races


def test_out_in_the_semifinal_is_the_place_in_the_event():
    text = "Kristian Berg gikk sprinten i Falun lørdag. Han røk ut i semifinalen og endte som nummer sju."
    assert [[(x.athlete, x.place) for x in r.results] for r in extract(text)] == [[("Kristian Berg", 7)]]


def test_result_list_by_category():
    """A birth year in a row ("(2001)") is no earlier race: the meet of the title holds; a discipline
    heading naming a category ("100 m kvinner senior") starts a race of its own; the lead's
    "Sindre Aune vant 100 meter" is his row's race, not one more."""
    races = {(r.discipline, r.category, r.meet_name): [(x.athlete, x.place, x.mark) for x in r.results]
             for r in extract(LIST_WITH_CATEGORIES, published="2024-06-03")}
    assert races == {
        ("100m", "menn senior", "KM"): [("Sindre Aune", 1, "10.8"), ("Magnus Hegstad", 2, "10.9")],
        ("100m", "kvinner senior", "KM"): [("Ragnhild Moen", 1, "12.1"), ("Tuva Lyngstad", 2, "12.3")],
    }
    assert all(not r.warnings for r in extract(LIST_WITH_CATEGORIES, published="2024-06-03"))


# (text, the (exact, base) dates it gives when the caller passes no publication date)
DOCUMENT_DATES = [
    ("NORDMARKA TERRENGLØP 2024 – RESULTATER\nFrognerseteren, onsdag 12. juni\n", (None, dt.date(2024, 12, 31))),
    ("Resultater: Bislett Games\nPublisert 16. juni 2023\nHynne vant torsdag.", (dt.date(2023, 6, 16), dt.date(2023, 6, 16))),
    ("Hynne vant 800 meter torsdag.\nHun løp på 1.59,63.", (None, None)),
    ("Hynne vant.\nRekorden fra 2019 sto.", (None, None)),           # a year after the title line is no base
]


@pytest.mark.parametrize("text,expected", DOCUMENT_DATES)
def test_document_dates(text, expected):
    assert document_dates(text, find_dates(text), "nb") == expected


def test_title_year_dates_a_weekday_date():
    text = "NORDMARKA TERRENGLØP 2024 – RESULTATER\nFrognerseteren, onsdag 12. juni\n\nMenn 8 km\n1. Ola Dahl, BUL 26.41\n2. Per Li, Lyn 27.39\n"
    assert {(r.date, r.meet_city) for r in extract(text)} == {("2024-06-12", "Frognerseteren")}


# (full names in text order, later spellings -> the first)
SPELLINGS = [
    (["Marianne Roe", "Mariann Roe"], {"Mariann Roe": "Marianne Roe"}),
    (["Matias Lunde", "Matias Sunde"], {"Matias Sunde": "Matias Lunde"}),
    (["Jakob Ingebrigtsen", "Jakob Ingebritsen"], {"Jakob Ingebritsen": "Jakob Ingebrigtsen"}),
    (["Espen Lunde", "Morten Lunde"], {}),                 # brothers: the given names are far apart
    (["Ola Berg", "Ole Berg"], {}),                        # short words: one letter is another name
    (["Matias Lunde", "Matias Lunde"], {}),
    (["Kari Moen", "Kari Moen Vik"], {}),                  # a longer form is no misspelling
]


@pytest.mark.parametrize("names,expected", SPELLINGS)
def test_spelling_variants(names, expected):
    assert spelling_variants(names) == expected


def test_a_name_written_two_ways_is_one_athlete_with_a_warning():
    text = "Marianne Roe vant 5 km i Bø på 18.01.\n\nMariann Roe vant greit uten å ha ladet opp. (Foto: arrangøren)"
    races = extract(text)
    assert [(x.athlete, x.place, x.mark) for r in races for x in r.results] == [("Marianne Roe", 1, "18:01")]
    assert races[0].warnings == ["name written two ways: 'Mariann Roe' read as 'Marianne Roe'"]
