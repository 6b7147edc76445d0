"""Result clauses, end to end through extract(): one row per clause -> the (athlete, place, mark) of
every result it gives, nothing more. Rows are grouped by the form of the clause (winner and
followers, bare ordinals, "nummer N", ordinal compounds, medals, "Vinner ble A", "bak A, som vant",
respectively, ties, passives, marks in brackets, corrections), Bokmål ("nb") and Nynorsk ("nn").

Sentences written for these tests in the shapes real reports use; names invented or public
athletes with invented results.
"""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.matchers.marks import read_mark, read_shape
from extractor.mentions import Mention
from extractor.records import Result, Support

XFAIL = lambda reason: pytest.mark.xfail(strict=True, reason=reason)

CLAUSES = [
    # winner and followers, each follower with the mark or place after its name
    ("nb", "Ida Moe vant 1500 meter på 4.15,02, foran Siri Dahl på 4.16,80.",
     {("Ida Moe", 1, "4:15.02"), ("Siri Dahl", None, "4:16.80")}),
    ("nb", "Even Lie vant 800 meter med 1.47,90, foran Odd Berg med 1.48,22 og Kim Sand med 1.49,01.",
     {("Even Lie", 1, "1:47.90"), ("Odd Berg", None, "1:48.22"), ("Kim Sand", None, "1:49.01")}),
    ("nn", "Kari Nes vann 3000 meter på 9.12,44, framfor Guro Lie på 9.15,03.",
     {("Kari Nes", 1, "9:12.44"), ("Guro Lie", None, "9:15.03")}),
    ("nb", "Faith Kipyegon vant 1500 meter på 3.51,30, foran Gudaf Tsegay på 3.52,61 og Laura Muir på 3.54,00.",
     {("Faith Kipyegon", 1, "3:51.30"), ("Gudaf Tsegay", None, "3:52.61"), ("Laura Muir", None, "3:54.00")}),
    ("nb", "Jakob Ingebrigtsen vant 1500 meter på 3.29,05, foran portugiseren Isaac Nader på 3.30,20.",
     {("Jakob Ingebrigtsen", 1, "3:29.05"), ("Isaac Nader", None, "3:30.20")}),
    ("nb", "Stian Holm vant 5 km på 15.02 foran Erik Dal fra Sverige på 15.09.",
     {("Stian Holm", 1, "15:02"), ("Erik Dal", None, "15:09")}),
    ("nb", "Oda Berg vant 1000 meter på 2.48,10 foran Tiril Aas (Stange IL) på 2.49,55.",
     {("Oda Berg", 1, "2:48.10"), ("Tiril Aas", None, "2:49.55")}),
    ("nb", "Marit Lunde vant 5000 meter på 15.40,11, seks sekunder foran Hanne Sæbø på andreplass.",
     {("Marit Lunde", 1, "15:40.11"), ("Hanne Sæbø", 2, None)}),
    ("nb", "Anders Holm vant 100 meter på 10,45, to hundredeler foran Sondre Lien.", {("Anders Holm", 1, "10.45")}),
    ("nb", "Tora Vik vant 800 meter på 2.04,31 foran Lene Aas (2.05,10) og Maja Strand (2.06,44).",
     {("Tora Vik", 1, "2:04.31"), ("Lene Aas", None, "2:05.10"), ("Maja Strand", None, "2:06.44")}),
    ("nb", "Ola Strand vant med tiden 16.08 foran Per Vik på 16.09 på 5 km.", {("Ola Strand", 1, "16:08"), ("Per Vik", None, "16:09")}),
    ("nn", "Sjur Moe vann 10 km på 33.10 og var to sekund føre Lars Henden over målstreken.", {("Sjur Moe", 1, "33:10")}),

    # bare ordinals after a finishing verb
    ("nb", "Mari Haugen ble tredje på 5000 meter med 16.03,45.", {("Mari Haugen", 3, "16:03.45")}),
    ("nb", "Per Lie endte femte i finalen på 800 meter med 1.49,12.", {("Per Lie", 5, "1:49.12")}),
    ("nn", "Ola Bø vart fjerde på 400 meter med 48,91.", {("Ola Bø", 4, "48.91")}),
    ("nb", "Lise Aune løp 3000 meter hinder og kom i mål som sjuende på 10.01,33.", {("Lise Aune", 7, "10:01.33")}),
    ("nb", "Eirik Moe kom inn som tiende på 10 000 meter.", {("Eirik Moe", 10, None)}),
    ("nb", "Jonas Lie ble andre nordmann i mål på maraton.", set()),

    # "nummer N", "nr. N", also with "bak Y" (Y one place better)
    ("nb", "Jonas Berg endte som nummer sju på 5000 meter med 14.01,20.", {("Jonas Berg", 7, "14:01.20")}),
    ("nb", "Siri Dahl ble nummer to på 1500 meter med 4.16,80, mens Ida Moe vant på 4.15,02.",
     {("Siri Dahl", 2, "4:16.80"), ("Ida Moe", 1, "4:15.02")}),
    ("nb", "Lars Moen ble nummer to bak Geir Aune på 10 000 meter.", {("Lars Moen", 2, None), ("Geir Aune", 1, None)}),

    # ordinal compounds
    ("nb", "Martin Haug løp inn til 4.-plass på 200 meter med 21,34.", {("Martin Haug", 4, "21.34")}),
    ("nb", "Vilde Rø fikk en 11. plass i diskos med 48,20.", {("Vilde Rø", 11, "48.20")}),
    ("nb", "Sander Vik tok andreplassen på 100 meter med 10,52.", {("Sander Vik", 2, "10.52")}),
    ("nb", "Anne Sæther kom på sjetteplass i tresteg med 12,01.", {("Anne Sæther", 6, "12.01")}),
    ("nb", "Det ble en fjerdeplass for Eva Lund på 800 meter, med tiden 2.06,30.", {("Eva Lund", 4, "2:06.30")}),

    # medals
    ("nb", "Helle Dahl tok sølv på 400 meter hekk med 56,88.", {("Helle Dahl", 2, "56.88")}),
    ("nb", "Birk Solberg vant bronse i kule med 17,41.", {("Birk Solberg", 3, "17.41")}),
    ("nn", "Synne Øvre tok gull i høgdehopp med 1,84.", {("Synne Øvre", 1, "1.84")}),
    ("nb", "Sølvet på 800 meter gikk til Daniil Sidorov på 1.46,50.", {("Daniil Sidorov", 2, "1:46.50")}),
    ("nb", "Tredjeplassen på 1500 meter gikk til Siri Dahl, som løp på 4.17,00.", {("Siri Dahl", 3, "4:17.00")}),

    # "Vinner ble A"
    ("nb", "Vinner ble Ingrid Moe på 4.15,02 på 1500 meter.", {("Ingrid Moe", 1, "4:15.02")}),
    ("nn", "Vinnar på 5000 meter vart Ola Bø med 15.03,10.", {("Ola Bø", 1, "15:03.10")}),

    # "B ... bak A, som vant på M"
    ("nb", "Siri Dahl ble nummer to på 1500 meter, ett sekund bak Ida Moe, som vant på 4.15,02.",
     {("Siri Dahl", 2, None), ("Ida Moe", 1, "4:15.02")}),

    # respectively: names in order, placings or marks in the same order
    ("nb", "Siri Dahl og Eva Lund ble henholdsvis nummer to og tre på 1500 meter.", {("Siri Dahl", 2, None), ("Eva Lund", 3, None)}),
    ("nb", "Siri Dahl og Eva Lund løp 1500 meter på henholdsvis 4.16,80 og 4.18,02.",
     {("Siri Dahl", None, "4:16.80"), ("Eva Lund", None, "4:18.02")}),
    ("nn", "Kari Nes og Guro Lie vart høvesvis nummer fire og fem på 800 meter.", {("Kari Nes", 4, None), ("Guro Lie", 5, None)}),
    ("nb", "Mia Lund og Ane Ravn tok henholdsvis sølv og bronse på 200 meter.", {("Mia Lund", 2, None), ("Ane Ravn", 3, None)}),
    ("nb", "Mia Lund og Ane Ravn ble nummer to og tre på 200 meter.", {("Mia Lund", 2, None), ("Ane Ravn", 3, None)}),
    ("nb", "Mia Lund og Ane Ravn kom på andre- og tredjeplass på 200 meter.", {("Mia Lund", 2, None), ("Ane Ravn", 3, None)}),

    # ties: the names joined before a shared placing share it and the mark
    ("nb", "Hanne Vik og Julie Moe delte tredjeplassen i høyde med 1,80.", {("Hanne Vik", 3, "1.80"), ("Julie Moe", 3, "1.80")}),
    ("nb", "Hanne Vik og Julie Moe endte på delt femteplass i høyde.", {("Hanne Vik", 5, None), ("Julie Moe", 5, None)}),

    # passives: the name after "av" is the one placed
    ("nb", "1500 meter ble vunnet av Ida Moe på 4.15,02.", {("Ida Moe", 1, "4:15.02")}),
    ("nn", "Løpet over 800 meter vart vunne av Kari Nes på 2.10,04.", {("Kari Nes", 1, "2:10.04")}),
    ("nb", "Ida Moe ble slått av Siri Dahl på 1500 meter. Dahl vant på 4.14,50.", {("Siri Dahl", 1, "4:14.50")}),

    # a mark in brackets right after a name is that athlete's
    ("nb", "På 1500 meter kom Siri Dahl (4.16,80) og Eva Lund (4.18,11) bak vinneren Ida Moe (4.15,02).",
     {("Siri Dahl", None, "4:16.80"), ("Eva Lund", None, "4:18.11"), ("Ida Moe", 1, "4:15.02")}),

    # corrections: the value the text settles on
    ("nb", "Ida Moe vant 1500 meter på 4.15,02. Tiden ble senere justert til 4.15,20.", {("Ida Moe", 1, "4:15.20")}),
    ("nb", "Henriette Lund vant 400 meter. Hun løp inn på 52,36, som så ble korrigert til 52,35.", {("Henriette Lund", 1, "52.35")}),
]


def _triples(text: str, lang: str) -> set[tuple]:
    return {(x.athlete, x.place, x.mark) for r in extract(text, published="2024-06-01", lang=lang) for x in r.results}


@pytest.mark.parametrize("lang,text,expected", CLAUSES)
def test_clause(lang, text, expected):
    assert _triples(text, lang) == expected


@XFAIL("race splitting by category ('for menn', 'for kvinner') is the race frames' work, not yet landed")
def test_one_discipline_for_men_and_for_women_is_two_races():
    text = "Henrik Dahl vant 1500 meter for menn på 3.38,41. Ingrid Moe vant 1500 meter for kvinner på 4.15,02."
    races = sorted((r.category, [(x.athlete, x.place, x.mark) for x in r.results]) for r in extract(text, published="2024-06-01"))
    assert races == [("kvinner", [("Ingrid Moe", 1, "4:15.02")]), ("menn", [("Henrik Dahl", 1, "3:38.41")])]


_MARK = Mention("mark", 0, 7, "4.15,02", "4.15,02")
_PLACE = Mention("placing", 0, 4, "vant", 1, {"form": "win"})

# (the values given in order: (field, value, support)) -> (value kept, warnings)
CONFLICTS = [
    # of two values the better supported one is kept, whatever the order, and both are named
    ((("mark", "4.15,02", Support.STATED), ("mark", "4.15,20", Support.CORRECTED)),
     ("4:15.20", ["two marks for A in the same race: 4:15.02 and 4:15.20 (kept 4:15.20)"])),
    ((("mark", "4.15,20", Support.CORRECTED), ("mark", "4.15,02", Support.STATED)),
     ("4:15.20", ["two marks for A in the same race: 4:15.20 and 4:15.02 (kept 4:15.20)"])),
    ((("mark", "55,09", Support.INFERRED), ("mark", "55,31", Support.STATED)),
     ("55.31", ["two marks for A in the same race: 55.09 and 55.31 (kept 55.31)"])),
    ((("place", 1, Support.WEAK), ("place", 4, Support.STATED)), (4, ["two places for A: 1 and 4 (kept 4)"])),
    ((("place", 4, Support.STATED), ("place", 1, Support.WEAK)), (4, ["two places for A: 4 and 1 (kept 4)"])),
    # equally supported: the first, with a warning
    ((("place", 2, Support.STATED), ("place", 3, Support.STATED)), (2, ["two places for A: 2 and 3 (kept 2)"])),
    # the same value twice is no conflict
    ((("mark", "4.15,02", Support.INFERRED), ("mark", "4.15,02", Support.STATED)), ("4:15.02", [])),
]


@pytest.mark.parametrize("given,expected", CONFLICTS)
def test_conflicting_values_keep_the_better_supported(given, expected):
    result = Result("A")
    for field, value, support in given:
        if field == "mark":
            result.add_mark(read_mark(read_shape(value), None), _MARK, support)
        else:
            result.add_place(value, _PLACE, support)
    kept = result.mark if given[0][0] == "mark" else result.place
    assert (kept, result.warnings) == expected
