"""Meets and venues: `find_meets` (championships, named meets, meets by their shape, events) and
`find_venues` (places after i/på/fra, datelines; clubs, countries and grounds inside a town left out).

Strings written for these tests in the style of Norwegian athletics reports.
"""
from __future__ import annotations

import pytest

from extractor.matchers.meets import find_meets, find_venues

# (text, [(canonical meet name, indoor, event)])
MEETS = [
    ("Han vant 1500 meter i EM.", [("EM", False, False)]),
    ("Hun tok gull i innendørs-EM i Torun.", [("EM", True, False)]),
    ("Han løp inne-VM i Glasgow.", [("VM", True, False)]),
    ("Han tok NM-gull på 800 meter.", [("NM", False, False)]),
    ("Hun vant EM U23 i Tallinn.", [("EM U23", False, False)]),
    ("Han sikret seg gull i norgesmesterskapet.", [("NM", False, False)]),
    ("Medaljer i norske mesterskap", [("NM", False, False)]),
    ("Hun vant sju norske mesterskap i kule.", [("NM", False, False)]),
    ("Ho vann UM-gull i kule.", [("UM", False, False)]),
    ("Verdenscupen fortsetter i Calgary.", [("Verdenscup", False, False)]),        # a lexicon word at a sentence start
    # a name before "-stevnet"/"-lekene" is the meet
    ("Hun vant i Golden Spike-stevnet i Ostrava.", [("Golden Spike", False, False)]),
    ("Han var best på Paavo Nurmi-lekene i Turku.", [("Paavo Nurmi-lekene", False, False)]),
    ("Friidrett\nFlorø-lekane, Florø, laurdag.", [("Florø-lekane", False, False)]),
    ("Han løp fort på Diamond League-stevnet i Oslo.", [("Diamond League", False, False)]),
    ("Han vant NM-stevnet.", [("NM", False, False)]),
    ("Han vant Diamond League-stevnet i Eugene.", [("Diamond League", False, False)]),
    ("Warholm vant på Bislett Games.", [("Bislett Games", False, False)]),
    ("Han løp Oslo Maraton på søndag.", [("Oslo Maraton", False, False)]),
    ("Hun vant Trond Mohn Games.", [("Trond Mohn Games", False, False)]),
    # "<Place> Rundt": a race round a place, named so
    ("Ho vann Jølster Rundt på ny løyperekord.", [("Jølster Rundt", False, False)]),
    ("Han sprang Fjære Rundt for fjerde gong.", [("Fjære Rundt", False, False)]),
    ("Dei sprang rundt Jølstravatnet.", []),
    ("Han vant Hytteplanmila for tredje gang.", [("Hytteplanmila", False, False)]),
    ("Laget vant Holmenkollstafetten.", [("Holmenkollstafetten", False, False)]),
    # a ski race named as a compound with "-rennet" (u084, u087, u145, u291)
    ("Hun vant Fjellskarrennet for tredje gang.", [("Fjellskarrennet", False, False)]),
    ("Han gikk inn til seier i Vidderennet på 2:10:33.", [("Vidderennet", False, False)]),
    ("Årets Blåfjellrennet gjekk av stabelen i dag.", [("Blåfjellrennet", False, False)]),
    ("Rennet gikk i tung snø.", []),                                   # the common noun alone
    # a series of races named in the indefinite ("Ålesund Sommerkarusell", as "Vinterkarusellen")
    ("Tredje løp i Molde Vårkarusell gikk i regn.", [("Vårkarusell", False, False)]),
    ("Ho vann 100 meter på Florø-lekane.", [("Florø-lekane", False, False)]),
    ("Sverige vant Nordenkampen i Gävle.", [("Nordenkampen", False, False)]),
    ("Han vant 100 meter under Sørlandsgallaen.", [("Sørlandsgallaen", False, False)]),
    ("Hun vant Norgescupen i terrengløp.", [("Norgescup", False, False)]),
    ("Han vant 60 meter i Vintersprinten.", [("Vintersprinten", False, False)]),
    ("Han vant Bislettstevnet i fjor.", [("Bislettstevnet", False, False)]),
    # a place's own championship, named as written (not the national and international ones)
    ("Ho vann 800 meter under Vossameisterskapet.", [("Vossameisterskapet", False, False)]),
    ("Laurdag gjekk Sunnfjordmeisterskap i friidrett av stabelen i Førde.", [("Sunnfjordmeisterskap", False, False)]),
    ("Han vant Bærumsmesterskapet på 3000 meter.", [("Bærumsmesterskapet", False, False)]),
    ("Hun vant Norgesmesterskapet i Bergen.", [("NM", False, False)]),
    # the genitive of a meet's name
    ("Hun vant Fjordløpets 10 kilometer.", [("Fjordløpet", False, False)]),
    ("Han var yngste vinner av Vidda-stafettens lange etappe.", [("Vidda-stafetten", False, False)]),
    ("Det var Bergensstevnets beste øvelse.", [("Bergensstevnet", False, False)]),
    ("Han hoppa 5,50 på California-stemnet.", []),                    # "the California meet": no name
    ("Kampen om seieren var hard. Stevnet gikk i regn.", []),           # no name before the meet word
    ("Kerr vant The Bowerman Mile.", [("The Bowerman Mile", False, True)]),
    ("Resultater: Diamond League-stevnet i Oslo (Bislett Games)", [("Bislett Games", False, False)]),   # the name in brackets
    ("Han slo OL-vinneren i Inzell.", []),                # a title, not a meet
    # a place on a team, a hope, a season, a standing, a team, a title or a programme is no race (u076, u176, u033, u155,
    # u273, b09, u271, u285, u265, u177, u143)
    ("For ham er VM-plass håpet.", []),
    ("Hun har åpnet OL-sesongen godt.", []),
    ("Løpet hadde NM-status i år.", []),
    ("Han slo hele det kenyanske VM-laget.", []),
    ("Det lysnet for VM-kongen fra 2019.", []),
    ("Ho er NM-dronninga.", []),
    ("Øvelsen er OL-gren fra neste år.", []),
    ("Hun tok NM-plasseringen hun ville ha.", [("NM", False, False)]),     # a placing at the meet
    ("Ingen stevner nevnt her.", []),
    ("Han em ikke med.", []),            # lower-case "em" is no championship
    # a cup or tour as the first part of a compound: the series, as the text spells it
    ("Hun tok sin tredje verdenscupseier i Davos.", [("Verdenscup", False, False)]),
    ("Han vann verdscuprennet på Hamar.", [("Verdscup", False, False)]),
    ("Norgescupåpningen gikk på Lillehammer.", [("Norgescup", False, False)]),
    ("Han løp i kontinentaltourstevnet i Turku.", [("Kontinentaltour", False, False)]),
    ("Han er verdenscupleder etter helga, og vant IBU-cupen i fjor.", [("IBU-cup", False, False)]),   # a standing's title
    ("Den regjerande verdscupmeisteren vann sprinten i Oslo.", []),          # the series' title
    ("Hun ledet verdenscupen før sprinten i Lahti.", []),                     # the standing
    ("Hun leder Norgescupen i terrengløp.", []),
    ("Han leder verdenscupen sammenlagt og vant på Beitostølen.", []),
    ("Han har vunnet alle verdenscuprenn i vinter.", []),                      # races won before
    ("Ho har òg vunne verdscuprenn tidlegare.", []),
    # a title won names the championship; a title held does not
    ("Den regjerende verdensmesteren ble europamester på 1500 meter.", [("EM", False, False)]),
    ("Ho vart noregsmeister i lengde.", [("NM", False, False)]),
    ("Han ble olympisk mester i Tokyo, slik Ola Berg, som ble olympisk mester i 1994.", [("OL", False, False)]),
    # no meet from a label or a common noun at a line or sentence start
    ("Resultater Impossible Games\n1. Ola Berg 10,50", [("Impossible Games", False, False)]),
    ("Gull Maraton: Kari Lie", []),
    # an infobox's medal headings, indefinite
    ("Medaljeoversikt\nOlympiske leker\nGull Roma 1960 Kule\nVerdensmesterskap\nEuropamesterskap",
     [("OL", False, False), ("VM", False, False), ("EM", False, False)]),
    ("Barneløpet starta klokka ti. Mange var med i barneløpet.", []),
    ("Barneløpet ble holdt rundt idrettsplassen.", []),              # the children's race, written once
    ("Mange små deltok. Barneløpet er en viktig del av dagen.", []),
    # a local championship named for its place; the national and youth ones by their short names
    ("Over 50 deltok i Fjordmeisterskap på Nes stadion.", [("Fjordmeisterskap", False, False)]),
    ("Under det opne Dalsmeisterskapet på Vik forbetra han rekorden.", [("Dalsmeisterskapet", False, False)]),
    ("Han vant Byåsmesterskapet for tredje gang.", [("Byåsmesterskapet", False, False)]),
    ("Konkurransen regnes også som Norgesmesterskap for juniorer.", [("NM", False, False)]),
    ("Årets ungdomsmesterskap arrangeres i Bærum.", [("UM", False, False)]),
    ("Ho vann gull i Ungdomsmeisterskapen i Florø.", [("UM", False, False)]),
    # a race named by its place, the race word in lower case; not a sentence's opening word before it
    ("Ola Vik vann Hardanger halvmaraton i Norheimsund laurdag.", [("Hardanger halvmaraton", False, False)]),
    ("Totalt deltok 900 under årets Valdres maraton.", [("Valdres maraton", False, False)]),
    ("Hun vant Tokyo marathon på 2.20,11.", [("Tokyo marathon", False, False)]),
    ("Hun løp San Diego halvmaraton søndag.", [("San Diego halvmaraton", False, False)]),
    ("Men halvmaraton er noko anna enn 10 km.", []),
    ("Resultater halvmaraton\n1. Ola Vik 1.10,22", []),
]


@pytest.mark.parametrize("text,expected", MEETS)
def test_find_meets(text, expected):
    assert [(m.value, bool(m.info.get("indoor")), bool(m.info.get("event"))) for m in find_meets(text)] == expected


# (text, venue values in text order)
VENUES = [
    ("Han vant 1500 meter i Eugene.", ["Eugene"]),
    ("Warholm løp på Bislett torsdag.", ["Bislett"]),
    # a name joined to a common noun is a thing (a kit, a squad, a team, a programme), not a place
    ("Ho sprang i Tjalve-drakt i Bergen.", ["Bergen"]),
    ("Kari Lid tok medalje nummer tre i BUL-samlinga.", []),
    ("Han var med på Asker-laget som vant i Drammen.", ["Drammen"]),
    ("Øvelsen stod ikke i Bislett-programmet i år.", []),
    ("Ho forbetra seg i Florø-stemnet.", []),
    ("Han vant i Fana-hallen.", ["Fana-hallen"]),                 # ... but a hall is a ground
    # a points table or a ranking is no place
    ("Ho fekk 983 poeng på Tyrvingtabellen i Ulsteinhallen.", ["Ulsteinhallen"]),
    ("Det var sju resultat over 900 poeng på Tyrving-tabellen.", []),
    ("Tida gir ein god plass på Adelskalenderen i Bergen.", ["Bergen"]),
    ("Han er nummer tre på Verdensrankingen.", []),
    ("Hun vant på Lista i fjor.", ["Lista"]),                      # ... a place of that ending stays
    ("Hun vant i spanske Valencia.", ["Valencia"]),
    ("Ho sprang fort i Sykkylven.", ["Sykkylven"]),
    ("MÜNCHEN (VG): Warholm vant.", ["München"]),
    ("Stevnet ble arrangert på Byrkjelo i Gloppen.", ["Byrkjelo", "Gloppen"]),   # a village in its municipality
    ("Mesterskapet gikk på Rud i Bærum.", ["Bærum"]),                            # a ground: the town counts
    ("Finalen gikk på Olympiastadion i Athen.", ["Athen"]),
    ("Han vant 5000 meter på Bislett Stadion i kveld.", ["Bislett Stadion"]),       # capitalised: the ground's name
    ("Han vant 5000 meter på Bislett stadion i kveld.", ["Bislett"]),
    ("Hun løp på Bislett Stadion i Oslo.", ["Oslo"]),                                # the town still holds
    ("GULLMESTERSKAP: Sverre Lunde Pedersen vant i Inzell.", ["Inzell"]),          # a caption label
    ("BERGEN: Hun vant 800 meter. Publikum i Bergen jublet.", ["Bergen", "Bergen"]),
    ("NEDRE EIKER: Han vant. Nedre-Eiker-løperen jublet.", []),                # "Nedre Eiker" itself is not in the text
    ("NEDRE EIKER: Han vant i Nedre Eiker.", ["Nedre Eiker", "Nedre Eiker"]),
    ("STOR-ELVDAL: Hun vant i Stor-Elvdal.", ["Stor-Elvdal", "Stor-Elvdal"]),     # a two-word dateline named again
    ("SKIEN: Han vant. Skienløpet og Skiens beste.", []),                          # only inside longer words: a label
    ("Sigrid Bø (22) frå Sogndal vann NM på Gåsbu.", ["Gåsbu"]),                   # origin gives way to the venue
    ("Friidrettsgruppa i Osterøy IL stilte med 14 utøvarar i Bergen.", ["Bergen"]),  # a club with its acronym
    ("Leiaren for friidrettsgruppa på Voss er nøgd med sesongen.", []),             # a club's group, no venue
    ("Symjegruppa i Austevoll stilte med fire i Bergen.", ["Bergen"]),
    ("Klubben på Stord hadde tre løparar med i Førde.", ["Førde"]),
    # a result page's place-and-date line
    ("NORDMARKA TERRENGLØP 2024\nFrognerseteren, onsdag 12. juni\n1. Ola Dahl 26.41", ["Frognerseteren"]),
    ("Nordenkampen 2023\nGävle, 19.–20. august\n", ["Gävle"]),
    ("KM 2024\nTrondheim stadion, 1.–2. juni\n", ["Trondheim"]),
    ("Stevnet i Oslo\nBislett stadion, torsdag 15. juni 2023\n", ["Oslo"]),          # the town named first holds
    ("Hynne, 1.59,63 i går.\n", []),                                                    # a name and a mark, no date line

    ("Del på Facebook | Del på LinkedIn | Kopier lenke", []),                        # share buttons
    ("Mesterskapet gikk på Føyka stadion i Asker. Selma slo de eldste på Føyka.", ["Asker"]),   # the ground, everywhere
    ("NM gikk på Sørmarka i Stavanger.", ["Sørmarka", "Stavanger"]),
    ("Han kom fra Bergen.", ["Bergen"]),                                             # ... unless it is the only place
    ("SINGAPORE (NTB): Moe ble nummer fem i VM i Singapore.", ["Singapore", "Singapore"]),   # a city state is a venue too
    ("Han kom fra Kenya.", []),                                                   # a country
    ("Inger Steinsland er leder i KIF Friidrett.", []),                          # a club acronym
    ("Hun bor i Storgata.", []),                                                  # a street
    # a dateline opening the first paragraphs, though the place is not named again; not a caption's label
    ("HAMAR: I siste øvelse på første dag av friidretts-NM kom det en stor overraskelse på 100 meter.", ["Hamar"]),
    ("SKUFFET: Ola Bakken ble nummer fem på 1500 meter og var slett ikke fornøyd med løpet sitt i dag.\n\n"
     "OVERHALLA: Det var en kald dag da jenta fra nabobygda vant terrengløpet foran alle de eldre jentene.", ["Overhalla"]),
    ("DRAMMEN: Malene vant først 400 meter medley med en ny personlig rekord, og senere 200 meter fri.\n\nEn\n\nTo\n\n"
     "Tre\n\nJUBEL: – Dette var deilig å oppleve, og nå gleder jeg meg veldig til neste sesong, sa hun.", ["Drammen"]),
    ("STAFETTGULL: Lagtempoet ble vunnet av Norge etter et svært jevnt og spennende løp hele veien.\n\n"
     "INZELL (VG) Norge vant lagtempo i B-finalen.", ["Inzell"]),                # the article's dateline; a round
    ("Gullet gikk til Kari Lie fra Skreia, som var først i mål.", []),
    ("31-åringen fra Dalsbygda vant 10 kilometer.", []),
    # where someone lives is no venue
    ("Svenske Ida Berg, som bor i Molde, vant i Trondheim.", ["Trondheim"]),
    ("Kari Lie, bosatt på Otta, løp fortest.", []),
    ("Han har busett seg i Lom, og sprang i Vågå.", ["Vågå"]),
    ("Klubben har sitt urspring i Hjelledalen i Stryn.", []),
    ("Hun vokste opp i Alta og vant i Bergen.", ["Bergen"]),
    ("Rittet inngår i Sunnhordland-cupen og gikk på Stord.", ["Stord"]),
    # a person noun before "fra": where the athlete is from
    ("Andreplassen tok en ung mann fra Hareid.", []),
    ("Løparen frå Sykkylven vann i Ørsta.", ["Ørsta"]),
    ("Flere utøvarar frå Volda deltok på Førde.", ["Førde"]),
    ("Her er resultatene fra Bislett i kveld.", ["Bislett"]),
    ("Nina Dahl (24) fra Brumunddal vant.", []),
    ("Han er godt kjent i området på Romerike.", []),
    ("Hun kommer fra Ringerike.", []),
    ("Han ble nummer tre i B-heatet i Szekesfehervar.", ["Szekesfehervar"]),
    ("Hun var best i A-finalen.", []),
    ("Bronsen gikk til Silje Fjørtoft fra Ullensaker/Kisa.", []),
    ("Det var ny klubbrekord i Gneist.", []),
    ("Tiden er klubbrekord innendørs i Tjalve.", []),
    ("Det sto i Fædrelandsvennen i går.", []),
    ("Her ble det ny pers på Kari B. Lund med 24,96.", []),                      # a name with a middle initial
    ("Det ble gull på Ola M. Dahl i Bergen.", ["Bergen"]),
    # where the course starts or passes is no venue of the race; the area it runs in may be
    ("Løypa gikk i to runder ut fra Strandkaien, og opp mot Skansen.", []),
    ("Løypa går på den gamle vegen frå Nes Kro og til Fjordtunet.", []),
    ("Traseen startet fra Kirkebakken og endte i Parken.", ["Parken"]),
    ("Løypa følger grusveier i Lillemarka hele veien.", ["Lillemarka"]),
    ("Kari Lie fra Skreia løp fra start.", []),
    # an infobox's medal rows: the place between the medal and the year
    ("Gull Roma 1960 Kule\nBronse Mexico City 1968 Kule\nSølv Oslo 1952 Diskos", ["Roma", "Mexico City", "Oslo"]),
    ("Vi tok gull Lørdag 2021 i Oslo", ["Oslo"]),               # not a row opening with its medal
    # a dateline with the desk after the race's place
    ("DAVOS/OSLO (VG) Kari Moe spurtet inn til andreplass i sprintfinalen.", ["Davos"]),
    # a result page's place-and-date line after its meet, or with the town before its ground
    ("Vårstemnet, Lillehammer, søndag.\nMenn 100 m: 1) Ola Dahl, Lillehammer 11,02", ["Lillehammer"]),
    ("Haustlekane, Sogndal, tysdag. Utval:\n", ["Sogndal"]),
    ("Bergen, Fana stadion – lørdag 14. juni 2025\n", ["Bergen"]),
    ("Drammen, Marienlyst stadion - 3. mai\n", ["Drammen"]),
    ("Oslo, lørdag kveld var det fullt på tribunen da Kari Moe vant og satte pers på Bislett\n", ["Bislett"]),   # prose
    # a ranking row's venue column after the day the mark was set
    ("1. 1.42,10 Ola Berg NOR 24. august 1997 Köln\n2. 1.42,50 Per Lie SWE 10. juni 1981 Firenze\n", ["Köln", "Firenze"]),
    ("1. | 12.40,10 | Ola Berg | Kenya | 14. august 2020 | Monaco |\n", ["Monaco"]),
    ("Det skjedde 24. august 1997. Per Lie vant.\n", []),    # a course through or around a town centre: the town ("i Leirvik sentrum" reads as any "i X")
    ("Turløpet gjekk i ei fem kilometer lang løype gjennom Stryn sentrum.", ["Stryn"]),
    ("Løperne sprang tre runder rundt Molde sentrum før mål.", ["Molde"]),
    ("Det var folkefest i Florø sentrum da løpet startet.", ["Florø"]),
    ("Løypa gjekk gjennom Nordfjordeid og ut mot fjorden.", []),        # a course through a town, not its centre: no venue told
    ("Han sprang rundt Vangsvatnet på 40 minutt.", []),
    # where a colleague, a friend or a group is from is no venue (u065, u077)
    ("Ola Dahl og arbeidskamerat frå Stryn sykla til start.", []),
    ("Alle dei ti frå Austevoll fekk nye rekordar.", []),
    ("Begge fra Bergen satte pers.", []),
    ("Dei sprang frå Stryn til Loen.", ["Stryn"]),
    # a place written before a club word names the club (u227, u232)
    ("Begge har bakgrunn i Molde svømmeklubb og svømte i Bergen.", ["Bergen"]),
    ("Han trente i Steinkjer friidrettsgruppe før NM i Hamar.", ["Hamar"]),
    ("Ho sprang i Florø sentrum og i Bergen.", ["Florø", "Bergen"]),
    # a country's genitive before what it owns is no venue
    ("Ho sprang fort på Noregs idrettshøgskule.", []),
    ("Han vant på Norges største friidrettsstemne i Bergen.", ["Bergen"]),
    ("Ho sprang i Sveriges største løp, i Stockholm.", ["Stockholm"]),
]


@pytest.mark.parametrize("text,expected", VENUES)
def test_find_venues(text, expected):
    assert [v.value for v in find_venues(text)] == expected


# Championships are asked only where one can start (meets._championship_starts): the same matches as the pattern's
# search of the whole text, on prefixed, suffixed, overlapping and odd forms and on every corpus text
CHAMPIONSHIP_FORMS = ["Hun vant inne-VM i fjor.", "sølv i U23-EM i Tallinn", "x-NM", "-VM", "ab_c-EM", "NMNM", "vmem-NM-gull",
                      "Norgesmesterskapet-EM", "EM U23 i Bergen", "2-em", "EM-EM-EM", "ø-VM", "innendørs-NM-gull og VM-sølv"]


@pytest.mark.parametrize("text", CHAMPIONSHIP_FORMS + [t.upper() for t in CHAMPIONSHIP_FORMS])
def test_championships_asked_where_they_can_start_are_those_the_whole_text_gives(text):
    from extractor.lexicons import finditer_at
    from extractor.matchers.meets import _championship_starts, _lexicon
    *_, pattern, words = _lexicon()
    spans = lambda found: [(m.span(), m.groupdict()) for m in found]
    assert spans(finditer_at(pattern, text, _championship_starts(text, words))) == spans(pattern.finditer(text))


def test_championships_asked_where_they_can_start_are_those_of_every_corpus_text():
    from pathlib import Path
    from extractor.lexicons import finditer_at
    from extractor.matchers.meets import _championship_starts, _lexicon
    *_, pattern, words = _lexicon()
    spans = lambda found: [(m.span(), m.groupdict()) for m in found]
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert spans(finditer_at(pattern, text, _championship_starts(text, words))) == spans(pattern.finditer(text)), path.name
