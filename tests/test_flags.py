"""Record and status flags `find_flags` reads (eval/FORMAT.md: PB SB NR ER WR WL MR season_debut
DNF DQ DNS, "=" for an equalled record); records only aimed at or missed give nothing.

Strings written for these tests in the style of Norwegian athletics reports.
"""
from __future__ import annotations

import pytest

from extractor.matchers.flags import find_flags

# (sentence, flags found, in text order)
FLAGS = [
    # national records
    ("Warholm satte ny norsk rekord med 46,70.", ["NR"]),
    ("Hun satte ny norgesrekord i hinder.", ["NR"]),
    ("Med tiden 51,92 tangerte hun den norske innendørsrekorden.", ["=NR"]),
    ("Ho sette noregsrekord på 5000 meter.", ["NR"]),
    ("Ho sette ny norsk innandørsrekord.", ["NR"]),
    ("Han satte svensk rekord i Göteborg.", ["NR"]),
    ("Den kenyanske løperen satte kenyansk rekord.", ["NR"]),
    ("Hun tangerte den norske rekorden på 100 meter.", ["=NR"]),
    ("Ho tangerte noregsrekorden frå 1994.", ["=NR"]),
    # "personlig bestetid": a personal best told as a time
    ("Hans personlige bestetid var 2:29:10, satt i Trondheim i 1961.", ["PB"]),
    ("Ho sprang på 2.05,10, ny personleg bestetid.", ["PB"]),
    ("Den personlige bestetiden hennes på 800 meter er 2.01,50.", ["PB"]),
    # a best for a distance without records ("bestenotering"): national and world
    ("Han løp 100 engelske mil på 13.10,22, ny norsk bestenotering.", ["NR"]),
    ("Hun forbedret den norske bestenoteringen med fire sekunder.", ["NR"]),
    ("1) Per Dahl, Norge 33,90 (verdensbestenotering).", ["WR"]),
    ("Han satte norsk bestenotering i klasse 17 år.", []),
    # coordinated record adjectives: each its flag
    ("Han sette både norsk og europeisk rekord på 400 meter hekk.", ["NR", "ER"]),
    ("Ho kasta 72,10 for ny norsk og nordisk rekord.", ["NR"]),
    ("Hun satte europeisk og norsk rekord i Roma.", ["ER", "NR"]),
    ("Han løp norsk og europeisk årsbeste.", ["SB"]),
    # personal and season bests
    ("Han satte personlig rekord med 13.05,12.", ["PB"]),
    ("Ho sprang inn til personleg rekord.", ["PB"]),
    ("Hun løp på ny personlig bestenotering.", ["PB"]),
    ("Han perset med over to sekunder.", ["PB"]),
    ("Det var ny pers for 23-åringen.", ["PB"]),
    ("Hun satte ny innendørspers.", ["PB"]),
    ("Han satte karrierebeste på 800 meter.", ["PB"]),
    ("Han tangerte personlig rekord i Turku.", ["=PB"]),
    ("Hun løp inn til sesongbeste.", ["SB"]),
    ("Det var ny årsbeste for Grøvdal.", ["SB"]),
    # area, world, meet records
    ("Tiden er ny europarekord.", ["ER"]),
    ("Han slo europarekorden fra 2019.", ["ER"]),
    ("Duplantis satte verdensrekord med 6,24.", ["WR"]),
    ("Det var ny verdsrekord.", ["WR"]),
    ("Hun tangerte verdensrekorden.", ["=WR"]),
    ("Det var årsbeste tid i verden.", ["WL"]),
    ("Det var ny stevnerekord på Bislett.", ["MR"]),
    ("Hun vant på 6.00,62, som også er ny banerekord.", []),         # the track's record, not the meet's
    ("Tiden ble også mesterskapsrekord.", ["MR"]),
    ("Det blei ny meisterskapsrekord.", ["MR"]),
    ("Han løp inn til ny løyperekord i Valencia.", ["MR"]),
    ("Han utlignet stevnerekorden.", ["=MR"]),
    # season debuts, did not finish, disqualified, did not start
    ("Han sesongdebuterte med seier.", ["season_debut"]),
    ("Ingebrigtsen brøt løpet etter 800 meter.", ["DNF"]),
    ("Ho braut løpet etter fire runder.", ["DNF"]),
    ("Ho fullførte ikkje.", ["DNF"]),
    ("Han fikk DNF etter fall.", ["DNF"]),
    # result-list labels
    ("Brutt: Eivind Rekdal (2002) Ålesund FIK", ["DNF"]),
    ("Braut: Kristian Ulvestad, Eid.", ["DNF"]),
    ("Disk.: Tor Hjelle, Flora (tjuvstart).", ["DQ"]),
    ("Ikke startet: Ola Dahl, Lyn", ["DNS"]),
    ("Han har brutt rekorden to ganger.", []),          # "brutt" without a colon is no label
    ("Hun ble diskvalifisert for tjuvstart.", ["DQ"]),
    ("Han stilte ikke til start.", ["DNS"]),
    # records missed, aimed at or denied
    ("Det var ikke norsk rekord, men nær.", []),
    ("Han har fortsatt ikkje noregsrekorden.", []),
    ("Hun var nær verdensrekorden.", []),
    ("Han løp like under norgesrekorden.", []),
    ("Han sikter mot norsk rekord i år.", []),
    ("Han var 0,3 bak personlig rekord.", []),
    ("Tiden var 12 hundredeler fra verdensrekorden.", []),
    # a result row's nation column: the code FRA is no "fra" ("15.aug.96 FRA DNF")
    ("7. Luc MARTIN 03.mar.99 FRA DNF", ["DNF"]),
    ("3 Luc MARTIN 1994 FRA SB 13:05.10 4 Per LIE 1996 NOR 13:06.00", ["SB"]),
    ("Hun har aldri satt pers i Bergen.", []),
    ("Hun var bare to hundredeler unna norsk rekord.", []),
    ("Han drømmer om verdensrekord på Bislett.", []),
    ("Hun har lenge vært på jakt etter den norske rekorden.", []),
    ("Treneren håpet på å sette ny norsk rekord.", []),
    ("Målet var ny stevnerekord, men det holdt ikke.", []),
    ("Hun var et sekund bak sin egen personlige rekord.", []),
    ("Han var tett bak hennes egen løyperekord.", []),
    # records that do not count: not approved, or an age-class record
    ("Hun løp med menn, så tiden ble ikke godkjent som norsk rekord.", []),
    ("Med drahjelp vil ikke tiden hennes telle som norsk rekord.", []),
    ("Det var for mye medvind for godkjend pers.", []),
    ("Tider fra gateløp teller ikke som verdensrekord.", []),
    ("Han klarte ikke å sette løyperekord i år.", []),
    ("Det ble ikke enda en ny verdensrekord denne gangen.", []),
    ("Det var ny pers og ikke minst ny norsk rekord.", ["PB", "NR"]),
    ("Det er ny mesterskapsrekord for klasse 60-64 år.", []),
    ("Han satte norsk rekord for 15-åringar på 60 meter.", []),
    ("Hun satte verdensrekord i U18-klassen.", []),
    ("Det ble ny norsk rekord i herreklassen.", ["NR"]),          # the open class is the race itself
    ("Det er ny personlig rekord for den 24 år gamle sprinteren.", ["PB"]),
    ("Det var sesongbeste for 30-åringen.", ["SB"]),
    # a senior record is the national record; a record that would have been is none
    ("Det ble ny norsk seniorrekord i lengde uten tilløp.", ["NR"]),
    ("Hun satte sine norske seniorrekorder i 2009.", ["NR"]),
    ("Han prøvde seg på 2,30, som ville vært norsk rekord.", []),
    ("Med medvind innenfor kravet hadde det vært verdensrekord.", []),
    ("Tida ville gitt ny pers.", []),
    # an age-class record told by a prefix: "U18-verdensrekord", "U-20 verdensrekord", "junior-VM-rekord"
    ("Lørdag satte hun U18-verdensrekord i sjukamp.", []),
    ("Han løp inn til ny U-20 verdensrekord i Paris.", []),
    ("Tida er ny U23-europarekord.", []),
    ("Ho sette junior-noregsrekord i slegge.", []),
    ("Han satte ny verdensrekord, og U20-løperen jublet.", ["WR"]),
    # someone else's (or an old) record, not reached: "bak Idas norgesrekord", "bak den 20 år gamle rekorden"
    ("Tiden var 40 hundredeler bak Ida Berg Dahls norgesrekord.", []),
    ("Han var ti sekunder bak den 30 år gamle norske rekorden.", []),
    ("Ho var eit sekund unna Kari Nes sin noregsrekord.", []),
    ("Hun endte bak Lise Aas, men satte ny norsk rekord.", ["NR"]),
    ("Han kom bak Ola Dahl med ny personlig rekord.", ["PB"]),
    # more words for a personal best; a barrier broken is no DNF
    ("Det ble tre solide innepersar for han.", ["PB"]),
    ("Tida var ei forbetring av personbeste med ti sekund.", ["PB"]),
    ("Hun tangerte sitt personbeste på 1,90.", ["=PB"]),
    ("Han brøt drømmegrensen på 15 minutter.", []),
    ("Hun brøt magisk grense i Oslo.", []),
]


@pytest.mark.parametrize("text,flags", FLAGS)
def test_find_flags(text: str, flags: list[str]) -> None:
    assert [m.value for m in find_flags(text)] == flags
