"""Result tables and lists: rows (place, the row's text) and the names a table's columns give.
Rows written for these tests in the shapes of result pages, local papers and encyclopedia biographies."""
from __future__ import annotations

import pytest

from extractor.layout import layout
from extractor.matchers.athletes import find_athletes
from extractor.matchers.dates import find_dates
from extractor.tables import best_columns_after, in_column_header, lead_name, page_subject, round_label, split_rows, table_athletes, without_birth_dates
from extractor.tokenise import blank


def _sentences(text: str) -> list[tuple[int, int]]:
    nlp = blank("nb")
    if "race_sentences" not in nlp.pipe_names:
        nlp.add_pipe("race_sentences")
    return [(s.start_char, s.end_char) for s in nlp(text).sents]


def _rows(text: str, subject: str | None = None):
    return [r for r in split_rows(text, _sentences(text), layout(text), subject) if r.place is not None or r.occasion]


# (text, [(place, row text stripped, occasion)])
ROWS = [
    ("1. Ida Moe, Tjalve 4.15,02\n2. Siri Dahl, Gular 4.16,80\n",
     [(1, "Ida Moe, Tjalve 4.15,02", None), (2, "Siri Dahl, Gular 4.16,80", None)]),
    ("Kvinner 800 m: 1) Siri Dahl 2.04,11, 2) Kari Lund 2.05,90, 3) Eva Berg 2.06,02.",
     [(1, "Siri Dahl 2.04,11,", None), (2, "Kari Lund 2.05,90,", None), (3, "Eva Berg 2.06,02.", None)]),
    # several rows run together on one line, with a start number before the place
    ("Resultater: 01 1 Ola Berg Lyn 10,81 02 2 Per Lie BUL 10,95",
     [(1, "Ola Berg Lyn 10,81", None), (2, "Per Lie BUL 10,95", None)]),
    # a one-row list after its label: the winner ("300 m hekk: 1) Ola Lie, Norge 33,78")
    ("300 m hekk: 1) Ola Lie, Norge 33,78 (verdensbeste).", [(1, "Ola Lie, Norge 33,78 (verdensbeste).", None)]),
    ("Fakta: Stevnet i Oslo torsdag: Menn, 1000 m: 1) Per Dahl, Sverige 2.17,10. Brøt: Jon Vik.",
     [(1, "Per Dahl, Sverige 2.17,10.", None)]),
    ("B-finalen: 1. Kari Moe, Lyn 12,10", [(1, "Kari Moe, Lyn 12,10", None)]),
    # ... and the lone Norwegian after the winners, under "Øvrig norsk:" as under "Øvrige norske:"
    ("Øvrig norsk: 21) Per Lie 1.46,02.", [(21, "Per Lie 1.46,02.", None)]),
    ("Øvrige norske: 9) Kari Moe 4.05,11", [(9, "Kari Moe 4.05,11", None)]),
    # but not a lone number in prose, nor a place other than the first after a colon
    ("Hun sa det slik: 2) Ola Lie kom for sent.", []),
    # label lists
    ("Gull: Ola Berg, Per Lie", [(1, "Ola Berg", None), (1, "Per Lie", None)]),
    ("Sølv: Kari Lund", [(2, "Kari Lund", None)]),
    ("Vinnarar: Ola Berg, Per Lie", [(1, "Ola Berg", None), (1, "Per Lie", None)]),
    # a biography's medal rows: one row per year, about the page's subject
    ("Gull Slegge 1997, 1999, 2001[4]\n",
     [(1, "1997", "1997"), (1, "1999", "1999"), (1, "2001[4]", "2001")]),
    # a row of one year is a race of its own, that year: an infobox row, or a table row with one year
    ("Bronse Atlanta 1996 Diskos\n", [(3, "Bronse Atlanta 1996 Diskos", "1996")]),
    ("Gull Roma 2009 Kule\nSølv Berlin 2011 Kule\n", [(1, "Gull Roma 2009 Kule", "2009"), (2, "Sølv Berlin 2011 Kule", "2011")]),
    ("Sølv 10 km landeveisløp 1961[3]\n", [(2, "Sølv 10 km landeveisløp 1961[3]", "1961")]),
    # a one-line table under an English heading with a number ("Final 2"): the places that rise the longest,
    # not the heading's number nor a birth day ("18 DEC 1989"); unplaced rows after the last place (place 0)
    ("Women's 800 Metres Final 2 Place Name Birth Date Mark 1. Anna BERG 12.mar.99 SWE 2:01.10 "
     "2. Lisa MOE 18 DEC 1997 NOR 2:01.50 3. Kari DAHL 03.jan.01 NOR 2:02.90 Eva LUND 04.feb.02 DEN DNF",
     [(1, "Anna BERG 12.mar.99 SWE 2:01.10", None), (2, "Lisa MOE 18 DEC 1997 NOR 2:01.50", None),
      (3, "Kari DAHL 03.jan.01 NOR 2:02.90", None), (0, "Eva LUND 04.feb.02 DEN DNF", None)]),
    ("Heat 1 Plass Navn Klubb Tid 1. Ola BERG, Lyn 4.01,10 2. Per LIE, Tjalve 4.02,20 Tor DAHL, Gular DNS Jon MOE, Lyn DNF",
     [(1, "Ola BERG, Lyn 4.01,10", None), (2, "Per LIE, Tjalve 4.02,20", None), (0, "Tor DAHL, Gular DNS", None),
      (0, "Jon MOE, Lyn DNF", None)]),
    # the place, then a start number (and a lane) before the name: the first number is the place
    ("Plass Startnr. Navn Klubb Tid 1 216 Ola Berg Lyn 1:06:36 2 228 Per Lie Tjalve 1:07:02 3 135 Tor Dahl Gular 1:07:05",
     [(1, "Ola Berg Lyn 1:06:36", None), (2, "Per Lie Tjalve 1:07:02", None), (3, "Tor Dahl Gular 1:07:05", None)]),
    ("Rank Stno Lane Name Result 1 36 9 Berg, Ola 4:59.71 2 35 11 Lie, Per 5:00.23",
     [(1, "Berg, Ola 4:59.71", None), (2, "Lie, Per 5:00.23", None)]),
    # a table of one row per line, each opening with its place and a start number: the table's first column is
    # the place, whatever one line alone suggests; a heading line between two classes restarts it at 1
    ("M 40-44 3000 m\n1 166 Ola Berg Lyn 8.56,54\n2 77 Per Lie Gular, IL 8.57,33\n3 175 Tor Dahl Tjalve 9.58,55\n"
     "M 45-49 3000 m\n1 55 Jon Moe Fana 9.40,10\n2 8 Kai Vik BFG Bergen 10.21,32\n",
     [(1, "Ola Berg Lyn 8.56,54", None), (2, "Per Lie Gular, IL 8.57,33", None), (3, "Tor Dahl Tjalve 9.58,55", None),
      (1, "Jon Moe Fana 9.40,10", None), (2, "Kai Vik BFG Bergen 10.21,32", None)]),
    ("Plass:   Startnr: Navn: Klubb: Resultat:\nHeat: 1\n1   221 Ola Berg Lyn 1,51,92 Q\n2   390 Per Lie Gular 1,52,17 Q\n",
     [(1, "Ola Berg Lyn 1,51,92 Q", None), (2, "Per Lie Gular 1,52,17 Q", None)]),
    ("Startnr Namn Klubb Resultat\n1 584 Berg, Ola Lyn 1:51.52\n2 361 Lie, Per Vidar 1:54.81\n",
     [(1, "Berg, Ola Lyn 1:51.52", None), (2, "Lie, Per Vidar 1:54.81", None)]),
    # ... also where every start number is above any place ("1 302 Kari Moe ... 2 325 ...": no 302nd place to read)
    ("1 302 Kari Moe Lyn K40-44 39:57.0 2 325 Eva Berg ÅLESUND K45-49 42:26.0",
     [(1, "Kari Moe Lyn K40-44 39:57.0", None), (2, "Eva Berg ÅLESUND K45-49 42:26.0", None)]),
    # several lists run on in one line, each under its heading after the last row's mark: the heading is a
    # segment of its own (its category and distance), and the next list's places start again at 1
    ("Kvinner 1. Kari Moe Lyn 4.19 min 2. Eva Lie Fana 4.23 min Menn 1. Per Dahl IF Klypen 4.43 min 2. Ola Vik Lyn 4.44 min",
     [(1, "Kari Moe Lyn 4.19 min", None), (2, "Eva Lie Fana 4.23 min", None),
      (1, "Per Dahl IF Klypen 4.43 min", None), (2, "Ola Vik Lyn 4.44 min", None)]),
    ("Resultater: 5 km kvinner 1. Kari Moe t: 29.10 10 km kvinner 1. Eva Lie t: 52.16 5 km menn 1. Per Dahl t: 16.54 "
     "2. Ola Vik t: 20.35",
     [(1, "Kari Moe t: 29.10", None), (1, "Eva Lie t: 52.16", None), (1, "Per Dahl t: 16.54", None),
      (2, "Ola Vik t: 20.35", None)]),
    # a ranking (all-time list): rank, then the mark before the name, and the day it was set: each row is a race
    # of its own, that day (its occasion), and the rank is no place (0)
    ("Nr Res. Utøver Land Dato Sted\n1. 1.42,10 Ola Berg NOR 24. august 1997 Köln\n2. 1.42,50 Per Lie SWE 10. juni 1981 Roma\n",
     [(0, "1.42,10 Ola Berg NOR 24. august 1997 Köln", "24. august 1997"),
      (0, "1.42,50 Per Lie SWE 10. juni 1981 Roma", "10. juni 1981")]),
    ("Plass | Tid | Navn | Land | Dato | Plass |\n1. | 12.40,10 | Ola Berg | Kenya | 14. august 2020 | Monaco |\n",
     [(0, "| 12.40,10 | Ola Berg | Kenya | 14. august 2020 | Monaco |", "14. august 2020")]),
    # a row with an outcome code and no mark has no place: its number is a start number
    ("Rank Stno Name Result 1 36 Berg, Ola 4:59.71 2 35 Lie, Per 5:00.23 39 2 Moe, Jon DNF",
     [(1, "Berg, Ola 4:59.71", None), (2, "Lie, Per 5:00.23", None), (0, "Moe, Jon DNF", None)]),
    # an 800 m's lane with its inside or outside start ("7I", "3E") is a start number too: the place is the first
    ("Pos Lane Bib Athlete 1 7I 8 BERG Anna 1990 2:01.10 2 3E 4 MOE Lisa 1996 2:01.50",
     [(1, "BERG Anna 1990 2:01.10", None), (2, "MOE Lisa 1996 2:01.50", None)]),
    # bare numbers that do not follow one another are lane and bib numbers, not places
    ("Pos Lane Bib Athlete 3 7 8 BERG Anna 1990 2:01.10 1 3 4 MOE Lisa 1996 2:01.50", []),
    # not rows: a date, "nummer 3", a place in prose
    ("Løpet gikk 3. juni i Oslo.", []),
    ("Hun ble nummer 3 Bak henne kom Moe.", []),
]


@pytest.mark.parametrize("text,rows", ROWS)
def test_rows(text: str, rows: list) -> None:
    assert [(r.place, text[r.start:r.end].strip(), r.occasion) for r in _rows(text)] == rows


def test_a_list_run_on_in_the_line_opens_under_its_heading() -> None:
    text = "Kvinner 1. Kari Moe Lyn 4.19 min 2. Eva Lie Fana 4.23 min 10 km menn 1. Per Dahl Lyn 34.43 min"
    rows = split_rows(text, _sentences(text), layout(text))
    assert [(r.place, text[r.start:r.end].strip(), r.header) for r in rows if r.place != 2] == [
        (None, "Kvinner", ""), (1, "Kari Moe Lyn 4.19 min", "Kvinner "), (None, "10 km menn", ""),
        (1, "Per Dahl Lyn 34.43 min", "10 km menn:")]


def test_medal_rows_are_the_page_subjects() -> None:
    text = "Gull Slegge 1997, 1999\n"
    assert {r.subject for r in _rows(text, "Ola Berg")} == {"Ola Berg"}


def _names(text: str) -> list[str]:
    return [a.value for a in table_athletes(text, find_athletes(text), layout(text))]


# (table, the athletes read from it)
NAMES = [
    # "Given SURNAME" with a birth date and a nation code column; the header row is no athlete
    ("Menn 800 m Plass Navn Født Tid 1. Kofi MENSAH 03 MAR 2001 GHA 1:45.20 2. Tom Erik VAAGE 12.jan.99 NOR 1:45.88 "
     "Hans DE BOER 11.feb.00 NED DNF",
     ["Kofi Mensah", "Tom Erik Vaage", "Hans De Boer"]),
    ("Place Name Date Mark\n1. Luis GARCÍA 01.may.98 ESP 8:12.40\n2. Anna-Lena STRÖM 14.jul.97 SWE 8:14.02\n",
     ["Luis García", "Anna-Lena Ström"]),
    # a row's "SURNAME Given" is no header, whatever its given name ("Mark" also names a column)
    ("Plass Land Navn Tid 1 NOR LIE Per 1:44.67 2 IRL ENGLISH Mark 1:44.95", ["Per Lie", "Mark English"]),
    # a nation code after a name written in lower case is no upper-case surname: the name stays whole
    ("1 Ida LUND FIN 3:11.14 2 Kari Moe NOR 3:13.55 3 Eva STRAND SWE 3:13.68\n", ["Ida Lund", "Kari Moe", "Eva Strand"]),
    # a club after the name is no surname: the rows keep the names the matcher reads
    ("1. Kari Lund BFG 12,20\n2. Eva Berg SK Vidar 12,31\n", ["Kari Lund", "Eva Berg"]),
    # a name column written "Surname, Given" after the row's numbers, read "Given Surname"; under a header with a
    # club column the club follows the given names (a known club, else the last word)
    ("Rank Stno Lane Name Result 1 36 9 Berg, Ola 4:59.71 NR 2 35 11 Lie , Per 5:00.23 3 40 2 Moe, Jon Erik 5:01.10",
     ["Ola Berg", "Per Lie", "Jon Erik Moe"]),
    ("Startnr Namn Klubb Resultat\n1 584 Berg, Ola Fana 1:51.52\n2 361 Lie, Per Vidar 1:54.81\n"
     "3 159 Dahl, Kari Anne Tjalve 1:54.90\n4 415 Vik, Tor Arne Bergens TF 1:56.68\n",
     ["Ola Berg", "Per Lie", "Kari Anne Dahl", "Tor Arne Vik"]),
    # a row's name that runs on past the name the prose writes, into words the prose never writes with it: the rest
    # is the row's club; not where the prose writes the longer name too, or uses the next word as a surname
    ("Kari Moe vant på 8.56,54, mens Eva Lie ble nummer to.\n\nKvinner 3000 m\n1 166 Kari Moe Spjelkavik 8.56.54\n"
     "2 77 Eva Lie Gular 8.57.33\n", ["Kari Moe", "Eva Lie", "Kari Moe", "Eva Lie"]),
    ("Eva Lie slo Anne Berg i spurten.\n\nPl Startnr Navn Klubb Tid\n1 628 Eva Lie Sola CK 03:11:18\n"
     "2 554 Anne Berg Craft Rocky Mountain Team 03:13:27\n", ["Eva Lie", "Anne Berg", "Eva Lie", "Anne Berg"]),
    ("Hege Dahl Flesjå vant igjen. Hege Dahl var best.\n\nPl Startnr Navn Klubb Tid\n1 628 Hege Dahl Flesjå Sola CK 03:11:18\n"
     "2 554 Anne Berg Fana 03:13:27\n", ["Hege Dahl Flesjå", "Hege Dahl", "Hege Dahl Flesjå", "Anne Berg"]),
    ("Ole Jakob var best, og unge Solbu løp fort.\n\n1 12 Ole Jakob Solbu Ås IL 1,47,61\n2 13 Per Lie Lyn 1,47,62\n",
     ["Ole Jakob", "Solbu", "Ole Jakob Solbu", "Per Lie"]),
    # a pipe table: the club column holds no athletes
    ("Plass | Utøver | Klubb | Tid |\n---|---|---|---|\nKari Lund | Indre Holm | 12.4 | |\nEva Berg | Tjalve | 12.6 | |\n",
     ["Kari Lund", "Eva Berg"]),
]


@pytest.mark.parametrize("text,names", NAMES)
def test_table_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


# (biography page, the subject's name as the lead writes it)
LEADS = [
    ("Ola Berg\n\nOla Magnus «Olle» Berg (født 1975) er en norsk tidligere sleggekaster fra Bergen som vant NM "
     "fem ganger og deltok i to olympiske leker.\n", "Ola Magnus «Olle» Berg"),
    ("Hopp til innhold\n\nKari Lund\n\nFra Wikipedia, den frie encyklopedi\nFødt2. mai 1980\n"
     "Kari Anne Lund (fødd 2. mai 1980) er ein norsk tidlegare høgdehoppar som vann fleire meisterskap og "
     "deltok i to olympiske leikar.\n", "Kari Anne Lund"),
    # the lead names someone else first: no lead name
    ("Kari Lund\n\nEva Berg (født 1980) er en norsk kulestøter som trente sammen med Kari Lund i mange år "
     "før hun la opp etter sesongen i 2010.\n", None),
]


@pytest.mark.parametrize("page,name", LEADS)
def test_lead_name(page: str, name: str | None) -> None:
    lead = lead_name(page, layout(page))
    assert (lead.value if lead else None) == name


def test_page_subject_is_the_leads_first_full_name() -> None:
    text = ("Ola Berg\n\nOla Magnus Berg (født 1975) er en norsk tidligere sleggekaster som vant flere norgesmesterskap "
            "og deltok i to olympiske leker for klubben sin i Bergen.\n")
    assert page_subject(find_athletes(text), layout(text)) == "Ola Magnus Berg"


# (table text, the round of each row's race)
ROUNDS = [
    ("Men's 1500 Metres Final 2 Place Name Mark 1. Ola BERG 3:40.10", "final 2"),
    ("800 m menn, B-finale: 1) Ola Berg 1.50,10", "finale B"),
    ("Heat 1", "heat 1"),
    ("Heat: 3", "heat 3"),
    ("60 meter menn, finale: 1) Ola Berg, Lyn 6,62", None),      # the final's list: its first row, no run
    ("1500 m gutter, heat 2", "heat 2"),
    ("Resultater 1500 m menn: 1) Ola Berg 3.40,10", None),
    ("Han vant heat 1 i fjor og kom til finalen i Oslo etter en lang sesong.", None),     # prose: no heading line
]


@pytest.mark.parametrize("header,expected", ROUNDS)
def test_round_labels(header: str, expected: str | None) -> None:
    heading_line = "Place" not in header and ":" not in header
    assert round_label(header, heading_line=heading_line) == expected


def test_birth_date_column_is_no_race_date() -> None:
    text = "Resultater 1500 m:\n1. Isak BERG 17.aug.99 NOR 3:29.37\n2. Per LIE 18 DEC 1989 SWE DNF\nLøpt 12. juni 2025\n"
    dates = find_dates(text)
    athletes = table_athletes(text, find_athletes(text), layout(text))
    kept = [d.text for d in without_birth_dates(text, dates, athletes, layout(text))]
    assert kept and all("aug" not in d and "DEC" not in d for d in kept)
    assert any("juni" in d for d in kept)


# A page of pipe tables whose headings were lost: each column header opens a race of its own, whose
# discipline is the one its header or heading names, never one named elsewhere ("(5 km)" in a list of other
# events) nor a column's name ("Lengde", "Høyde" name the mark's column).
PIPE_PAGE = """NM i friidrett 1961
Mesterskapet ble arrangert på Bislett stadion i Oslo.
Andre øvelser:
- Terrengløp – Hamar 5. mai (5 km)
Kvinner
Plass | Utøver | Klubb | Tid |
---|---|---|---|
Kari Berg | IL i BUL | 12.2 | |
Siri Lund | Tjalve | 12.5 |
Plass | Utøver | Klubb | Tid |
---|---|---|---|
Kari Berg | IL i BUL | 25.5 | |
Siri Lund | Tjalve | 26.1 |
Plass | Utøver | Klubb | Lengde |
---|---|---|---|
Eva Moe | Lyn | 12.11 | |
Ane Dahl | Gular | 10.25 |
Plass | Utøver | Klubb | Høyde |
---|---|---|---|
Eva Moe | Lyn | 1.54 | |
Ane Dahl | Gular | 1.51 |
"""


def test_each_column_header_opens_a_race_of_its_own() -> None:
    from extractor import extract
    races = [(r.discipline, sorted((x.athlete, x.mark) for x in r.results)) for r in extract(PIPE_PAGE)]
    assert races == [(None, [("Kari Berg", "12.2"), ("Siri Lund", "12.5")]),
                     (None, [("Kari Berg", "25.5"), ("Siri Lund", "26.1")]),
                     (None, [("Ane Dahl", "10.25"), ("Eva Moe", "12.11")]),
                     (None, [("Ane Dahl", "1.51"), ("Eva Moe", "1.54")])]


# (relay or team list, the (athlete, place, mark) of each result): a row's lineup (three or more names joined by
# commas) runs the team's race; the athlete is the team named before it, and a lineup with no team gives nothing
LINEUPS = [
    ("Lagtempo menn:\n\n1) Sverige 3.36,10 (Ola Berg, Per Lie, Tor Dahl), 2) Norge 3.37,02 (Jon Moe, Kai Vik, "
     "Eirik Lund).",
     [("Norge", 2, "3:37.02"), ("Sverige", 1, "3:36.10")]),
    ("Stafett 4 x 100 m:\n\n1) IK Tjalve 41,20 (Ola Berg, Per Lie, Tor Dahl, Jon Moe), 2) Fana IL 41,95 (Kai Vik, "
     "Eirik Lund, Odd Strand, Geir Holm).",
     [("Fana IL", 2, "41.95"), ("IK Tjalve", 1, "41.20")]),
    ("Slik løp lagene våre i NM:\n\n4 x 100 m menn:\n\n1. Ola Berg, Per Lie, Tor Dahl, Jon Moe\n\n"
     "2. Kai Vik, Eirik Lund, Odd Strand, Geir Holm\n", []),
    # one name and its club is a row of its own, not a lineup
    ("1500 m menn:\n\n1. Ola Berg, Tjalve, 3.45,10\n2. Per Lie, Gular, 3.46,22\n",
     [("Ola Berg", 1, "3:45.10"), ("Per Lie", 2, "3:46.22")]),
]


@pytest.mark.parametrize("text,results", LINEUPS)
def test_a_lineup_runs_its_teams_race(text: str, results: list) -> None:
    from extractor import extract
    assert sorted((x.athlete, x.place, x.mark) for r in extract(text) for x in r.results) == results


# (a table's header, how many mark columns stand after its result column where best-mark columns stand before it)
BEST_COLUMNS = [
    ("Plass: Startnr: Navn: Klubb SB: PB: Resultat:", 0),
    ("Pl Navn Klubb Årsbeste Pers Tid Vind", 0),
    ("Plass Navn PB Resultat SB", 1),
    # the result column first, or no best column: a row's first mark, as in any row
    ("Plass Land Navn Tid Årsbeste Pers", None),
    ("Plass Bane Nat Tid SB PB", None),
    ("Plass Startnr Navn Klubb Tid", None),
]


@pytest.mark.parametrize("header,after", BEST_COLUMNS)
def test_best_columns_after(header: str, after: int | None) -> None:
    assert best_columns_after(header) == after


def test_a_row_under_best_columns_gives_its_result_columns_mark() -> None:
    from extractor import extract
    text = ("Resultater 800 m:\n\nPlass: Startnr: Navn: Klubb SB: PB: Resultat:\n1 12 Ola Berg Lyn 1,54,03 1,52,10 1,55,40\n"
            "2 14 Per Lie Fana 1,56,20 1,56,20 1,56,02\n")
    assert sorted((x.athlete, x.place, x.mark) for r in extract(text) for x in r.results) == [
        ("Ola Berg", 1, "1:55.40"), ("Per Lie", 2, "1:56.02")]


# (text, the flags that are results' flags): a flag word among a header's column words names a column
HEADER_FLAGS = [
    ("Plass Land Navn Tid Årsbeste Pers 1 NOR LIE Per 1:44.67 1:45.06 1:45.06", []),
    ("Plass: Startnr: Navn: Klubb SB: PB: Resultat: 1 54 Ola Berg Lyn 1,54,03 1,54,03 1,55,40", []),
    ("Plass Bane Nat Tid SB PB\n1 7 ISL Anna Dahl 2:03.72 2:03.71 2:00.05", []),
    ("5 242 Ola Berg Lyn 1,59,27 1,59,27 1,58,95 New PB 6 243 Per Lie Fana 2,01,10", ["PB"]),
    ("Tid: 1.45,10 (PB) i Oslo.", ["PB"]),
    ("Hun løp på ny pers og satte SB i Oslo.", ["PB", "SB"]),
]


@pytest.mark.parametrize("text,flags", HEADER_FLAGS)
def test_header_flag_words_are_columns(text: str, flags: list[str]) -> None:
    from extractor.matchers.flags import find_flags
    assert [f.value for f in find_flags(text) if not in_column_header(text, f)] == flags
