"""Race categories (extractor/categories.py): the class each result's race is for, from the clause that tells
it, from the sentences before it, or from a heading; and the races the classes make.

Tables: WORDS (a category as written -> as a record carries it, its class and its sex), CATEGORIES (a short
report -> the category of one athlete's race), RACES (a report -> its races as (category, athletes)). The
texts are written for these tests in the shapes of real reports (road races with a women's class told
after the men's, youth classes of a championship, "beste kvinne", Bokmål and Nynorsk).
"""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.categories import category_class, category_sex, written

# (as written, as a record carries it, its class, its sex)
WORDS = [
    ("Kvinneklassen", "kvinneklassen", "kvinner", "f"),
    ("herresida", "herresida", "menn", "m"),
    ("damenes", "damenes", "kvinner", "f"),
    ("damene", "kvinner", "kvinner", "f"),          # a group is named by its class
    ("kvinne", "kvinner", "kvinner", "f"),          # "beste kvinne"
    ("gutta", "gutter", "gutter", "m"),
    ("seniorklassen", "seniorklassen", "senior", None),
    ("G-16", "g16", "g16", "m"),
    ("J19-klassa", "j19", "j19", "f"),
    ("K18", "k18", "k18", "f"),
    ("M20-22", "m20-22", "m20-22", "m"),
    ("U-23", "u23", "u23", None),
]


@pytest.mark.parametrize("word,record,cls,sex", WORDS)
def test_category_words(word, record, cls, sex):
    assert written(word) == record
    assert category_class(record) == cls
    assert category_sex(record) == sex


PUBLISHED = "2024-06-01"


def _category(text: str, athlete: str) -> str | None:
    found = [(r.category, x.athlete) for r in extract(text, published=PUBLISHED) for x in r.results]
    assert athlete in [a for _, a in found], found
    return next(c for c, a in found if a == athlete)


# (text, athlete, the category of their race)
CATEGORIES = [
    # a class named in a sentence holds for the sentences after it
    ("Ola Dahl vant 5 km i Bø på 16.08. I dameklassen var det også fart fra start. "
     "Det ble et jevnt løp der Kari Moe vant på 19.11 foran Lise Berg på 19.24.", "Lise Berg", "dameklassen"),
    ("Eva Lund tok seieren i kvinneklassen på 40.35. Nærmest fulgte Tone Vik (40.58) og Siri Aas (44.35).",
     "Siri Aas", "kvinneklassen"),
    ("Eva Lund gjekk inn til bronse i K19 sprint. Klassen vart vunnen av Siri Holm frå Try.", "Siri Holm", "k19"),
    ("I J15-klassa vann Kari Roppen 100 meter på 13,83. Anna Lie vann 200 meteren med 28,71.", "Anna Lie", "j15"),
    ("I seniorklassen vart det 8. plass på Tor Dahl. Bror Nils tok ein 18. plass.", "Tor Dahl", "seniorklassen"),
    # the forms a class is named in
    ("Også blant damene var det stayerevnen som vant. Ida Moe vant 1000 meter på 2.39,78. Eva Lie ble nummer to "
     "på 2.40,72.", "Eva Lie", "kvinner"),
    ("For gutta ble det jevnt på 1000 meter. Ola Berg vant på 2.21,36, og Per Moe ble nummer to på 2.21,40.",
     "Per Moe", "gutter"),
    ("På damenes ti kilometer gikk Kari Lie inn til en 47. plass.", "Kari Lie", "damenes"),
    ("Beste kvinne på 5 km ble Mona Vik på 19.32.", "Mona Vik", "kvinner"),
    ("Simon Lie viste seg fram i M20-22 med ein 9. plass på sprinten i NM i Lillehammer.", "Simon Lie", "m20-22"),
    ("Andrea Berg var best på 60 meter i J12-klassa, medan Siri Holm vann 60 meter i J13-klassa.", "Siri Holm", "j13"),
    ("Nora Lie vant lengde i kvinner seniorklassen med et hopp på 5,29 meter.", "Nora Lie", "kvinner seniorklassen"),
    ("Vinnar var Per Dahl med 19.15, så kom fyrste dame Kari Lie på 20.15.", "Kari Lie", "kvinner"),
    ("Mari Vik kasta spydet til gull i klassen kvinner senior med 47,81 meter.", "Mari Vik", "kvinner senior"),
    ("Norge ble nummer fire i herrestafetten etter en tung siste etappe.", "Norge", "herrestafetten"),
    # a result of the other sex ends a class told before it, and takes none
    ("Eva Lund tok seieren i kvinneklassen på 40.35. Lars Berg vant 5 km på 15.05.", "Lars Berg", None),
    ("På herresida vant Ola Dahl 10 km på 31.10. Det gjorde hun også, Kari Moe, på 36.20.", "Kari Moe", None),
    ("Ola Lie vant 10 km på 31.10, og Marit Dahl vant i kvinneklassen på 35.10.", "Ola Lie", None),
    # a heading line ends a class told in the prose above it
    ("I herreklassen vant Ola Dahl 15 km på 35.10.\n\nTilbake etter skade\n\nKari Berg gikk inn til 12. plass.",
     "Kari Berg", None),
    # a caption takes no class from the prose around it
    ("I dameklassen vant Kari Moe 5 km på 19.11.\n\nArne Lie på vei mot 3. plass. (Foto: arrangøren)\n\n",
     "Arne Lie", None),
    # a masters class is a class inside the open race: none
    ("Bjørn Lie vann klasse M50-54 på 1.20.10.", "Bjørn Lie", None),
    ("Per Dahl ble nummer 13 totalt, men kom på 2.-plass i klasse M35-39.", "Per Dahl", None),
]


@pytest.mark.parametrize("text,athlete,expected", CATEGORIES)
def test_category_of_a_result(text, athlete, expected):
    assert _category(text, athlete) == expected


def _races(text: str) -> set[tuple]:
    return {(r.category, tuple(sorted(x.athlete for x in r.results))) for r in extract(text, published=PUBLISHED)}


# (text, its races as (category, athletes))
RACES = [
    # a result told without a class joins the one class of its race that fits its places and sex
    ("Arne Lie vant 5 km på 16.00. Nest beste mann ble Ola Dahl på 17.22. Beste kvinne på 5 km ble Eva Moe på 21.05.",
     {("menn", ("Arne Lie", "Ola Dahl")), ("kvinner", ("Eva Moe",))}),
    ("Lars Moe vant 5 km på 16.29. Beste kvinne ble Amanda Lie på 19.58. Eva Dahl ble nummer tre på 20.40.",
     {(None, ("Lars Moe",)), ("kvinner", ("Amanda Lie", "Eva Dahl"))}),
    # ... not one whose places it shares, nor one of the other sex
    ("Karsten Berg vant 400 meter hekk på 46,98. I kvinneklassen ble Ida Lie nummer fire på 54,88.",
     {(None, ("Karsten Berg",)), ("kvinneklassen", ("Ida Lie",))}),
    ("Harald Vik vant 10 km på 31.46. Oda Lie tok seieren i kvinneklassen på 40.35.",
     {(None, ("Harald Vik",)), ("kvinneklassen", ("Oda Lie",))}),
    # a men's and a women's winner told without a class: two races by their given names, also alone
    ("Ola Dahl vant 5 km på 15.05. Kari Nilsen vant 5 km på 17.10.", {(None, ("Ola Dahl",)), (None, ("Kari Nilsen",))}),
    # a heading naming sex and age is one class: four lists, four races
    ("Topp 3 kvinner junior, tempo 12 km\n1. Ida Moe, Sandnes SK, 18:10.00\n2. Eva Lie, Gauldal SK, 18:45.00\n"
     "Topp 3 menn junior, tempo 21 km\n1. Per Dahl, Sandnes SK, 27:45.0\n2. Ola Vik, Glåmdal SK, 27:56.0\n",
     {("kvinner junior", ("Eva Lie", "Ida Moe")), ("menn junior", ("Ola Vik", "Per Dahl"))}),
    # the class the lead names is the list's, named more closely under its heading
    ("Emma Berg vant 100 meter for kvinner på 11,94.\n\n100 m kvinner senior\n1. Emma Berg (2002) Molde 11,94\n"
     "2. Sara Lie (2004) Ålesund 12,08\n", {("kvinner senior", ("Emma Berg", "Sara Lie"))}),
    # the class a sentence names and the one a list heading names are one class
    ("Kari Moe vant i kvinneklassen på 800 meter.\n\n800 m kvinner:\n1. Kari Moe 2.05,10\n2. Eva Lie 2.07,30\n",
     {("kvinneklassen", ("Eva Lie", "Kari Moe"))}),
]


@pytest.mark.parametrize("text,expected", RACES)
def test_races_by_category(text, expected):
    assert _races(text) == expected


def test_a_split_by_given_names_is_said():
    races = extract("Ola Dahl vant 5 km på 15.05. Kari Nilsen vant 5 km på 17.10.", published=PUBLISHED)
    assert all(any("split by the winners' given names" in w for w in r.warnings) for r in races)


# (text, athlete, their place): a place in a masters class of an open race is no place in the race (FORMAT)
MASTERS = [
    ("Per Dahl enda på 13.-plass totalt av 120 deltakarar, men kom på 2.-plass i klasse M35-39 år.", "Per Dahl", 13),
    ("Espen Berg vant 50-årsklassen på 19.28.", "Espen Berg", None),
    ("Denne gangen ble det andreplass i 50-årsklassen med 21.14 for Rune Vik.", "Rune Vik", None),
    ("Ola Vik vann M 50–54 år på 1.25.10.", "Ola Vik", None),
    ("Liv Moe vant klasse K 50-54 med 3.05,40.", "Liv Moe", None),
    ("Tor Berg. Tid: 52.16. Plassering M55-59: nr. 1.", "Tor Berg", None),
    ("Arne Dahl ble nummer 14 totalt på maraton og vant selvsagt klassen M60.", "Arne Dahl", 14),
    ("Ola Moe vant klasse M50 i veteran-NM på 12.10.", "Ola Moe", 1),        # the class is the competition
    ("Kari Lie vant 800 meter i K19 på 2.10,22.", "Kari Lie", 1),             # a youth class is its own race
]


@pytest.mark.parametrize("text,athlete,place", MASTERS)
def test_a_masters_class_place_is_no_place(text, athlete, place):
    found = {x.athlete: x.place for r in extract(text, published=PUBLISHED) for x in r.results}
    assert found[athlete] == place
