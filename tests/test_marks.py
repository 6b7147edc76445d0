"""Marks: what kind of number `find_marks` says a numeric run is, and the canonical mark `read_mark`
reads from its digits for a discipline.

The strings were written for these tests in the style of Norwegian athletics reports (not copied
from any corpus); expected values follow the gold conventions (eval/FORMAT.md): gaps, margins,
splits, targets and old records are not marks, marks are canonical ("3.45,34" -> "3:45.34").
"""
from __future__ import annotations

import pytest

from extractor.matchers.disciplines import Discipline, numeric_discipline, plausible_range
from extractor.matchers.marks import find_marks, read_mark, read_shape

M100 = numeric_discipline("100", "meter", None)
M200 = numeric_discipline("200", "meter", None)
M400 = numeric_discipline("400", "meter", None)
M400H = numeric_discipline("400", "meter", "hekk")
M800 = numeric_discipline("800", "meter", None)
M1500 = numeric_discipline("1500", "meter", None)
MILE = numeric_discipline("1609", "meter", None)
M3000SC = numeric_discipline("3000", "meter", "hinder")
M5000 = numeric_discipline("5000", "meter", None)
M10000 = numeric_discipline("10000", "meter", None)
KM5 = numeric_discipline("5", "km", None)
KM10 = numeric_discipline("10", "km", None)
KM20W = numeric_discipline("20", "km", "kappgang")
HALF = numeric_discipline("21,1", "km", None)
MARATHON = numeric_discipline("42,195", "km", None)
FREE200 = numeric_discipline("200", "meter", "fri")
XC = Discipline("xc", None)
HJ, PV, LJ, TJ = Discipline("HJ", None), Discipline("PV", None), Discipline("LJ", None), Discipline("TJ", None)
SP, DT, HT, JT = Discipline("SP", None), Discipline("DT", None), Discipline("HT", None), Discipline("JT", None)
DECATHLON, HEPTATHLON = Discipline("decathlon", None), Discipline("heptathlon", None)


def kind_at(text: str, substring: str) -> str:
    """The kind of the one mention overlapping `substring`, or "absent"."""
    start = text.index(substring)
    end = start + len(substring)
    kinds = [m.kind for m in find_marks(text) if m.start < end and start < m.end]
    assert len(kinds) <= 1, kinds
    return kinds[0] if kinds else "absent"


# (sentence, the number in it, kind of that number)
KINDS = [
    # --- results
    ("Jakob Ingebrigtsen vant 1500 meter på 3.45,34 i Oslo.", "3.45,34", "mark"),
    ("Jakob Ingebrigtsen vant finalen på 3:43,73 i Bergen.", "3:43,73", "mark"),
    ("Han vant finalen på 3:45.34.", "3:45.34", "mark"),
    ("Karsten Warholm løp 46,52 på 400 meter hekk.", "46,52", "mark"),
    ("Grøvdal løp 10 000 meter på 30.41,78 i Roma.", "30.41,78", "mark"),
    ("Hun løp 5000 meter på 14.58,21 og ble nummer to.", "14.58,21", "mark"),
    ("Han noterte 7:52.11 på 3000 meter i Stockholm.", "7:52.11", "mark"),
    ("Tida vart 1;59;63 i finalen.", "1;59;63", "mark"),
    ("Grøvdal vant halvmaraton på 1.12.46,5 i København.", "1.12.46,5", "mark"),
    ("Han løp inn til 2:03:45 i Berlin.", "2:03:45", "mark"),
    ("Han vant på 13.04.85 på Bislett.", "13.04.85", "mark"),
    ("Ho sprang 200 meter på 24,90.", "24,90", "mark"),
    ("Nowicki kastet 88,12 meter i første omgang.", "88,12", "mark"),
    ("Hun hoppet 1,93 meter i høyde.", "1,93", "mark"),
    ("Duplantis hoppet 6,24 og satte ny verdensrekord.", "6,24", "mark"),
    ("Han støtte 21,45 i tredje omgang.", "21,45", "mark"),
    ("Hun hoppet 4,73 i andre forsøk og 4,80 i tredje.", "4,80", "mark"),
    ("Thiam samlet 6791 poeng i sjukampen.", "6791", "mark"),
    ("Warner vant tikampen med 8608 poeng.", "8608", "mark"),
    ("Han løp på to timer, ti minutter og syv sekunder.", "to timer, ti minutter og syv sekunder", "mark"),
    ("Hun fullførte på tre timer, fire minutter og tolv sekunder.", "fire minutter", "mark"),
    ("Han vant hinderløpet på ni minutter og fem sekunder.", "ni minutter og fem sekunder", "mark"),
    ("Han endte på 8608 poeng etter to dager med tikamp.", "8608", "mark"),
    # units glued to the number, a label glued to its colon, a height cleared ("over")
    ("Hun hoppet 1,71m i høyde.", "1,71", "mark"),
    ("Han vant 60 meter på 7,02s i finalen.", "7,02", "mark"),
    ("Kari. Tid:48.12. Plassering: nr. 4.", "48.12", "mark"),
    ("Hun svingte seg over 4,35 i andre forsøk.", "4,35", "mark"),
    ("Ho kom over 1,62 i første forsøk og vann.", "1,62", "mark"),
    ("Han tok seg over 5,40 og ble nummer to.", "5,40", "mark"),
    # a mark, then how it came about ("etter å ...": no gap)
    ("Hun vant 60 meter hekk med 8,51 etter å ha startet dårlig.", "8,51", "mark"),
    ("Han løp inn til 3.41,20 etter å ha ledet hele veien.", "3.41,20", "mark"),
    # --- dates, clock times, scores, temperatures and other numbers that are not marks
    ("Stevnet går av stabelen 12.06.2024 på Bislett.", "12.06.2024", "absent"),
    ("Bislett Games arrangeres 12.6. i år.", "12.6", "date"),
    ("Stevnet går lørdag 8.6. på Bislett.", "8.6", "date"),
    ("Starten går kl. 19.30 torsdag.", "19.30", "clock"),
    ("Løpet startet klokka 20.15 norsk tid.", "20.15", "clock"),
    ("Finalen går klokken 21:05 fredag.", "21:05", "clock"),
    ("Rosenborg vant 2-1 over Molde.", "2-1", "absent"),
    ("Laget vant 3–1 mot Molde i cupen.", "3–1", "absent"),
    ("Det var 28 grader da løpet startet.", "28", "absent"),
    ("Det var 31 grader i skyggen på Stadio Olimpico.", "31", "absent"),
    ("Luftfuktigheten var 80 prosent under maratonløpet.", "80", "absent"),
    ("Stevnet i 2023 var tøft for de norske.", "2023", "absent"),
    ("Han støtte den 7,26 kg tunge kula 15,02.", "7,26", "absent"),          # the implement's weight
    ("Med diskosen på 1,75 kg kastet han 51,20.", "1,75", "absent"),
    # --- gaps: behind or ahead of someone
    ("Hun var +0,58 bak vinneren i mål.", "+0,58", "gap"),
    ("Warholm var 0,26 sekunder bak Benjamin.", "0,26", "gap"),
    ("Hun endte 1,04 sekunder bak svensken.", "1,04", "gap"),
    ("Ned til nærmeste utfordrer skilte det 30,2 sekunder.", "30,2", "gap"),
    ("Han hadde et forsprang på 4,1 sekunder før siste skyting.", "4,1", "gap"),
    ("Avstanden var 12,5 sekunder til Bø.", "12,5", "gap"),
    ("Ho var 0,12 sekund bak.", "0,12", "gap"),
    ("Karl Espeland vart nummer to, 4,30 meter bak.", "4,30", "gap"),                  # a field-event gap in metres
    ("Hun vant lengde med 6,85 meter foran svensken.", "6,85", "mark"),
    ("Hun var 12 hundredeler bak bronsen.", "12", "gap"),
    ("Han kom i mål 4,5 sekunder etter vinneren.", "4,5", "gap"),
    ("Hun kom i mål 1.04 foran nummer to.", "1.04", "gap"),
    ("Tiden hans var 1.12,34 raskere enn i fjor.", "1.12,34", "gap"),
    # --- a mark, then who was beaten ("foran" names the runner-up, the number is no gap)
    ("Hun vant på ny norsk rekord 52,25 sek. foran Line Kloster.", "52,25", "mark"),
    ("Han endte med ny personlig rekord på 13.33,39.", "13.33,39", "mark"),
    ("Da løp han inn til verdensrekord på 46,70.", "46,70", "mark"),
    ("Hun satte ny norsk rekord med 4.01,5.", "4.01,5", "mark"),
    ("Han vant på 13.33,39 foran Zerei Kbrom.", "13.33,39", "mark"),
    ("Han vant med 0,33 sek. foran Zerei Kbrom.", "0,33", "margin"),
    ("Han var 3 sekunder raskere enn i fjor.", "3", "gap"),
    ("Hun var 4 minutter bak etter 20 km.", "4", "gap"),
    # --- winning margins
    ("Ingebrigtsen vant med 1,3 sekunder.", "1,3", "margin"),
    ("Warholm vant med 0,51 sekunder til Benjamin.", "0,51", "margin"),
    ("Ingebrigtsen vant med 2,41 sekunder ned til Kerr.", "2,41", "margin"),
    ("Hun vant med 12 sekunders margin.", "12", "margin"),
    ("Marginen på 0,08 sekunder var den minste i finalen.", "0,08", "margin"),
    pytest.param("Hun vant med 0,04 foran Gebrhiwet.", "0,04", "margin",
                 marks=pytest.mark.xfail(strict=True, reason="'vant med 0,04' without a unit word is read as a mark")),
    # --- intermediate times
    ("Han passerte 800 meter på 1.52 og holdt farten inn.", "1.52", "split"),
    ("Han passerte 3000 meter på 8.05 og hadde fortsatt luke.", "8.05", "split"),
    ("Mellomtiden på halvmaraton var 1:02.15.", "1:02.15", "split"),
    ("Hun åpnet på 57,8 på første runde.", "57,8", "split"),
    ("Ved 5 km var passeringen 14.21.", "14.21", "split"),
    # --- wind readings
    ("Hun hoppet 6,71 (+1,2) i tredje omgang.", "+1,2", "wind"),
    ("Tiden ble 7,02 (+0,4) i andre forsøk.", "+0,4", "wind"),
    pytest.param("Han satte 8,21 (-0,3) i lengde.", "0,3", "wind",
                 marks=pytest.mark.xfail(strict=True, reason="a negative wind '(-0,3)' with a hyphen-minus is read as a mark")),
    pytest.param("Han løp 10,02 i en medvind på 2,4.", "2,4", "wind",
                 marks=pytest.mark.xfail(strict=True, reason="an unsigned wind after 'medvind på' is read as a mark")),
    # --- targets and qualifying standards
    ("Målet er under 3.30 på 1500 meter.", "3.30", "threshold"),
    ("Hun håper på en tid rundt 2.00 i finalen.", "2.00", "threshold"),
    pytest.param("Kravet til EM er 8.15,00 på 3000 meter hinder.", "8.15,00", "threshold",
                 marks=pytest.mark.xfail(strict=True, reason="'kravet til EM er' not seen as a standard: words between 'kravet' and 'er'")),
    ("Kvalifiseringskravet var 13.15,00 på 5000 meter.", "13.15,00", "threshold"),
    ("Han er sekundet bak kvalifiseringstida på 1.50.00.", "1.50.00", "threshold"),
    # laps and passings, and the lists they open
    ("Han åpnet på 23.9 og hadde så rundetidene 26.5, 27.0 og 27.4.", "27.4", "split"),
    ("Passeringstidene var henholdsvis 17:22 og 17:26.", "17:26", "split"),
    ("Hun løp den første runden på 58,82 og vant på 2.03,10.", "58,82", "split"),
    ("Hun løp den første runden på 58,82 og vant på 2.03,10.", "2.03,10", "mark"),
    ("Han avsluttet med en sterk 56,4-runde.", "56,4", "split"),
    ("De fire første rundene hadde gått på mellom 60,4 og 61,2.", "61,2", "split"),
    ("Han løp den siste runden raskt og vant på 3.39,15.", "3.39,15", "mark"),
    # a stretch of the course is no mark
    ("Laget var nummer fire etter den første runden på 25,2 kilometer.", "25,2", "absent"),
    ("Hun brøt etter 4.7 kilometer.", "4.7", "absent"),
    ("Han passerte 400 meter på 52,10 og endte på 1.48,20.", "1.48,20", "mark"),       # the final after a split
    ("Han passerte 400 meter på 52,10 og endte på 1.48,20.", "52,10", "split"),
    ("Ho passerte 800 meter på 2.24 og vann på 4.29,07.", "4.29,07", "mark"),
    ("Ho var bak EM-kravet til meisterskapen i Roma i sommar som ligg på 1.59,50.", "1.59,50", "threshold"),
    ("Han var bak VM-kravet til mesterskapet i Tokyo i år som ligger på 13.01.", "13.01", "threshold"),
    ("EM-kravet, som er 8.15,00, klarte han ikke.", "8.15,00", "threshold"),
    ("Han var godt under U20-kravet som er på 10,45.", "10,45", "threshold"),
    # heights tried and missed
    ("Så rev han to ganger på 5,72.", "5,72", "threshold"),
    ("Hun prøvde seg på 1,95 uten å lykkes.", "1,95", "threshold"),
    ("Deretter forsøkte han seg én gang på 5,85.", "5,85", "threshold"),
    ("Hun passerte 10 km på 31.40 og halvmaraton på 1.07.02.", "1.07.02", "split"),
    ("De passerte halvmaratonmerket sammen på 1.09.30.", "1.09.30", "split"),
    # --- a stretch of the course or a distance named with its article: no number of a result
    ("Hun løp alene de siste 2990 meterne.", "2990", "absent"),
    ("De siste 300 meterne måtte hun ta føringen selv.", "300", "absent"),
    ("Han brukte 36.13 på de 25,2 kilometerne i skogen.", "25,2", "absent"),
    ("Ho sprang dei 10 kilometrane på 33.02.", "33.02", "mark"),
    ("Han vant 1000 meteren på 2.21,40.", "1000", "absent"),
    # --- old records and personal bests named without a race
    ("Persen er 13.28,32 fra i fjor.", "13.28,32", "reference"),
    # the old value told in a relative clause, words between "som" and the verb
    ("Rekorden, som fram til i går var på 15.02,11, ble slått med to sekunder.", "15.02,11", "reference"),
    ("Persen hans, som før helga låg på 1.49,30, vart forbetra.", "1.49,30", "reference"),
    ("Banerekorden som lenge sto på 2.11,40 falt.", "2.11,40", "reference"),
    # ... not a record set now, told in a relative clause
    ("Hun satte ny rekord, som hun løp på 15.02,11.", "15.02,11", "mark"),
    ("Hennes personlige rekord er 4.02,14 fra 2022.", "4.02,14", "reference"),
    ("Den norske rekorden er 3.28,32.", "3.28,32", "reference"),
    ("Han har 46,70 som pers.", "46,70", "reference"),
    ("Han forbedret norgesrekorden fra 8,12 til 8,20.", "8,12", "reference"),
    ("Ho forbetra persen sin frå 12,02 til 11,88 på 100 meter.", "12,02", "reference"),
    ("Ho forbetra sin personlege rekord frå 4,11 m til 4,20 m.", "4,11", "reference"),
    ("Ho forbetra sin personlege rekord frå 4,11 m til 4,20 m.", "4,20", "mark"),
    ("Ho hadde 5,41 som beste resultat før helga.", "5,41", "reference"),
    ("Hans sesongbeste er på 47,90 før mesterskapet.", "47,90", "reference"),
    ("Hun har en årsbeste på 1,91 og en pers på 1,95.", "1,91", "reference"),
    ("Rekorden, som fram til i går var på 8.12,40, røk.", "8.12,40", "reference"),
    # a record just set, told as what it is now: a result
    ("Den nye rekorden er på 47,12.", "47,12", "mark"),
    ("Den nye løyperekorden lyder nå på 2.31.40.", "2.31.40", "mark"),
    ("Den nye klubbrekorden lyder på 2.30,67, tre sekund betre.", "2.30,67", "mark"),
    ("Den gamle rekorden er på 48,01.", "48,01", "reference"),
    ("Han slettet Ola Dahls rekord som var på 3.33,10, satt i Paris.", "3.33,10", "reference"),
    # a best told with "er på" after words about the event; an old record's value in apposition or brackets
    ("Hennes personlige beste på distansen er på 2.03,10.", "2.03,10", "reference"),
    ("Hans sesongbeste i kule var på 19,80 før NM.", "19,80", "reference"),
    ("Den forrige rekorden, 7.41,20, sto i tolv år.", "7.41,20", "reference"),
    ("Tida var langt under Dahls gamle rekord (8.02,11).", "8.02,11", "reference"),
    # ... but a record set here keeps its value, in apposition or in brackets
    ("Hun satte ny norsk rekord, 4.01,50, i Oslo.", "4.01,50", "mark"),
    ("Han løp inn til ny pers, 48,10, i Bergen.", "48,10", "mark"),
    ("I fjor satte han norsk rekord (2.09.11) i Valencia.", "2.09.11", "mark"),
    # a record held, told with "med": no result here, unless the next sentence ties it to its race
    ("Før løpet var det Ola Nes som hadde årsbeste med 13.40,2.", "13.40,2", "reference"),
    ("Hun hadde fra før pers og sesongbeste med 2.01,45.", "2.01,45", "reference"),
    ("Før sesongen hadde han en bestenotering på distansen med 3.38,10.", "3.38,10", "reference"),
    ("Han har rekorden på damesiden med 33.05. Den tiden fikk hun i 2021.", "33.05", "mark"),
    ("Hun har satt pers med 2.01,45 i Oslo.", "2.01,45", "mark"),
    ("Han har nå pers etter at han hoppet 1,95 med god margin.", "1,95", "mark"),
    # by how much a best was bettered ("med"), not the new best ("til")
    ("Ola Moe betra persen i spyd med 5 meter då han vann.", "5", "gap"),
    ("Kari forbedret norgesrekorden med 12 centimeter til 4,71.", "4,71", "mark"),
    ("Ho betra tida si med heile 3,37 sekund på 100 meter fri.", "3,37", "gap"),
    ("Han forbedret persen i kule med 1,10 meter i går.", "1,10", "gap"),
    ("Han forbetra persen til 5,02 i lengde.", "5,02", "mark"),
    ("Han har fortsatt årsbestetida i Europa med sitt 3.31,20-løp fra mai.", "3.31,20", "reference"),
    ("Ola Dahl har hatt rekorden på 10 km med tida 29.40 lenge.", "29.40", "reference"),
    # a best held named with "bestetid": its holder's, no result (but a new one set here is)
    ("Til sammenlikning er bestetiden til Ola Berg på 1,52,10.", "1,52,10", "reference"),
    ("Bestetid i løypa har Kari Moe på 41.20.", "41.20", "reference"),
    ("Hans personlige bestetid var 2.31,10 før sesongen.", "2.31,10", "reference"),
    ("Ny bestetid er 7,61.", "7,61", "mark"),
    ("Han satte ny bestetid på 7,61 i Bergen.", "7,61", "mark"),
    pytest.param("Han har 8,18 i pers fra innendørssesongen.", "8,18", "reference",
                 marks=pytest.mark.xfail(strict=True, reason="'har N i pers' not recognised as a personal best reference")),
]


@pytest.mark.parametrize("text,number,kind", KINDS)
def test_find_marks_kind(text: str, number: str, kind: str) -> None:
    assert kind_at(text, number) == kind


# (digits as written, unit named in the text, discipline, canonical mark or None)
READINGS = [
    # separators: all dots, all commas, colon, mixed, semicolons
    ("3.45.34", None, M1500, "3:45.34"),
    ("3,45,34", None, M1500, "3:45.34"),
    ("3:45.34", None, M1500, "3:45.34"),
    ("3.45,34", None, M1500, "3:45.34"),
    ("3:45,34", None, M1500, "3:45.34"),
    ("1;59;63", None, M800, "1:59.63"),
    ("1:59;63", None, M800, "1:59.63"),
    ("1.43,27", None, M800, "1:43.27"),
    ("3.56,21", None, MILE, "3:56.21"),
    ("8.05,44", None, M3000SC, "8:05.44"),
    ("13.04.85", None, M5000, "13:04.85"),
    # decimals as written
    ("13.32,5", None, M5000, "13:32.5"),
    ("15.02,3", None, M5000, "15:02.3"),
    ("1.46,2", None, M800, "1:46.2"),
    ("27.30,12", None, M10000, "27:30.12"),
    ("46,70", None, M400H, "46.70"),
    ("9,58", None, M100, "9.58"),
    ("19.30", None, M200, "19.30"),
    ("1.56,33", None, FREE200, "1:56.33"),
    # hours or minutes, by the discipline
    ("2.05,48", None, MARATHON, "2:05:48"),
    ("2:19:41", None, MARATHON, "2:19:41"),
    ("2.19.41", None, MARATHON, "2:19:41"),
    ("59.47", None, HALF, "59:47"),
    ("59.47", None, M400, "59.47"),
    ("1.11.17", None, HALF, "1:11:17"),
    ("1.12.46,5", None, HALF, "1:12:46.5"),
    ("1.28.45", None, KM20W, "1:28:45"),
    ("18.39", None, XC, "18:39"),
    ("28.24", None, KM10, "28:24"),
    ("28.24", None, M10000, "28:24"),
    ("14.21", None, KM5, "14:21"),
    ("2.05,48", None, M800, "2:05.48"),
    # field events in metres, combined events in points
    ("5,81", None, PV, "5.81"),
    ("6,24", None, PV, "6.24"),
    ("2,10", None, HJ, "2.10"),
    ("8,21", None, LJ, "8.21"),
    ("17,52", None, TJ, "17.52"),
    ("21,45", None, SP, "21.45"),
    ("70,11", None, DT, "70.11"),
    ("88,12", "distance", JT, "88.12"),
    ("82", "distance", HT, "82"),
    ("8608", "points", DECATHLON, "8608p"),
    ("6791", "points", HEPTATHLON, "6791p"),
    # no discipline: the usual reading
    ("3.45,34", None, None, "3:45.34"),
    ("46,52", None, None, "46.52"),
    # readings impossible in the discipline
    ("12,5", "distance", KM5, None),
    ("9,58", None, MARATHON, None),
    ("3.45,34", None, M100, None),
    ("46,52", None, HJ, None),
    ("5,81", None, M1500, None),
    ("88,12", None, HJ, None),
    ("8608", "distance", DECATHLON, None),
    ("82", None, HT, None),
]


@pytest.mark.parametrize("raw,unit,discipline,canonical", READINGS)
def test_read_mark(raw: str, unit: str | None, discipline: Discipline | None, canonical: str | None) -> None:
    shape = read_shape(raw, unit)
    assert shape is not None
    reading = read_mark(shape, plausible_range(discipline))
    assert (reading.canonical if reading else None) == canonical


# (sentence, the mark in it, discipline, canonical mark): finding and reading together
FOUND_AND_READ = [
    ("Han vant maraton på to timer, ti minutter og syv sekunder.", "to timer", MARATHON, "2:10:07"),
    ("Hun fullførte på tre timer, fire minutter og tolv sekunder.", "tre timer", MARATHON, "3:04:12"),
    ("Han vant hinderløpet på ni minutter og fem sekunder.", "ni minutter", M3000SC, "9:05"),
    ("Nowicki kastet 88,12 meter i første omgang.", "88,12", HT, None),
    ("Nowicki kastet 82,01 meter i første omgang.", "82,01", HT, "82.01"),
    ("Warner vant tikampen med 8608 poeng.", "8608", DECATHLON, "8608p"),
    ("Tida vart 1;59;63 i finalen.", "1;59;63", M800, "1:59.63"),
    ("Med 59.47 var han raskest i halvmaraton.", "59.47", HALF, "59:47"),
    ("Ho sprang maraton på to timar, ti minutt og sju sekund.", "to timar", MARATHON, "2:10:07"),
    ("Hun hoppet 1,71m i høyde.", "1,71", HJ, "1.71"),
]


@pytest.mark.parametrize("text,number,discipline,canonical", FOUND_AND_READ)
def test_found_mark_reads(text: str, number: str, discipline: Discipline, canonical: str | None) -> None:
    start = text.index(number)
    mention = next(m for m in find_marks(text) if m.start <= start < m.end)
    assert mention.kind == "mark"
    reading = read_mark(mention.value, plausible_range(discipline))
    assert (reading.canonical if reading else None) == canonical
