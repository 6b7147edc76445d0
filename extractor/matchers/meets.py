"""Meets and venues.

Meets: championships ("EM", "innendørs-EM", "inne-VM", "EM U23", "NM-gull", "norgesmesterskapet"),
named meets from the lexicon ("Diamond League-stevnet" -> "Diamond League", "Bislett Games") and by
their shape ("Oslo Maraton", "Trond Mohn Games", "Holmenkollstafetten", "Hytteplanmila",
"Florø-lekane", "Nordenkampen", "Sørlandsgallaen", "Norgescupen", "Galdane Rundt", "Skarverennet"); named
races inside a meet ("The Bowerman Mile") are events. Venues: "i Eugene", "på Bislett",
"i spanske Valencia", datelines ("MÜNCHEN (VG)"), a result page's place-and-date line ("Gävle, 19.–20. august").
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..anchored import compile_anchored
from ..lexicons import finditer_at, rows, words as word_list
from ..mentions import Claimed, Mention
from .nationalities import adjective_codes, country_codes

_INDOOR_PREFIX = ("inne", "innendørs", "innandørs", "hall", "inomhus")
_SHAPED = regex.compile(
    r"(?:«|\"|')?(?<![\p{L}\d-])(?:(?:I|På|Etter|Under|Fra|Frå)\s)?(?P<name>(?:The[ ])?\p{Lu}[\p{L}\d-]*(?:[ ]\p{Lu}[\p{L}\d-]*){0,3}[ ]"
    r"(?:Games|Grand Prix|Classic|Mile|Maraton|Marathon|Marathon|Gala|Invitational|Meeting|Indoor|Open|Halvmaraton|Rundt))(?![\w])")
_COMPOUND = regex.compile(r"(?<![\w-])(?P<name>\p{Lu}[\p{L}-]*?(?:stafetten|stafett|mila|milen|løpet|rennet|karusell|lekene|lekane|leikane|leikene|lekan|karusellen|kampen|gallaen|sprinten|cupen|(?<!-)stevnet|(?<!-)stemnet|(?<!-)(?<!(?i:norges|noregs|europa|verdens|verds|hoved|hovud|ungdoms|senior|junior|veteran|idretts|kortbane|allround|college|krins|krets|klubb|årsklasse|nordisk|skandinavisk))(?:meisterskap|mesterskap)(?:et)?))s?(?![\w])")      # "Sentrumsløpets 10 kilometer": the genitive names the meet
# "Golden Spike-stevnet" -> "Golden Spike", "Paavo Nurmi-lekene": a name of two or three words before
# ("Kvinnheradmeisterskap", "Gloppenmeisterskapet": a place's own championship, named as written)
# the hyphen makes a meet ("California-stemnet" is the California meet: a place, no name)
# "Sunnhordland maraton", "Gloppen halvmaraton", "New York halvmaraton": a race named by its place, the race word
# in lower case (the capitalised forms are _SHAPED's)
_PLACE_RACE = regex.compile(r"(?<![\w-])(?P<name>\p{Lu}[\p{L}-]*(?:[ ]\p{Lu}[\p{L}-]*)?[ ](?:halvmaraton|maraton|marathon))(?![\w-])")
_HYPHEN_MEET = regex.compile(r"(?<![\w-])(?P<name>\p{Lu}[\p{L}\d]*(?:[ ]\p{Lu}[\p{L}\d]*){1,2})-(?P<suffix>stevnet|stemnet|lekene|leikane|lekane)(?![\w])")
# "løype gjennom Hornindal sentrum", "rundt Voss sentrum": a course through a town centre names the race's town
_VENUE = regex.compile(r"(?<![\w])(?P<prep>i|på|fra|frå|(?:gjennom|rundt|forbi)(?=\s\p{Lu}[\p{L}-]+\ssentrum(?![\w-])))\s(?:(?P<adj>\p{Ll}+(?:ske|ske))\s)?(?P<place>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})")
_TITLE_SUFFIX = regex.compile(r"(?:vinner|vinnar|mester|meister|medaljør|medaljevinner|rekordholder|favoritt|krav|grense|grensa|billett)\w*$"
                              # "VM-plass er håpet", "OL-sesongen", "NM-status", "VM-laget", "VM-kongen", "OL-gren": a place on a team,
                              # a hope, a season, a standing, a team, a title or a programme, no race
                              r"|(?:plass|plassen|håp|håpet|sesong|sesongen|status|statusen|laget|troppen|kongen|dronninga|dronningen"
                              r"|gren|grein|greina|program|programmet)$", regex.I)
_STREET = regex.compile(r"(?:veien|vegen|gata|gate|vei|veg|plass|torget)$", regex.I)
# "DAVOS/OSLO (VG)", "TOKYO/OSLO (VG)": the race's place, then the desk's
_DATELINE = regex.compile(r"(?m)^(?P<place>\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?)(?:/\p{Lu}{3,})?\s*(?P<form>\([\w/ ]+\)|:)")
# A result page's place-and-date line: "Frognerseteren, onsdag 12. juni", "Trondheim stadion, 1.–2. juni", "Gävle, 19.–20. august";
# after the meet ("Kveldsstemnet, Førde, tysdag."), or the town before its ground ("Oslo, Bislett stadion – torsdag 11. juni")
_GROUNDS = r"(?:stadion|stadium|idrettspark|idrettsplass|friidrettsbane)"
_PLACE_DATE_LINE = regex.compile(r"(?m)^(?:[^\n,]{3,40},[ \t]+(?=[^\n,]+,[ \t]+\p{Ll}+dag\b))?(?P<place>\p{Lu}\p{Ll}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})"
                             rf"(?P<ground> {_GROUNDS})?(?:,|,[ \t]+\p{{Lu}}[\p{{L}}-]*[ \t]+{_GROUNDS}[ \t]+[–-])"
                             r"[ \t]+(?:\p{Ll}+dag(?:[ \t]+\d{1,2}\.(?=[ \t–-]))?|\d{1,2}\.(?=[ \t–-]))[^\n]{0,30}$")
_GROUND_WORD = regex.compile(r"(?:stadion|stadium|arena|hallen)$", regex.I)
_SIDE_RACE = regex.compile(r"(?:Barne|Born)(?:løpet|løpa|rennet)$")     # "Barneløpet ble avholdt ...": the children's race, no meet name
_THING_COMPOUND = regex.compile(r"-\p{Ll}+$")       # a name and a common noun: "BFG-samlinga", "Bislett-programmet"
_LIST_NOUN = regex.compile(r"\p{L}{3}-?(?:tabell(?:en|a)?|kalender(?:en)?|list(?:a|en)|ranking(?:en|a)?|statistikk(?:en)?)$", regex.I)
_INITIAL_AFTER = compile_anchored(r" \p{Lu}\. \p{Lu}\p{Ll}")
_IN_AFTER = regex.compile(r"(?<!\s)\s+i\s+")         # on the 4 characters after a venue: "Rud i Bærum"


@lru_cache(maxsize=1)
def _lexicon():
    named = {row[0]: (row[1], row[2] == "1") for row in rows("meets.tsv")}
    named.update({w[0].upper() + w[1:]: v for w, v in list(named.items()) if w[0].islower()})    # at a sentence start
    champs = {row[0]: (row[1], row[2] == "1") for row in rows("championships.tsv")}
    named_re = regex.compile(r"(?<![\w])(?P<name>" + "|".join(regex.escape(n) for n in sorted(named, key=len, reverse=True)) + r")(?![\w])")
    champ_words = "|".join(regex.escape(c) for c in sorted(champs, key=len, reverse=True))
    champ_re = regex.compile(
        rf"(?<![\w])(?:(?P<pre>[\p{{L}}\d]+)-)?(?P<abbr>{champ_words})(?:-(?P<suf>[\p{{L}}]+))?(?:\s(?P<age>U\d{{2}}))?(?![\w])",
        regex.I)
    return named, champs, named_re, champ_re, regex.compile(champ_words, regex.I)


_PREFIX_CHAR = regex.compile(r"[\p{L}\d]")


def _championship_starts(text: str, words: regex.Pattern) -> list[int]:
    """Where a championship can start: at each championship word (found anywhere, overlapping ones too) and, after a
    hyphen, at the start of the word before it ("inne-VM", "U23-EM"). Asked only there, the championship pattern gives
    the matches it gives on the whole text; its optional prefix word made it read every word of the text twice."""
    starts = set()
    for m in words.finditer(text, overlapped=True):
        starts.add(m.start())
        if text[m.start() - 1:m.start()] == "-":
            i = m.start() - 1
            while i > 0 and _PREFIX_CHAR.match(text, i - 1):
                i -= 1
            starts.add(i)
    return sorted(starts)


@lru_cache(maxsize=1)
def _series():
    series = {stem.lower(): name for stem, name in rows("series.tsv")}
    stems = "|".join(regex.escape(s) for s in sorted(series, key=len, reverse=True))
    return series, regex.compile(rf"(?<![\w-])(?P<stem>{stems})(?P<rest>\p{{Ll}}*+)(?![\w-])", regex.I)


@lru_cache(maxsize=1)
def _titles():
    titles = {title: name for title, name in rows("titles.tsv")}
    words = "|".join(regex.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True))
    return titles, regex.compile(rf"(?<![\w])(?<!\bsom\s)(?:ble|blei|vart|blitt|er\s+dermed)\s+(?:\p{{Ll}}+\s+)?(?P<title>{words})(?![\w])", regex.I)


# "verdenscupleder", "norgescupstatus", "verdscuppoeng", "verdscupmeister": a standing or a title, not a race of the series
_SERIES_NOT_RACE = regex.compile(r"(?:leder|leiar|poeng|sesong|sammenlagt|samanlagt|status|nivå|sirkus|mester|meister)", regex.I)
# "leder verdenscupen", "har vunnet ... verdenscuprenn": the standing, or races won before, not the race told
_SERIES_STANDING_BEFORE = regex.compile(r"(?:leder|ledet|leiar|leia|leidde|topper|toppet)\s+$|(?:vunnet|vunne)\s+(?:\p{L}+\s+){0,5}$", regex.I)


# "opna verdscupsesongen med siger", "åpner verdenscupsesongen med sprint": the season's first race is one of the series
_SEASON_OPENED_BEFORE = regex.compile(r"\b(?:åpnet|åpna|åpner|opna|opnar|opnet)\s+$", regex.I)


def find_meets(text: str) -> list[Mention]:
    named, champs, named_re, champ_re, champ_words = _lexicon()
    out: list[Mention] = []
    for m in named_re.finditer(text):
        name, indoor = named[m["name"]]
        out.append(Mention("meet", m.start(), m.end(), m.group(), name, {"indoor": indoor}))
    titles, titles_re = _titles()
    for m in titles_re.finditer(text):          # not in a relative clause: "Haga, som ble olympisk mester i 2018"
        name = titles[" ".join(m["title"].lower().split())]
        out.append(Mention("meet", m.start("title"), m.end("title"), m["title"], name, {"indoor": False, "championship": True}))
    series, series_re = _series()
    standings = []
    for m in series_re.finditer(text):
        if _SERIES_STANDING_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            standings.append(Mention("standing", m.start(), m.end(), m.group(), None))
        elif not _SERIES_NOT_RACE.match(m["rest"]) or (m["rest"].lower().startswith("sesong")
                                                       and _SEASON_OPENED_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            out.append(Mention("meet", m.start(), m.end(), m.group(), series[m["stem"].lower()], {"indoor": False}))
    for m in finditer_at(champ_re, text, _championship_starts(text, champ_words)):
        abbr = m["abbr"]
        key = next((c for c in champs if c.lower() == abbr.lower()), None)
        if key is None or (len(key) <= 3 and not abbr.isupper()):
            continue
        name, _ = champs[key]
        if _TITLE_SUFFIX.match(m["suf"] or ""):
            continue                # "OL-vinneren", "VM-mester", "VM-plass", "OL-sesongen": a title or a target, not the race reported
        pre = (m["pre"] or "").lower()
        indoor = pre in _INDOOR_PREFIX or (m["suf"] or "").lower().startswith(("inne", "innendørs"))
        if m["age"]:
            name = f"{name} {m['age']}"
        elif pre.startswith("u") and pre[1:].isdigit():
            name = f"{name} {pre.upper()}"
        out.append(Mention("meet", m.start(), m.end(), m.group(), name,
                           {"indoor": indoor, "championship": True, "medal_suffix": (m["suf"] or "").lower()}))
    taken = Claimed(out)
    countries = country_codes()
    for m in _HYPHEN_MEET.finditer(text):
        if taken.overlaps(m.start(), m.end()) or m["name"] in countries:
            continue
        name = m["name"] if m["suffix"] in ("stevnet", "stemnet") else m.group()
        out.append(Mention("meet", m.start(), m.end(), m.group(), name, {"indoor": False, "event": False}))
    from .athletes import not_names, opens_sentence
    for pattern in (_SHAPED, _PLACE_RACE, _COMPOUND):
        taken = Claimed(out + standings)            # the matches of one finditer never overlap each other
        for m in pattern.finditer(text):
            s, e = m.span("name")
            if taken.overlaps(s, e):
                continue
            name = m["name"]
            while pattern is _SHAPED and name.count(" ") > 1 and name.split(" ", 1)[0].lower() in not_names():
                s += name.index(" ") + 1            # "Resultater Impossible Games": a label before the name
                name = text[s:e]
            if pattern is not _COMPOUND and name.split(" ", 1)[0].lower() in not_names():
                continue                            # "Gull Maraton": a medal list's label and its event; "Men halvmaraton"
            if pattern is _COMPOUND and opens_sentence(text, s) and (name.lower() in text or _SIDE_RACE.match(name)):
                continue                            # "Barneløpet starta ...": a common noun (the text writes "barneløpet" too)
            quoted = text[max(0, m.start("name") - 1):m.start("name")] in ("«", '"', "'")
            event = name.startswith("The ") or name.endswith(" Mile") or quoted
            out.append(Mention("meet", s, e, name, name, {"indoor": False, "event": event}))
    out.sort(key=lambda x: x.start)
    return _named_in_brackets(text, out)


_BRACKET_AFTER = regex.compile(r"[^().!?\n]{0,30}\(")


def _named_in_brackets(text: str, meets: list[Mention]) -> list[Mention]:
    """"Diamond League-stevnet i Oslo (Bislett Games)": the meet in brackets names the one before it."""
    bracketed = {m.start for m in meets if text[m.start - 1:m.start] == "("}
    if not bracketed:
        return meets
    return [m for m in meets
            if not ((after := _BRACKET_AFTER.match(text, m.end)) and after.end() in bracketed)]


# a table row's last column after its day: "1. 1.41,11 Ola Berg DEN 24. august 1997 Köln", "| 14. august 2020 | Monaco |"
_DATED_ROW_PLACE = regex.compile(r"(?<=\d{1,2}\.[ \t]?\p{Ll}{3,}[ \t](?:19|20)\d\d[ \t]{1,3}(?:\|[ \t]{1,3})?)"
                                 r"(?P<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?=[ \t]*+\|?[ \t]*+$)", regex.M)


def find_venues(text: str, not_places: set[str] = frozenset()) -> list[Mention]:
    """Places named for a race; countries and known non-places excluded."""
    from .athletes import CLUB_ACRONYMS, is_given_name, not_names
    out: list[Mention] = []
    countries = _venue_countries()
    for m in _VENUE.finditer(text):
        place = m["place"]
        words = place.split()
        if len(words) >= 2 and words[-1] in CLUB_ACRONYMS:
            continue                # "Friidrettsgruppa i Osterøy IL": a club, not where the race was
        while words and (words[-1].lower() in not_names() or words[-1] in countries) \
                and not (len(words) >= 2 and words[-1] in _PROPER_GROUND_WORDS):
            words.pop()         # "på Bislett stadion" -> Bislett; "på Bislett Stadion" is the ground's own name
        if not words:
            continue
        place = " ".join(words)
        if _STREET.search(place) or (len(words) >= 2 and is_given_name(words[0])):
            continue
        if (_THING_COMPOUND.search(place) and not _GROUND_WORD.search(place)) or _LIST_NOUN.search(place):
            continue                # "i BFG-drakt", "i Ringerike-laget", "i California-stemnet": a thing named for a place or club;
                                    # "på Tyrvingtabellen", "på Adelskalenderen": a points table or ranking
        if len(words) == 1 and is_given_name(place) and _INITIAL_AFTER.match(text, m.start("place") + len(place)):
            continue                # "innepers på Sara D. Jensen": a given name, a middle initial and a surname
        if place in countries or place.lower() in not_names() or place in not_places or place.lower() in adjective_codes():
            continue
        if len(words) == 1 and place[-1:] == "s" and place[:-1] in countries:
            continue                # "på Noregs idrettshøgskule", "på Norges største stemne": a country's genitive, no venue
        if place.isupper() and len(place) <= 5:
            continue                # "leder i KIF Friidrett": a club, not a place
        if _no_venue(text, m, place):
            continue
        s = m.start("place")
        out.append(Mention("venue", s, s + len(place), place, place, {"prep": m["prep"], "ground": _is_ground(text, place, s + len(place))}))
    for m in _DATED_ROW_PLACE.finditer(text):       # "... 24. august 1997 Köln": a ranking row's venue column after its day
        place = m["place"]
        if place not in countries and place.lower() not in not_names() and not is_given_name(place):
            out.append(Mention("venue", m.start("place"), m.end("place"), place, place, {"prep": "table_row"}))
    named_in_text = None
    datelines = list(_DATELINE.finditer(text))
    dated = any(m["form"] != ":" for m in datelines)      # "INZELL (VG)": the article has its one dateline
    for m in datelines:
        place = m["place"].title()
        if place in countries or m["place"] in ("NTB", "NPK", "VG", "NRK", "ANB", "TT"):
            continue
        if m["form"] == ":":
            named_in_text = named_in_text or _word_sequences(text)
            if place not in named_in_text and (dated or not _opens_prose(text, m)):
                continue            # "GULLMESTERSKAP: ..." is a caption label, "INZELL (VG)" a dateline
            dated = dated or place not in named_in_text
        out.append(Mention("venue", m.start("place"), m.end("place"), m["place"], place, {"prep": "dateline"}))
    for m in _PLACE_DATE_LINE.finditer(text):
        place = m["place"]
        if place in countries or place.lower() in not_names() or is_given_name(place.split()[0]):
            continue
        ground = bool(m["ground"]) or place in _grounds()
        if ground and any(v.start < m.start() for v in out):
            continue                # "... i Oslo (Bislett Games)\nBislett stadion, torsdag 15. juni": the town holds
        out.append(Mention("venue", m.start("place"), m.end("place"), place, place, {"prep": "place_date"}))
    for m in _medal_row_places().finditer(text):
        out.append(Mention("venue", m.start("place"), m.end("place"), m["place"], m["place"], {"prep": "medal_row"}))
    out.sort(key=lambda x: x.start)
    out = _outermost(text, out)
    if any(v.info.get("prep", "").lower() not in ("fra", "frå") for v in out):
        # "Nesheim Bø (22) frå Sogndal ... på Gåsbu": where an athlete comes from is no venue
        out = [v for v in out if v.info.get("prep", "").lower() not in ("fra", "frå")]
    return out


@lru_cache(maxsize=1)
def _medal_row_places() -> regex.Pattern:
    """An encyclopedia infobox's medal row "Gull Sydney 2000 Spydkast": the place between the medal and the
    year ("Gull Spyd 1983" holds a discipline there, which the pipeline's overlap with disciplines drops)."""
    medals = "|".join(regex.escape(w[:1].upper() + w[1:]) for w, _p in rows("medals.tsv"))
    return regex.compile(rf"(?m)^[ \t]*(?:{medals})[ \t]+(?P<place>\p{{Lu}}\p{{Ll}}+(?:[ -]\p{{Lu}}\p{{Ll}}+)?)[ \t]+(?:19|20)\d\d\b")


# "A-finalen", "B-heatet", "B-gruppa": a round or group, not a place
_LETTER_LABEL = regex.compile(r"^\p{Lu}-\p{Ll}")
# "klubbrekord innomhus i Gneist", "klubbkamerat i BUL": a club
# "klubben i Osterøy", "friidrettsgruppa på Stranda", "Symjegruppa i Austevoll": a club, no venue
# "bor i Måndalen", "bosatt på Åndalsnes", "har sitt urspring i Velledalen (i Sykkylven)": where someone
# lives; "Løpet inngår i Møre og Romsdal ...": a series or a district
_HOME_BEFORE = regex.compile(r"(?:\b(?:bor|bur|bodde|budde|bosatt|busett|busatt|bosett\s+seg|busett\s+seg|bosatte\s+seg|"
                             r"busette\s+seg|vokste\s+opp|vaks\s+opp|oppvokst|urspring|opphav|inngår|inngikk))"
                             r"\s+(?:(?:i|på)\s+\p{Lu}[\p{L}-]+\s+)?$")
# "i Orkanger svømmeavdeling", "i Alta svømmeklubb": the place names a club, written after it
_CLUB_AFTER = compile_anchored(r"\s+\p{Ll}*(?:klubb|klubben|avdeling|avdelinga|avdelingen|idrettslag|idrettslaget|gruppe|gruppa)(?![\w-])")
_CLUB_BEFORE = regex.compile(r"(?:klubb\p{Ll}*|grupp(?:a|e|en))\s+(?:\p{Ll}+\s+)?$", regex.I)
# "Silje Eklund fra Skreia", "Krol (26) fra Nederland", "31-åringen fra Dalsbygda": where the athlete is from
# "en lokal mann fra Valldal", "løparen frå Dalsbygda", "utøvarar frå Ørsta", "arbeidskamerat frå Asvo": a person noun before it
_PERSON_BEFORE = regex.compile(r"(?:\p{Lu}\p{Ll}+|\)|(?<![\d\p{L}])(?:\d+-|\p{Ll}+)(?:åringen|åringa)|(?<!\p{L})\p{Ll}+-?(?:gutten|jenta|jenten)"
                            r"|(?<![\p{L}-])\p{Ll}*(?:mann|mannen|kvinne|kvinnen|jente|jenta|jentene|gutt|gutten|gutane|guttene|dame|damen"
                            r"|løper|løperen|løpere|løperne|løpar|løparen|løparar|løparane|utøver|utøveren|utøvere|utøverne"
                            r"|utøvar|utøvaren|utøvarar|utøvarane|kamerat|kameraten|kameratar|kamerater|kollega|kollegaen|venn|vennen"
                            r"|venner|vennar|venninne|venninna)"
                            # "dei ti frå Austevoll", "alle fra Bergen", "begge frå Stord": a group of people
                            r"|(?<![\p{L}-])(?:dei|de|alle|begge)(?:\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|\d+))?)\s$")
# a sentence about the course: "Løypa går på gamlevegen frå X", "Traseen passerer Y"
_ROUTE = regex.compile(r"(?:Løypa|Løypen|Løypene|Løypene|Traseen|Traséen|Ruta|Ruten)\s+(?:\p{Ll}+\s+){0,2}?"
                       r"(?:går|gikk|gjekk|starter|startet|starta|startar|følger|fulgte|følgde|passerer|passerte|svinger|svingar)(?![\w])")
_SENTENCE_OPEN = regex.compile(r"[.!?\n]")
_PARAGRAPH = 80                 # a line as long as this is a paragraph, not a caption or a label
_OPENING_LINES = 4              # a dateline stands at the top: after a title, a lede and a caption at most
_NAME_OPENS = regex.compile(r"(?<![ \t])[ \t]*+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+")


def _no_venue(text: str, m, place: str) -> bool:
    """A region, a round's letter label, a club, or where an athlete is from: not where a race was."""
    if place in regions() or _LETTER_LABEL.match(place) or text.startswith("/", m.start("place") + len(place)) \
            or _CLUB_AFTER.match(text, m.start("place") + len(place)):
        return True             # "på Romerike", "i B-heatet", "fra Ullensaker/Kisa", "i Alta svømmeklubb"
    before = text[max(0, m.start() - 25):m.start()]
    if m["prep"] in ("i", "på") and (_CLUB_BEFORE.search(before) or _HOME_BEFORE.search(text, max(0, m.start() - 40), m.start())):
        return True
    if m["prep"].lower() in ("fra", "frå") and _ROUTE.match(_SENTENCE_OPEN.split(text[max(0, m.start() - 150):m.start()])[-1].lstrip()):
        return True             # "Løypa gikk i to sløyfer ut fra Rådhusplassen": where the course starts, not the race's place
    return m["prep"].lower() in ("fra", "frå") and bool(_PERSON_BEFORE.search(before))


def _opens_prose(text: str, m) -> bool:
    """"HAMAR: I siste finaleøvelse ...", "DRAMMEN: Malene vant ...": a dateline opens the article's first
    paragraphs of prose, so "PLACE:" is one though the text does not name the place again; a photo
    caption's label opens a line about the person pictured ("SKUFFET: Håvard Bøkko ble nummer fem")."""
    end = text.find("\n", m.end())
    opening = sum(1 for line in text[:m.start()].split("\n") if line.strip()) <= _OPENING_LINES
    return opening and (end if end >= 0 else len(text)) - m.end() >= _PARAGRAPH and not _NAME_OPENS.match(text, m.end())


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    return word_list("regions.txt")


_WORD_RUN = regex.compile(r"\w+")
_CITY_STATES = frozenset({"Singapore", "Monaco", "Luxembourg", "San Marino", "Hongkong", "Hong Kong"})   # countries that are venues too


@lru_cache(maxsize=1)
def _venue_countries() -> frozenset[str]:
    """Country names that are no venue: every country but the city states."""
    return frozenset(country_codes()) - _CITY_STATES
_PROPER_GROUND_WORDS = frozenset({"Stadion", "Stadium", "Arena"})


def _word_sequences(text: str) -> set[str]:
    r"""Every whole word of the text and every two joined by one space or hyphen: what
    `(?<!\w)Place(?!\w)` finds, for a dateline "PLACE:" of one or two words (one scan of the text,
    not one search per dateline)."""
    runs = [(m.start(), m.end()) for m in _WORD_RUN.finditer(text)]
    out = {text[s:e] for s, e in runs}
    for (s, e), (s2, e2) in zip(runs, runs[1:]):
        if s2 == e + 1 and text[e] in " -":
            out.add(text[s:e2])
    return out


_GROUND_AFTER = regex.compile(r"[ ](?:stadion|stadium|arena|idrettspark|idrettsplass)(?![\w])")
_GROUND_NAME = regex.compile(r"^(?:Stadio|Estadio|Stade|Stadion)\b|(?:stadion|stadium|arena|hallen)$")


def _is_ground(text: str, place: str, end: int) -> bool:
    """A sports ground rather than a town: "Bislett stadion", "Olympiastadion", "Stadio Olimpico", "Rud"."""
    return place in _grounds() or bool(_GROUND_NAME.search(place)) or bool(_GROUND_AFTER.match(text, end))


def _grounds() -> frozenset[str]:
    return word_list("grounds.txt")


def _outermost(text: str, venues: list[Mention]) -> list[Mention]:
    """"på Rud i Bærum", "Olympiastadion i Athen", "på Føyka stadion i Asker": the ground gives way to
    the town, here and wherever else the text names it ("Selma slo de eldste jentene på Føyka").
    "i Byrkjelo i Gloppen" stays, the place noting the town it lies in (info "inside")."""
    by_start = {v.start: v for v in venues}
    grounds_in: dict[str, str] = {}
    for v in venues:
        end = v.end
        ground_word = _GROUND_AFTER.match(text, end)
        if ground_word:
            end = ground_word.end()         # "Føyka stadion i Asker"
        after = _IN_AFTER.match(text[end:end + 4])
        town = by_start.get(end + after.end()) if after else None
        if town is None:
            continue
        if v.value in _grounds() or _GROUND_WORD.search(v.value) or v.info.get("ground"):
            grounds_in[v.value] = town.value
        else:
            v.info["inside"] = town.value
    return [v for v in venues if v.value not in grounds_in]
