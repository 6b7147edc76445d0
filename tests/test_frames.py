"""Race frames: which race a result belongs to, and when that race was run.

Two tables. RACE_TIME: a sentence -> whether it tells an earlier race (race_time.told_earlier).
FRAMES: a short text -> the frame value one result gets (discipline, meet, city, indoor, date,
category). Texts and names written for these tests in the style of Norwegian reports, Bokmål and
Nynorsk; the published date is Saturday 2024-06-01.
"""
from __future__ import annotations

import datetime as dt

import pytest

from extractor import extract
from extractor.race_time import told_earlier

PUBLISHED = dt.date(2024, 6, 1)

# (sentence, tells an earlier race)
RACE_TIME = [
    # the family of earlier-race cues
    ("Forrige helg vant Ola Berg 5000 meter på 13.55,20.", True),
    ("Førre helg sprang Nils Vik 800 meter på 1.47,90.", True),
    ("Forrige sesong løp hun 1500 meter på 4.05,11.", True),
    ("Sist gang vant Kari Holm på 2.01,10.", True),
    ("Rekorden hans på 7,37 er frå 2005.", True),
    # a championship named with its year is that year's edition ("VM 2017"), earlier unless the year is this one
    ("Hun tok sølv i VM 2017 på 800 meter.", True),
    ("Han vant bronse under kortbane-EM 2015.", True),
    ("Året etter vart ho nummer fire i OL 2016.", True),
    ("Ho vann NM 2024 på 1500 meter.", False),
    # a day of the race told, not a race before it
    ("I finalen tirsdag forrige uke ble det en fjerdeplass på 3.31,20.", False),
    # a round or race earlier the same day is of the meet told
    ("Hun hadde løpt 60 meter på 7,31 i semifinalen tidligere på dagen.", False),
    ("Ho hadde sprunge 60 meter på 7,40 i forsøket tidlegare i dag.", False),
    # a sentence-initial "Da" goes on with the race told
    ("Da Sondre Lie kom i mål på 13.40,12, var seieren sikret.", False),
    ("Da vart det siger for Guro Sæle på 2.04,50.", False),
    # "tidligere" before a title is what someone was, not when the race was
    ("Den tidligere verdensmesteren vant 1500 meter på 3.40,10.", False),
    ("Tidligere skiløper Kari Holm vant 10 km på 34.10.", False),
    # a month of a past year dates the race as the year alone does
    ("Bestetida hennar var 4.10,22 på same bane i oktober 2019.", True),
    ("Han satte rekorden i samme hall i februar 2011.", True),
    ("Den siste konkurransen hans var NM i august 2022.", True),
    ("Ho vann 1500 meter på 4.12,30 i mai 2024.", False),
    # a result told in the past tense in a month other than the article's (no day, no year) was an earlier race
    ("Hun løp inn til 49,95 under et stevne i Sveits i midten av april.", True),
    ("I sesongavslutningen i Falun i mars ble hun nummer tre på 10 km.", True),
    ("Persen på 3.42,88 sette han på Bislett i februar.", True),
    ("Det var i Trondheim i slutten av desember hun vant sist.", True),
    ("Hun løp 800 meter på 2.05,10 i juni.", False),                # the article's month
    ("Ho sprang 100 meter på 12,10 i mai.", True),
    ("Han skal løpe 1500 meter i Berlin i juli.", False),           # a plan, no result told
    ("Han vant 1500 meter på 3.40,10 den 12. mars.", False),        # a day: the dates family tells it
    # where a standing record was set is no earlier race of the sentence that beats it
    ("Ny pers ble 7,61, og den gamle innepersen, satt under UM på Steinkjer i mars 2019, røk med god margin.", False),
    ("På 800 meter sprang hun 2.09,40, to sekund betre enn persen sett under UM i Askim i mars 2020.", False),
]


@pytest.mark.parametrize("sentence,expected", RACE_TIME)
def test_race_time(sentence, expected):
    assert told_earlier(sentence, PUBLISHED) is expected


# Each of EARLIER's cues, as written and in capitals, and their near misses: says_earlier (which looks for a cue
# word first) answers what a search of EARLIER does
EARLIER_CUES = ["i 2019", "i mars 2006", "i fjor", "fjorårets", "fjorårsvinner", "for to år siden", "for tre veker sidan",
                "forrige helg", "førre sesong", "sist gang", "forrige gong", "tidligere", "tidlegare", "tidligere i dag",
                "hadde løpt", "hadde ikke vunnet", "fra 2005", "frå 1999", "VM 2017", "satt i 2012", "stammet fra",
                "i 2019)", "(2019)", "i 2119", "for to dager", "sist helg", "tidligeremester", "hadde tenkt", "OL 1899"]


@pytest.mark.parametrize("cue", EARLIER_CUES)
def test_says_earlier_answers_what_earlier_does(cue):
    from extractor.race_time import EARLIER, says_earlier
    for text in (cue, cue.upper(), f"Hun vant, {cue} og nå.", f"({cue[:3]}"):
        assert says_earlier(text) is (EARLIER.search(text) is not None)
        assert says_earlier(text, 1, len(text) - 1) is (EARLIER.search(text, 1, len(text) - 1) is not None)


def test_says_earlier_answers_what_earlier_does_on_every_corpus_sentence():
    from pathlib import Path
    from extractor.race_time import EARLIER, says_earlier
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            assert says_earlier(line) is (EARLIER.search(line) is not None), line


def _race_of(text: str, athlete: str) -> dict:
    """The race of the athlete's result; "Name@MARK" picks the result with that mark."""
    athlete, _, mark = athlete.partition("@")
    found = [(r.to_dict(), x) for r in extract(text, published=PUBLISHED.isoformat()) for x in r.to_dict()["results"]]
    rows = [(race, x) for race, x in found if x["athlete"] == athlete and (not mark or x["mark"] == mark)]
    assert rows, f"no result for {athlete}: {[x['athlete'] for _, x in found]}"
    race, x = rows[0]
    return {**x, "discipline": race["discipline"], "category": race["category"], "indoor": race["indoor"],
            "date": race["date"], "meet": race["meet"]["name"], "city": race["meet"]["city"],
            "warnings": race["warnings"]}


# (text, athlete or "athlete@mark", field, expected)
FRAMES = [
    # two winners of one discipline: two races, each with the category its clause names
    ("Henrik Dahl vant 1500 meter for menn på 3.38,41. Ingrid Moe vant 1500 meter for kvinner på 4.15,02.",
     "Henrik Dahl", "category", "menn"),
    ("Henrik Dahl vant 1500 meter for menn på 3.38,41. Ingrid Moe vant 1500 meter for kvinner på 4.15,02.",
     "Ingrid Moe", "category", "kvinner"),
    ("Siri Dahl vant 200 meter i kvinneklassen på 24,10, og Tor Berg vant i herreklassen på 21,50.",
     "Tor Berg", "category", "herreklassen"),
    ("Kari Lie vann 800 meter i G15 på 2.01,33. Ola Vik vann 800 meter i G16 på 1.59,10.", "Ola Vik", "category", "g16"),
    # a side named in a sentence is that sentence's category, not every later race's
    ("På kvinnesiden vant Eli Dahl 60 meter hekk på 8,31. Samme kveld vant Ola Hauge 60 meter hekk for menn på 7,80.",
     "Ola Hauge", "category", "menn"),
    # a flag told after the clause that named the category stays with its result
    ("Tobias Lie løp 800 meter på 1.59,47 og ble toer i G17. Det er ny personlig rekord.", "Tobias Lie", "flags", ["PB"]),
    ("Ida Holm vant 60 meter hekk for kvinner på 8,09, som er ny mesterskapsrekord.", "Ida Holm", "flags", ["MR"]),
    # ... and without a category word: one race, with a warning
    ("Ola Dahl vant 1500 meter på 3.38,41. Per Moe vant 1500 meter på 3.40,02.", "Per Moe", "warnings",
     ["two winners in one race (no category tells them apart): Ola Dahl, Per Moe"]),
    # an earlier race takes no date from the race told
    ("Forrige helg vant Ola Berg 5000 meter på Bislett på 13.55,20. Lørdag løp han 3000 meter i Stockholm på 7.58,31.",
     "Ola Berg@13:55.20", "date", None),
    ("Sondre Vik vann 1500 meter i Førde laurdag på 3.50,10. Førre helg sprang han 800 meter i Voss på 1.52,33.",
     "Sondre Vik@1:52.33", "date", None),
    # "Da ..." and "den tidligere verdensmesteren" go on with the race told
    ("Tor Lie vant 800 meter i Bergen lørdag. Da Ola Moe kom i mål på 1.50,12, ble han nummer to.",
     "Ola Moe", "city", "Bergen"),
    ("Tor Lie vant 800 meter i Bergen lørdag. Den tidligere verdensmesteren Ola Moe ble nummer to på 1.50,12.",
     "Ola Moe", "city", "Bergen"),
    # a discipline named only in passing after the lead is no race's discipline by default
    ("Ola Berg hadde en god dag på stevnet i Bergen lørdag, der mange unge utøvere fikk vist seg fram for et stort "
     "publikum.\n\nDet var fint vær.\n\nTreneren Per Vik har tidligere trent mange i spyd.\n\nOla Berg ble nummer tre.", "Ola Berg", "discipline", None),
    ("Spyd\n\nOla Berg hadde en god dag på stevnet i Bergen lørdag, der mange unge utøvere fikk vist seg fram for et "
     "stort publikum.\n\nOla Berg ble nummer tre.", "Ola Berg", "discipline", "JT"),
    # ... the paragraph after the lead still names the article's discipline
    ("Ola Berg hadde en god dag på stevnet i Bergen lørdag, der mange unge utøvere fikk vist seg fram for et stort "
     "publikum.\n\nOla Berg var på forhånd regnet som den store favoritten på 800 meter.\n\nTor Dahl ble nummer tre.", "Tor Dahl", "discipline", "800m"),
    # a biathlon or ski report may name its race only late, with the definite noun; not another day's
    ("Kari Moe skjøt fullt i begge seriene og ble nummer to i verdenscupen i Östersund, bare sju sekunder bak vinneren fra Frankrike.\n\nDet var hennes beste resultat i vinter.\n\nTreneren var likevel fornøyd med skytingen på sprinten.",
     "Kari Moe", "discipline", "sprint"),
    ("Kari Moe skjøt fullt i begge seriene og ble nummer to i verdenscupen i Östersund, bare sju sekunder bak vinneren fra Frankrike.\n\nDet var hennes beste resultat i vinter.\n\nHun var godt forberedt foran jaktstarten.",
     "Kari Moe", "discipline", "pursuit"),
    ("Ola Dahl ble nummer fem i norgescupen på Gålå fredag, over ett minutt bak vinneren, og var ikke fornøyd med formen sin.\n\nDet var tungt føre.\n\nHan gjør et nytt forsøk på sprinten samme sted lørdag.",
     "Ola Dahl", "discipline", None),
    # indoor per race: said in the race's own sentence, else in force since the last one that said it
    ("Mari Lund vant høyde med 1,85 på innendørsstevnet i Bærum. I sommer hoppet hun 1,88 utendørs i Oslo.",
     "Mari Lund@1.88", "indoor", False),
    ("Per Vik vann 60 meter innandørs i Bergen på 6,88. Laurdag sprang han 100 meter utandørs i Florø på 10,71.",
     "Per Vik@10.71", "indoor", False),
    # an earlier race is indoors only where its own words say so, not because the article is about an indoor race
    ("Mari Lund vant 60 meter på 7,31 på innendørsstevnet i Bærum. I fjor løp hun 100 meter på 11,60 i Oslo.",
     "Mari Lund@11.60", "indoor", None),
    ("Per Vik vann 60 meter på 6,88 på innandørsstemnet i Bergen. I 2019 sprang han 100 meter på 10,71 i Florø.",
     "Per Vik@10.71", "indoor", None),
    ("Ida Holm vant 1500 meter på 4.10,20 i Oslo. I fjor løp hun 1500 meter innendørs i Bergen på 4.12,00.",
     "Ida Holm@4:12.00", "indoor", True),
    # a career told year by year: an indoor word in a dated sentence is that race's, not the article's
    ("Kari Lund vann høgde i NM i 2011 med 1,85. Vinteren 2012 hoppa ho 1,88 innandørs i Bergen. Den 30. juni 2013 hoppa ho 1,91 i Roma.",
     "Kari Lund@1.91", "indoor", None),
    ("Ida Holm ble nummer to i VM i Tokyo i 1991. I februar 1992 vant hun EM innendørs med 1,94. Den 12. august 1993 hoppet hun 1,96 i Stuttgart.",
     "Ida Holm@1.96", "indoor", None),
    ("Ida Holm ble nummer to i VM i Tokyo i 1991. I februar 1992 vant hun EM innendørs med 1,94. Den 12. august 1993 hoppet hun 1,96 i Stuttgart.",
     "Ida Holm@1.94", "indoor", True),
    # ... an undated indoor word still makes the article's races indoor
    ("Per Vik sprang 60 meter på 6,91 innandørs. Kari Lid vann 800 meter på 2.15,02.", "Kari Lid", "indoor", True),
    # ... but not a season, a best held or a plan: they tell no race of the article indoors
    ("Kari Lid vann 1500 meter på 4.20,11 i Florø. – Eg mista heile innandørssesongen, sa ho.", "Kari Lid", "indoor", None),
    ("Ola Berg vant 5 km på 14.02 i Paris. Vi er i rute til innendørssesongen, sa han.", "Ola Berg", "indoor", None),
    ("Per Vik vant 1500 meter på 3.36,10 i Roma. Jonas Dahl har fortsatt årsbeste med sitt 3.31,20-løp innendørs.",
     "Per Vik", "indoor", None),
    ("Mari Lund vant kule med 17,10 i Oslo. Persen hennes på 17,40 er satt innendørs.", "Mari Lund", "indoor", None),
    ("Ida Holm vant 800 meter på 2.04,10 i Bergen. Neste helg skal hun løpe innendørs-NM.", "Ida Holm", "indoor", None),
    # ... a season's race told, and new records set indoors, still are
    ("Ola Dahl åpnet innendørssesongens første stevne med 6,91 på 60 meter.", "Ola Dahl", "indoor", True),
    ("Kari Lid sprang 60 meter på 7,81. Ho sette tre nye personlege rekordar innandørs.", "Kari Lid", "indoor", True),
    # an indoor meet's name makes its own race indoor, not the other race of the sentence
    ("Kari Lund vann NM i Bergen med 1,90. I 1991 tok ho sølv i VM i Tokyo med 1,98, og vinteren 1992 enda ho på tredjeplass ved innandørs-EM med 1,94.", "Kari Lund@1.98", "indoor", None),
    # a relative clause about an earlier race gives nothing to the race the sentence tells
    ("Erik Sand, som vant NM i 2019, ble nummer to på 800 meter i Trondheim på 1.48,12.", "Erik Sand@1:48.12", "meet", None),
    ("Erik Sand, som vant NM i 2019, ble nummer to på 800 meter i Trondheim på 1.48,12.", "Erik Sand@1:48.12", "city", "Trondheim"),
    ("Kari Vik, som vann NM i fjor, vart nummer tre på 1500 meter i Førde på 4.20,11.", "Kari Vik@4:20.11", "place", 3),
    # what remains of the season is planned: it gives the race told neither meet nor venue
    ("Ida Moe vant 400 meter i Oslo på 51,64. Nå er det bare NM og et løp i Berlin igjen.", "Ida Moe", "meet", None),
    ("Ola Berg vann 1500 meter på 3.40,11 i Florø. Berre NM i Bergen står att før sesongen er over.", "Ola Berg", "meet", None),
    ("Siri Dahl vant 800 meter på 2.03,10 i Oslo. Hovedmesterskapet gjenstår med EM i Roma.", "Siri Dahl", "meet", None),
    # a series one takes part in, a programme an event is part of, is no race run ("er med i", "har vært med i")
    ("Ola Dahl vann 10 km på 34.10. Han er sjølv med i Vårkarusellen og likar lokale løp.", "Ola Dahl", "meet", None),
    ("Kari Lid vant 3000 meter på 9.20,11. Øvelsen er ikke med i VM innendørs.", "Kari Lid", "meet", None),
    ("Per Vik vant 10 000 meter på 29.10,05. Distansen har vært med i OL siden 1912.", "Per Vik", "meet", None),
    # ... but one took part in is ("var med i NM og tok sølv")
    ("Kari Lid var med i NM og tok sølv på 800 meter.", "Kari Lid", "meet", "NM"),
    # the meet of a qualifying standard is no race run
    ("Kari Moe vant 800 meter på 2.03,10 i Bergen, under kravet til sommerens EM.", "Kari Moe", "meet", None),
    ("Ola Dahl hoppet 2,21 på Jessheim, og klarte dermed A-kravet til VM 2025.", "Ola Dahl", "meet", None),
    ("Per Vik sprang 100 meter på 10,61 i Førde og gjekk under kravet for junior-NM.", "Per Vik", "meet", None),
    # a race set beside the one told ("Til sammenligning ...", u111, u074, a20) gives it neither meet nor venue, and keeps its own
    ("Til sammenligning løp Kari Dahl 4.05,10 under Bislett Games. Ida Moe vant 1500 meter på 4.10,22.", "Ida Moe", "meet", None),
    ("Ida Moe vann 1500 meter på 4.10,22. Til samanlikning sprang Kari Dahl 800 meter på 2.01,10 på Bislett. Siri Vik vart nummer to.",
     "Siri Vik", "city", None),
    ("Ida Moe vant 1500 meter på 4.10,22. Til sammenlikning løp Kari Dahl 4.05,10 under Bislett Games.",
     "Kari Dahl", "meet", "Bislett Games"),
    # where a title was won is another race's meet and venue (u137, u284, u032, u069)
    ("Bronsevinneren fra Tokyo-OL, Kari Lid, vant 400 meter hekk på 54,10.", "Kari Lid", "meet", None),
    ("Sølvvinneren på 800 meter fra VM i Doha, Ida Moe, løp inn til 1.58,10.", "Ida Moe", "meet", None),
    ("Sølvvinneren på 800 meter fra VM i Doha, Ida Moe, løp inn til 1.58,10.", "Ida Moe", "city", None),
    ("Jaktstartvinnaren frå Oberhof, Ola Vik, vart nummer tre på sprinten.", "Ola Vik", "city", None),
    ("Kari Lid vant 400 meter hekk i OL i Tokyo på 54,10.", "Kari Lid", "meet", "OL"),
    # a ski race's name ("på Holmøyskarrennet") is its meet, no place
    ("Kari Lid vant på Fjellskarrennet med 2:10:33.", "Kari Lid", "meet", "Fjellskarrennet"),
    ("Kari Lid vant på Fjellskarrennet med 2:10:33.", "Kari Lid", "city", None),
    # ... nor the meet a result qualified for (u051, u057, u161, u227), though a round of the meet told is
    ("Kari Moe hoppet 1,80 i høyde på Lillestrøm og kvalifiserte seg også til junior-NM.", "Kari Moe", "meet", None),
    ("Per Vik kasta spyd 60,10 på Framoleikane i Førde. Han kvalifiserte seg og til NM senior.", "Per Vik", "meet", "Framoleikane"),
    ("Eli Dahl kvalifiserte seg til kulekonkurransen under NM gjennom eit kaststemne på Stryn, der ho støytte 12,10.",
     "Eli Dahl", "meet", None),
    ("Med 62,30 er både Ola Lie og Per Vik kvalifiserte til NM for seniorar.", "Ola Lie", "meet", None),
    ("Ola Berg kvalifiserte seg til finalen i VM i Budapest med 47,90.", "Ola Berg", "meet", "VM"),
    ("Ida Lie løp 400 meter på 52,10 i EM og kvalifiserte seg til EM-finalen.", "Ida Lie", "meet", "EM"),
    # ... but a race some time after another one is no plan ("i EM i Paris tre uker senere")
    ("Kari Lund hoppet 1,88 i Bergen. I EM i Paris tre uker senere hoppet hun 1,92.", "Kari Lund@1.92", "city", "Paris"),
    ("Ida Moe vant NM igjen i Bergen på 51,64 meter.", "Ida Moe", "meet", "NM"),
    # a race still to come ("skal ... i X") gives the race told no venue, even when no other venue is named
    ("Kari Moe ble nummer fem på sprinten torsdag. Søndag skal kvinnene gå fellesstart i Ruhpolding.", "Kari Moe", "city", None),
    ("Eli Vik vart nummer ni på sprinten. Laurdag skal ho gå jaktstart i Hochfilzen.", "Eli Vik", "city", None),
    ("Ola Dahl ble nummer tre på sprinten fredag. Neste helg skulle han egentlig gått i Lahti.", "Ola Dahl", "city", None),
    # ... a meet that "går av stabelen i X" may be the one now told
    ("Hovedmesterskapet går av stabelen i Bærum i helgen. Ida Holm vant 60 meter på 7,31.", "Ida Holm", "city", "Bærum"),
    ("Ungdoms-NM går av stabelen i Steinkjer i helga. Kari Lid vann 800 meter på 2.15,02.", "Kari Lid", "city", "Steinkjer"),
    ("Ungdoms-NM i friidrett går av stabelen på Jessheim denne helga. Kari Lid vann 800 meter på 2.15,02.", "Kari Lid", "city", "Jessheim"),
    ("Kari Lid vann 800 meter på 2.15,02 i Florø. NM går av stabelen i Bergen i august.", "Kari Lid", "city", "Florø"),
    # a meet or venue dated in a month or season after the article's (published 1 June) is a plan
    ("Kari Lie vant 400 meter hekk på 55,10 torsdag. Høydepunktet i år er VM i Tokyo i september.", "Kari Lie", "city", None),
    ("Kari Lie vant 400 meter hekk på 55,10 torsdag. Høydepunktet i år er VM i Tokyo i september.", "Kari Lie", "meet", None),
    ("Ola Berg løp 1500 meter på 3.35,10 i Bislett Games torsdag. Han setter stevnet foran EM i Roma denne høsten.",
     "Ola Berg", "city", None),
    ("Siri Vik sprang 800 meter på 2.01,40 laurdag. Hovudmålet er EM i Praha i august/september.", "Siri Vik", "city", None),
    # ... not a month passed, nor one of a result told (a race of an earlier year)
    ("Ola Berg ble nummer åtte på 200 meter i EM i Roma i juni med 21,30.", "Ola Berg", "city", "Roma"),
    ("Mari Dahl vant 5000 meter i Berlin i juli på 15.01,10.", "Mari Dahl", "city", "Berlin"),
    # "senere samme år" goes on with a race run, it plans none
    ("Ola Berg løp 400 meter hekk på Bislett på 46,70. Rekorden satte han i OL i Tokyo senere samme år med 45,94.",
     "Ola Berg@45.94", "city", "Tokyo"),
    # a sentence that only says where and when tells the race of the result before it
    ("Selv har Ola Berg løpt maraton på 2.31,10. Det skjedde i Berlin i 2014.", "Ola Berg", "city", "Berlin"),
    ("Kari Moe har også rekorden på 400 meter hekk på 54,90. Den ble satt under VM i Doha i 2019.", "Kari Moe", "meet", "VM"),
    ("Nils Dahl vann 1500 meter på 3.45,10. Det var i Førde i 2021.", "Nils Dahl", "city", "Førde"),
    # ... and a meet planned in it ("neste helg") gives that race nothing
    ("Ola Berg har løpt maraton på 2.31,10. Det skjedde i Berlin i 2014, neste helg løper han Boston Marathon.",
     "Ola Berg", "meet", None),
    ("Ola Berg har løpt maraton på 2.31,10. Det skjedde i Berlin i 2014, neste helg løper han Boston Marathon.",
     "Ola Berg", "city", "Berlin"),
    # ... not across a paragraph
    ("Ola Berg vant 5000 meter på 13.40,10 i Oslo lørdag.\n\nDet var i Bergen han startet karrieren.", "Ola Berg", "city", "Oslo"),
    # each side of a ", mens" contrast takes the discipline it names, not the nearer one across the comma
    ("Trine Moe vant gull i spyd, mens Hanne Lie seiret i en jevn og spennende høydekonkurranse.", "Hanne Lie", "discipline", "HJ"),
    ("Trine Moe vant gull i spyd, mens Hanne Lie seiret i en jevn og spennende høydekonkurranse.", "Trine Moe", "discipline", "JT"),
    ("Ola Dahl vann kula, mens Kari Vik, som var best i fjor, tok sølv i ein tett og jamn konkurranse i lengde.", "Kari Vik", "discipline", "LJ"),
    ("Ola Dahl vant 800 meter, mens Per Lie ble nummer to.", "Per Lie", "discipline", "800m"),        # a side naming none
    # a venue goes with its meet: a new meet named without one does not take the venue of the one before
    ("I Bergen Maraton løp 900 halvmaraton. Mange løp også i Göteborg dagen etter Bergen Maraton. På søndag gikk også Tromsø Maraton, "
     "der Ola Vik vant på 1.09,10.", "Ola Vik", "city", "Tromsø"),
    ("Ida Lie vann Florø-løpet i Florø på 35.10. Laurdag gjekk også Stordløpet, der Kari Moe vann på 36.20.", "Kari Moe", "city", None),
    ("Ida Lie vann Florø-løpet i Florø på 35.10. Laurdag gjekk også Stordløpet, der Kari Moe vann på 36.20.", "Ida Lie", "city", "Florø"),
    # ... nor, named alone, the venue of a new race that names another city
    ("Mange nordmenn løp i Göteborg lørdag. På søndag gikk Tromsø Maraton, der Ola Vik vant på 2.30,10.", "Ola Vik", "city", "Tromsø"),
    ("Stord Maraton gjekk laurdag. Løparane sprang gjennom sentrum i Leirvik. Ola Vik vann på 2.47,24.", "Ola Vik", "city", "Leirvik"),
    # ... a venue named alone is the place of the meets named after it
    ("Det var fint vær i Bergen lørdag. I NM vant Ola Vik 800 meter på 1.50,10.", "Ola Vik", "city", "Bergen"),
    ("Ida Lie vant NM i Bergen på 4.10,20 lørdag. Søndag vant Kari Moe NM-finalen på 800 meter på 2.03,10.", "Kari Moe", "city", "Bergen"),
    # a meet the race told also counts as is that race under another name, from the words that say so on
    ("Bergen Maraton gikk lørdag i fint vær. I år var maraton innlagt som NM-øvelse. Ola Vik vant maraton på 2.20,10.",
     "Ola Vik", "meet", "Bergen Maraton"),
    ("Bergen Maraton gikk lørdag i fint vær. I år var maraton innlagt som NM-øvelse. NM-gullet for kvinnene gikk til "
     "Kari Moe på 2.40,11.", "Kari Moe", "city", "Bergen"),
    ("Kari Lid vann sprinten i norgescupen på Lillehammer fredag. Konkurransen reknast òg som NM for juniorar. Ola Vik "
     "vart nummer to i NM junior.", "Ola Vik", "meet", "Norgescup"),
    ("Kari Lid vann sprinten i norgescupen på Lillehammer fredag. Konkurransen reknast òg som NM for juniorar. Ola Vik "
     "vart nummer to i NM junior.", "Ola Vik", "city", "Lillehammer"),
    # ... not a relative clause about another race
    ("Kari Moe vant Sandnesløpet, som også fungerte som NM. Ola Vik vant NM på 800 meter i Bergen på 1.50,10.",
     "Ola Vik", "meet", "NM"),
    # the meet in force for a discipline is the one last named with it, not another distance's told in between
    ("Ola Vik gikk 1500 meter i verdenscupen i Calgary lørdag. Han vant på 1.43,10. Den første seieren kom på 5000 meter, "
     "6.10,20, da han vant EM i Hamar. Per Lie ble nummer tre på 1500 meteren, med 1.44,02.", "Per Lie", "meet", "Verdenscup"),
    ("Ola Vik gikk 1500 meter i verdenscupen i Calgary lørdag. Han vant på 1.43,10. Den første seieren kom på 5000 meter, "
     "6.10,20, da han vant EM i Hamar. Per Lie ble nummer tre på 1500 meteren, med 1.44,02.", "Per Lie", "city", "Calgary"),
    ("Kari Moe gjekk 500 meter i Inzell i dag. Moe vann på 38,10. Den første sigeren kom på 1000 meter, då ho vann NM på Hamar. "
     "Lise Dahl vart nummer to på 500-meteren på 38,40.", "Lise Dahl", "city", "Inzell"),
    # ... but a place named for no discipline is every race's from there on
    ("Ola Vik vant 1500 meter på 3.40,10 i Oslo. Stevnet fortsatte i Bergen søndag. Per Lie vant 1500 meter der på 3.41,00.",
     "Per Lie", "city", "Bergen"),
    # the race now told is the one discipline of the result's sentence not told as another day's
    ("Ola Vik tok bronsen på lørdagens VM-sprint, og på jaktstarten søndag vant han igjen. Per Lie ble nummer fem.",
     "Per Lie", "discipline", "pursuit"),
    ("Kari Moe vart nummer to på laurdagens sprint. På fellesstarten i dag vann ho. Siri Lid vart nummer fire.",
     "Siri Lid", "discipline", "mass_start"),
    # a meet named as the time of something else ("to dager etter Bislett Games", "ei veke før NM") is no race's meet
    ("Ola Berg vant 1500 meter i Turku på 3.33,10, to dager etter Bislett Games.", "Ola Berg", "meet", None),
    ("Kari Lid sprang 800 meter på 2.05,10 i Florø, ei veke før NM.", "Kari Lid", "meet", None),
    ("Kari Moe satte rekord på 400 meter – en trøst etter OL\n\nKari Moe vant 400 meter i Zürich på 51,64 torsdag.",
     "Kari Moe", "meet", None),
    ("Ola Dahl endte på 15.-plass i tikamp i Eugene. Nå starter forberedelsene mot EM. Per Lie vant med 8816 poeng.",
     "Per Lie", "meet", None),
    ("Kari Moe vant 5000 meter på 15.01,10 en måned før EM i Roma.", "Kari Moe", "city", None),
    # ... not a compound that names the race's own part, nor a clause after "etter at"
    ("Det ble dramatikk før VM-finalen på 1500 meter. Ola Berg vant på 3.30,10.", "Ola Berg", "meet", "VM"),
    ("Ola Berg vant 1500 meter på 3.29,10. Ola Berg poserte etter VM-bronsen i Budapest.", "Ola Berg", "city", "Budapest"),
    ("Etter at NM-løpet ble utsatt, vant Ola Berg 1500 meter på 3.40,10.", "Ola Berg", "meet", "NM"),
    # a dated list of other events gives the race told neither venue nor meet
    ("NM i friidrett ble holdt i Bergen i august.\nDisse øvelsene ble holdt utenfor hovedmesterskapet:\n"
     "- Stafetter – Moss 29. september\n- NM i mangekamp – Odda 23. juni og Mo i Rana 10. august\nKvinner 100 meter\n"
     "1. Kari Moe, Tjalve 12,2\n2. Eva Lund, BUL 12,5", "Eva Lund", "city", "Bergen"),
    # a relative clause after a name's age, without a comma, about another day's race: its meet and venue stay in it
    ("Ola Berg (24) som vant 1500 meter i Roma siste fredag med 3.30,10, vant igjen på 3.31,20 lørdag.\n\nResultater:\n"
     "1. Ola Berg, Norge 3.31,20\n2. Per Lie, Norge 3.32,00", "Per Lie", "city", None),
    ("Ola Berg (24) som vant 1500 meter i Roma siste fredag med 3.30,10, vant igjen på 3.31,20 lørdag.\n\nResultater:\n"
     "1. Ola Berg, Norge 3.31,20\n2. Per Lie, Norge 3.32,00", "Ola Berg@3:30.10", "city", "Roma"),
    ("Kari Moe (19) som i fjor vant NM i Bergen, ble nummer to på 800 meter på 2.03,10.", "Kari Moe@2:03.10", "meet", None),
    ("Ola Berg (24) som vant 1500 meter i Roma med 3.30,10, var godt fornøyd etterpå.", "Ola Berg", "city", "Roma"),
    # ... and a place dated from another meet is that other race's
    ("Ola Berg løp 1500 meter på 3.31,10 på Bislett. Han har hatt fremgang i hvert løp, med et unntak i Turku to dager etter "
     "Bislett Games. Per Lie ble nummer to på 3.32,00.", "Per Lie", "city", "Bislett"),
    # the article's venue is none a plan names ("neste helg", "kommande helgar", "... neste år"), nor an earlier race's told
    # with its cue after it ("... i København for to år sidan"); the venue named with the article's own meet stays
    ("Kari Moe vann 100 meter på 12,10 under Vårleikane laurdag. Neste helg er det klart for Sommarstemnet i Bergen.",
     "Kari Moe", "city", None),
    ("Kari Moe vann 800 meter på 2.05,10 laurdag. Laget blir uendra til dei to kommande helgane i Göteborg.", "Kari Moe", "city", None),
    ("Kari Moe vant 800 meter på 2.05,10 lørdag. Kommende helg venter nye løp i Göteborg.", "Kari Moe", "city", None),
    ("Ola Berg vant 1500 meter fri på 15.10,22 i finalen. Han tok sølv på 400 meter fri under EM i Roma for to år siden.",
     "Ola Berg@15:10.22", "city", None),
    ("Ola Berg ble nummer tre på 800 meter fri på 7.45,10. Øvelsen er med på OL-programmet i Tokyo neste år.",
     "Ola Berg", "city", None),
    ("Kari Moe (22) løp 400 meter på 50,40 i OL-semifinalen. Hun er klar for finalen i OL-debuten i Paris.",
     "Kari Moe", "city", "Paris"),
    # a teaser for another article ("Les også: ...") gives the page's races neither meet, venue nor discipline
    ("Resultater 10 km\n\nLES OGSÅ: Dahl drømmer om maraton i OL\n\n10 km menn:\n1) Ola Dahl, BUL 31.10\n"
     "2) Per Lie, IK Tjalve 31.50", "Per Lie", "meet", None),
    ("LES OGSÅ: Nytt lyskryss på Kilen skaper kø\n\n5 km kvinner:\n1) Kari Moe, BUL 17.10\n2) Eva Lund, IK Tjalve 17.50",
     "Eva Lund", "city", None),
    # a dateline names the desk: the venue its own sentence names for the race comes first (not a ground in its town,
    # nor an earlier race's place)
    ("OSLO (NTB): Kari Moe vant 1500 meter i Diamond League-stevnet i Roma torsdag. Eva Lund ble nummer to på 4.01,10.",
     "Eva Lund", "city", "Roma"),
    ("HAMAR (NTB): Ola Dahl vant 1500 meter på 1.44,07 i verdenscupen i Vikingskipet lørdag.", "Ola Dahl", "city", "Hamar"),
    ("BERGEN (NPK): Kari Moe vann 800 meter i NM i Fana Arena laurdag på 2.04,10.", "Kari Moe", "city", "Bergen"),
    ("MOSS: Akkurat som Per Lie tok VM-gull i Luzern i 2001, kunne Ola Dahl juble for seieren på 2000 meter i dag.",
     "Ola Dahl", "city", "Moss"),
    # a club named for the town, read as a name, does not veto the town as the venue
    ("Siste dag av NM ble avviklet i Fana arena i Bergen søndag. Kari Moe vant 100 meter fri på 55,10. Stafetten "
     "4 x 100 meter fri vant Bergen Svømme Club på 3.40,10.", "Kari Moe", "city", "Bergen"),
    ("Kretsmesterskapet ble arrangert i Molde lørdag. Kari Moe vant 100 meter på 12,10. Arrangør var Molde Friidrettskrets.",
     "Kari Moe", "city", "Molde"),
    # the season's first race of a series is one of the series
    ("Eirik Vik opna verdscupsesongen med siger på sprinten i Östersund torsdag på 24.11,2.", "Eirik Vik", "meet", "Verdscup"),
]


@pytest.mark.parametrize("text,athlete,field,expected", FRAMES)
def test_frames(text, athlete, field, expected):
    assert _race_of(text, athlete)[field] == expected


# (text, the athlete's places, one per race): one meet in two years is two races, its edition the year after it
EDITIONS = [
    ("Ola Berg ble nummer fem i VM i 2015 og nummer fire i VM i 2017.", [4, 5]),
    ("Kari Moe fikk 9.-plass under EM i friidrett 1954 og 8.-plass under EM i friidrett 1958.", [8, 9]),
    ("Per Lie tok gull i VM i roing i 2018 og bronse i VM 2019.", [1, 3]),
    ("Siv Dahl ble nummer to i 2019 og vant i 2021, begge i NM.", [2]),       # no edition after the meet: one race, a warning
]


@pytest.mark.parametrize("text,places", EDITIONS)
def test_a_meets_editions_are_races_of_their_own(text, places):
    assert sorted(x.place for r in extract(text, published=PUBLISHED.isoformat()) for x in r.results) == places


# (text, {(athlete, race date)}), published Monday 2024-06-03: results of one discipline told with different days are
# races of their own days (a multi-day meet, a list of best times with a date per row); a day only in force from an
# earlier sentence (a remark "i dag") does not part a result from the race told first
DAYS = [
    ("Kari Moe løp 200 meter på 24,10 fredag. Lørdag sprang Siri Dahl 200 meter på 24,55.",
     {("Kari Moe", "2024-05-31"), ("Siri Dahl", "2024-06-01")}),
    ("Eli Lie sprang 200 meter på 25,10 laurdag. Sundagen sprang Guro Vik 200 meter på 25,31.",
     {("Eli Lie", "2024-06-01"), ("Guro Vik", "2024-06-02")}),
    ("Tor Vik ble nummer 40 på 15 kilometer fredag. Per Dahl vant på 38.10,2. Lørdag ble Ole Bakke nummer ni på "
     "15 kilometer.", {("Tor Vik", "2024-05-31"), ("Per Dahl", "2024-05-31"), ("Ole Bakke", "2024-06-01")}),
    ("Raskeste tider på 5000 meter\n\nNr Tid Utøver Land Dato Sted\n1. 12.58,10 Ola Berg NOR 3. mai 2021 Oslo\n"
     "2. 13.01,40 Per Lie NOR 14. juni 2019 Bergen\n3. 13.02,75 Nils Vik NOR 2. juli 2018 Stockholm\n",
     {("Ola Berg", "2021-05-03"), ("Per Lie", "2019-06-14"), ("Nils Vik", "2018-07-02")}),
    ("Ola Berg vant 800 meter på 1.48,20 lørdag. Han var svært fornøyd i dag. Per Lie ble nummer to på 1.48,90.",
     {("Ola Berg", "2024-06-01"), ("Per Lie", "2024-06-01")}),
    # a day told from the race day in force ("Dagen etter", "og dagen etter") is the day after it; a day another race
    # came from ("frå rennet laurdag") is no race day of its own
    ("Kari Moe vant 5 km fri lørdag. Dagen etter vant Siri Dahl jaktstarten på 15.19,2.",
     {("Kari Moe", "2024-06-01"), ("Siri Dahl", "2024-06-02")}),
    ("Ola Vik ble nummer fire på 5000 meter fredag, og dagen etter vant han 1500 meter på 3.40,12.",
     {("Ola Vik", "2024-05-31"), ("Ola Vik", "2024-06-01")}),
    ("Siri Dahl vann sprinten laurdag. Dagen etter stod jaktstart på programmet. Dei to beste frå rennet laurdag bytte "
     "plass. Guro Vik vann på 15.19,2.", {("Siri Dahl", "2024-06-01"), ("Guro Vik", "2024-06-02")}),
    # a day named with one discipline stays that discipline's when another day is named for another one after it
    ("Kari Moe var i en egen klasse i sprinten i fri teknikk lørdag. Søndag ble hun nummer to på 10 km fri.\n\n"
     "I sprinten vant Moe foran Siri Dahl, som ble nummer to.",
     {("Kari Moe", "2024-06-01"), ("Siri Dahl", "2024-06-01"), ("Kari Moe", "2024-06-02")}),
    ("Ola Berg var suveren på 800 meter fredag. Lørdag ble han nummer tre på 1500 meter.\n\n"
     "På 800 meter vant Berg foran Per Lie, som ble nummer to på 1.49,10.",
     {("Ola Berg", "2024-05-31"), ("Per Lie", "2024-05-31"), ("Ola Berg", "2024-06-01")}),
    # ... nor does a sentence naming two days, neither of them surely the result's
    ("Ola Vik vant 5000 meter søndag på 13.40,10. Kari Moe vant 3000 meter lørdag på 9.10,20 og 5000 meter søndag "
     "på 15.40,30.", {("Ola Vik", "2024-06-02"), ("Kari Moe", "2024-06-01"), ("Kari Moe", "2024-06-02")}),
]


@pytest.mark.parametrize("text,expected", DAYS)
def test_results_told_on_different_days_are_races_of_their_days(text, expected):
    assert {(x["athlete"], r.to_dict()["date"]) for r in extract(text, published="2024-06-03")
            for x in r.to_dict()["results"]} == expected


# (text, {(athlete, race date)}), published Monday 2024-06-03: the article's first date dates a race told before it or
# without a day of its own, unless the date's sentence names another venue or meet (another race's day)
FIRST_DATE = [
    ("Kari Moe vant sprinten i Lahti. Lise Berg ble nummer to.\n\nSprinten i Falun 25. mai: 1) Siri Dahl 2) Kari Moe",
     {("Kari Moe", None), ("Lise Berg", None), ("Siri Dahl", "2024-05-25"), ("Kari Moe", "2024-05-25")}),
    ("Ola Berg vant NM i høyde på Jessheim med 2,20. I år har han klart 2,24, i Firenze 12. mai.",
     {("Ola Berg", None), ("Ola Berg", "2024-05-12")}),
    ("Ola Berg vant 800 meter i Bergen på 1.48,20. Løpet gikk på Fana stadion 1. juni.",
     {("Ola Berg", "2024-06-01")}),
    ("Kari Moe vant 1500 meter på 4.10,20. Stevnet i Bergen gikk lørdag.",
     {("Kari Moe", "2024-06-01")}),
]


@pytest.mark.parametrize("text,expected", FIRST_DATE)
def test_the_first_date_dates_only_races_of_its_place(text, expected):
    assert {(x["athlete"], r.to_dict()["date"]) for r in extract(text, published="2024-06-03")
            for x in r.to_dict()["results"]} == expected


# (text, the date as written, whether it can be the race's day): a day to come (a sentence opening with the day and a
# verb in the present tense, a plan word before it) or another race's day named as a time is no race's day
RACE_DAYS = [
    ("Søndag er det jaktstart på programmet.", "Søndag", False),
    ("I dag er det klart for fellesstart i Bergen.", "I dag", False),
    ("Lørdag løper hun for mer metall på 800 meter.", "Lørdag", False),
    ("Onsdag kveld går finalen, der hun er favoritt.", "Onsdag kveld", False),
    ("Laurdag står han på startstreken igjen.", "Laurdag", False),
    ("Han skal torsdag løpe forsøk på 1500 meter.", "torsdag", False),
    ("Hun er klar for finale i kveld med tredje beste tid.", "i kveld", False),
    ("Per Lie gikk ut som nummer én etter lørdagens sprintseier.", "lørdagens", False),
    ("Etter fredagens gode resultater var det klart for 10 km lørdag.", "fredagens", False),
    ("Etter fredagens gode resultater var det klart for 10 km lørdag.", "lørdag", True),
    ("Hun kvalifiserte seg også til søndagens finale.", "søndagens", False),
    ("Søndag var det jaktstart på programmet.", "Søndag", True),
    ("Lørdag vant hun 800 meter på 2.03,11.", "Lørdag", True),
    ("I dag vart ho nummer fire.", "I dag", True),
    ("Hun vant lørdagens løp på 2.03,11.", "lørdagens", True),
    ("Han slo Per Lie på fredagens 10 kilometer.", "fredagens", True),
    ("Dei to beste frå rennet laurdag bytte plass i toppen.", "laurdag", False),
    ("Hun gikk seg opp tolv plasser fra lørdagens sprint.", "lørdagens", False),
    # a programme's verb in the present tense before the day, in a clause telling no result: a day to come
    ("Finalen på 800 meter går lørdag kveld.", "lørdag kveld", False),
    ("Stemnet held fram med stafettar på sundag.", "sundag", False),
    ("Mesterskapet fortsetter med lengde og høyde søndag.", "søndag", False),
    ("NM blir avsluttet med stafetter søndag.", "søndag", False),
    ("Neste løp i serien starter tirsdag.", "tirsdag", False),
    ("Hun vant 1500 meter fredag, og stevnet fortsetter lørdag.", "fredag", True),
    ("Stevnet går over to dager, og hun vant 1500 meter fredag.", "fredag", True),
    ("Han går inn til seier og vant fellesstarten lørdag.", "lørdag", True),
]


@pytest.mark.parametrize("text,written,expected", RACE_DAYS)
def test_which_days_can_be_the_race_day(text, written, expected):
    from extractor.matchers.dates import find_dates
    from extractor.race_time import race_day
    [date] = [d for d in find_dates(text) if d.text == written]
    assert race_day(text, date) is expected


# (text, {(athlete, discipline, place)}): an "etter å ha ..." clause about another day's race is a race of its own,
# with only the discipline it names; without another day it is the race told
AFTER_HAVING = [
    ("Eli Vik tok 2.-plass på sprinten søndag etter å ha blitt nummer 24 på lørdagens normaldistanse.",
     {("Eli Vik", "sprint", 2), ("Eli Vik", "individual", 24)}),
    ("Kari Moe vant sprinten fredag. Hun ble nummer sju på jaktstarten etter å ha havnet på 30.-plass dagen før.",
     {("Kari Moe", "sprint", 1), ("Kari Moe", "pursuit", 7), ("Kari Moe", None, 30)}),
    ("Ola Dahl vart nummer fire på fellesstarten etter å ha enda på 12.-plass i går.",
     {("Ola Dahl", "mass_start", 4), ("Ola Dahl", None, 12)}),
    ("Siri Lie smilte etter å ha tatt gull på 3000 meter.", {("Siri Lie", "3000m", 1)}),
]


@pytest.mark.parametrize("text,expected", AFTER_HAVING)
def test_a_clause_about_another_days_race(text, expected):
    found = {(x["athlete"], r.to_dict()["discipline"], x["place"])
             for r in extract(text, published=PUBLISHED.isoformat()) for x in r.to_dict()["results"]}
    assert found == expected


# Where a standing record was set is an earlier race's meet or venue (race_time.in_record_site): the
# site found once per text, its cue at most SITE_REACH characters before the place asked about.
RECORD_SITES = [
    ("Hun løp på 7,41, bak innepersen, sett under UM i Sandnes.", "Sandnes", True),
    ("Han var 0,1 bak persen fra Bislett i fjor.", "Bislett", True),
    ("Rekorden som ble satt i Kazan står fortsatt.", "Kazan", True),
    ("Persen frå sist helg i Sykkylven var 1,80.", "Sykkylven", True),
    ("Den nye rekorden ble satt under et stevne i Polen.", "Polen", False),   # the record just set
    ("Hun satte pers i Bergen. Det skjedde i Sandnes.", "Sandnes", False),    # no site: the sentence ended
    ("Han løp på 7,41 i Sandnes.", "Sandnes", False),
    ("Persen ble satt i Bergen med " + "mange " * 20 + "i Sandnes.", "Sandnes", False),   # the cue too far before
    ("Persen ble satt i Bergen med mange i Sandnes.", "Sandnes", True),
]


@pytest.mark.parametrize("text,place,expected", RECORD_SITES)
def test_where_a_record_was_set(text, place, expected):
    from extractor.mentions import Mention
    from extractor.race_time import in_record_site
    start = text.index(place)
    assert in_record_site(text, Mention("venue", start, start + len(place), place)) is expected


@pytest.mark.parametrize("sentence, sites", [
    ("Hun løp på 2.01,55, bak utepersen sin, satt på Bislett i fjor.", ["satt på Bislett i fjor"]),
    ("Han er 0,3 bak NOREGSREKORDEN, sett i Florø i 2019.", ["sett i Florø i 2019"]),
    ("Bestetida hennar frå Kristiansand står seg.", ["frå Kristiansand står seg"]),
    ("Den nye norske rekorden ble satt under et stevne i Polen.", []),          # the record just set: no earlier site
    ("Persen frå sist helg i Sykkylven vart betra.", ["frå sist helg i Sykkylven vart betra"]),
    ("Han vant fra start til mål i Ålesund.", []),                            # no record word, no earlier occasion
    ("Fra forrige helg til nå har hun trent godt.", ["Fra forrige helg"]),
])
def test_record_sites_are_found_where_their_words_stand(sentence, sites):
    from extractor.race_time import record_sites
    assert [sentence[s:e] for s, e in record_sites(sentence)] == sites


# (text, athlete, place, the discipline of that place's race): the discipline right after a place ("andreplass på
# 200 meter", "32.-plass i diskos") is its race's, whatever discipline ends nearer before it
OWN_DISCIPLINE = [
    ("Ola Vik tok førsteplassen på 60 meter og kule, og andreplass på 200 meter.", "Ola Vik", 2, "200m"),
    ("Kari Lie fikk 12.-plass i kulestøt og 20.-plass i diskos.", "Kari Lie", 20, "DT"),
    ("Kari Lie fikk 12.-plass i kulestøt og 20.-plass i diskos.", "Kari Lie", 12, "SP"),
    ("Siri Moe vann lengde, og ho vart nummer to i høgde.", "Siri Moe", 2, "HJ"),
    ("Per Dal løp 800 meter og ble nummer tre.", "Per Dal", 3, "800m"),          # none after: the nearest
]


@pytest.mark.parametrize("text,athlete,place,discipline", OWN_DISCIPLINE)
def test_the_discipline_after_a_place(text, athlete, place, discipline):
    races = [(r.discipline, x.place) for r in extract(text, published=PUBLISHED.isoformat()) for x in r.results if x.athlete == athlete]
    assert (discipline, place) in races


@pytest.mark.parametrize("before, opens", [
    ("", True), (". ", True), ("!\n ", True), ("ka\n", True), ("» ", True), ("n: ", True),
    ("er ", False), ("  ", False), ("a.", False), ("x, ", False),
])
def test_a_word_opens_a_sentence_after(before, opens):
    from extractor.race_time import _opens_sentence
    assert _opens_sentence(before) is opens


# round_named looks for a word every _ROUND match holds first: it answers what a search of _ROUND does
@pytest.mark.parametrize("sentence", ["I semifinalen løp han 48,05.", "Hun vant forsøksheatet.", "Han gikk videre fra heatet.",
                                      "Ho vann heata si.", "I kvartfinalen røk han.", "Kvalifiseringa gikk bra.", "Etter kvaliken.",
                                      "Hun røk ut i semifinalen.", "Det første forsøket var ugyldig.", "Forsøket hans ble målt."])
def test_round_named_answers_what_a_search_of_round_does(sentence):
    from extractor.frames import _ROUND, round_named
    for text in (sentence, sentence.upper()):
        found = _ROUND.search(text)
        assert round_named(text) == (found.group().lower()[:5] if found else None)


def test_round_named_answers_what_a_search_of_round_does_on_every_corpus_line():
    from pathlib import Path
    from extractor.frames import _ROUND, round_named
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found = _ROUND.search(line)
            assert round_named(line) == (found.group().lower()[:5] if found else None), line
