"""Disciplines and distances: "1500 meter", "1500-meteren", "1500m", "10 000 meter", "engelsk mil",
"3000 meter hinder", "400 m hekk", "4x100 meter", "halvmaraton", "høyde", "tikamp" ...

Codes follow FORMAT.md. `plausible_range(code)` says which marks make sense for a discipline; the
mark reader uses it to choose between readings of the same digits.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicons import alternation, rows, words
from ..mentions import Claimed, Mention


@dataclass(frozen=True)
class Discipline:
    code: str
    distance_m: float | None
    sport: str = "athletics"


TRACK_DISTANCES = {50, 55, 60, 80, 100, 110, 150, 200, 300, 400, 500, 600, 800, 1000, 1500, 1609, 2000,
                   3000, 5000, 10000, 20000}
ROAD_KM = {"3": 3000, "5": 5000, "8": 8000, "10": 10000, "12": 12000, "15": 15000, "20": 20000,
           "21": 21097.5, "21,1": 21097.5, "21,0975": 21097.5, "25": 25000, "30": 30000, "35": 35000,
           "42": 42195, "42,195": 42195, "42,2": 42195, "50": 50000}
FIELD_RANGES = {"HJ": (0.8, 2.6), "PV": (1.5, 6.5), "LJ": (3.0, 9.2), "TJ": (8.0, 18.5),
                "SP": (5.0, 24.0), "DT": (15.0, 75.0), "HT": (15.0, 87.0), "JT": (20.0, 100.0)}
COMBINED = {"decathlon", "heptathlon", "pentathlon"}
SWIM_STYLES = {"fri": "free", "fristil": "free", "crawl": "free", "rygg": "backstroke", "bryst": "breaststroke",
               "butterfly": "butterfly", "medley": "medley", "individuell medley": "medley"}
SKI_STYLES = {"klassisk": "classic", "klassiskstil": "classic", "fri": "free", "fristil": "free",
              "friteknikk": "free", "skøyting": "free"}
SKATING_DISTANCES = {100, 300, 500, 1000, 1500, 3000, 5000, 10000}
SWIM_DISTANCES = {25, 50, 100, 200, 400, 800, 1500}

# Races named without a distance: the times they can take (seconds).
_NAMED_RACE_RANGES = {
    ("biathlon", "sprint"): ("time", 900, 2400), ("biathlon", "pursuit"): ("time", 1500, 3000),
    ("biathlon", "mass_start"): ("time", 1800, 3000), ("biathlon", "individual"): ("time", 2400, 4200),
    ("cross_country_skiing", "sprint"): ("time", 120, 420), ("cross_country_skiing", "sprint_classic"): ("time", 120, 420),
    ("cross_country_skiing", "sprint_free"): ("time", 120, 420), ("cross_country_skiing", "skiathlon"): ("time", 1800, 5400),
    ("speed_skating", "mass_start"): ("time", 300, 720),
}
_STYLES = (r"hekk|hinder|kappgang|fri|fristil|friteknikk|crawl|rygg|bryst|butterfly|individuell medley|medley|"
           r"klassisk|klassiskstil|skøyting")
_STROKES = r"fri|fristil|crawl|rygg|bryst|butterfly|medley"
_UNIT = r"(?P<unit>km\b|kilometer(?!ne\b)\w*|m(?=\b|-)|meter(?!ne\b|a\b)\w*|metre(?!ne\b)\w*|m-\w+)"
# "10 km klassisk", "10-kilometeren i klassisk stil", "5 km i fristil"; "400 m hekkeløp", "3000 meter hinderløpet"
_STYLE_AFTER = rf"(?:\s+(?:i\s)?(?P<mod>{_STYLES})(?:(?<=hekk)eløp\w*|(?<=hinder)løp\w*)?\b)?"
_NUMERIC = regex.compile(
    r"(?<![\d.,])(?P<num>\d{1,2}[ .]\d{3}|\d{2,5}|\d{1,2}(?:,\d{1,3})?)(?P<gap>\s?|-)" + _UNIT + _STYLE_AFTER, regex.I)
# the style named first: "den klassiske 15-kilometeren"
_STYLE_BEFORE = regex.compile(r"\b(?P<mod>klassiske?|fristil)\s$", regex.I)
# "100 og 200 meter", "800, 1500 og 5000 meter": the unit is written once, after the last distance
_ELIDED = regex.compile(r"(?<![\d.,])(?P<nums>\d{2,5}(?:,\s\d{2,5})*),?\s(?:og|eller)\s$", regex.I)
_RELAY = regex.compile(
    rf"(?<!\w)(?P<legs>[2-4])\s?[x×]\s?(?P<leg>\d{{2,4}})\s?(?:m\b|meter\w*)?(?:\s?(?P<mod>{_STROKES})\w*)?", regex.I)
# swimming writes the stroke without the unit: "50 butterfly", "200 medley"
_SWIM_EVENT = regex.compile(rf"(?<![\d.,])(?P<num>\d{{2,4}})\s(?P<mod>{_STROKES})\b", regex.I)
_NOT_A_RACE_BEFORE = regex.compile(r"(?:\bpasserte|\bpassering|\better|\bved|\bsiste|\bførste|\bde|\bmed|\bhadde|\bpå de)"
                                r"(?:\s+(?:drøye|drøyt|knappe|knapt|vel|nesten|snaue|snautt|rundt|omtrent|ca\.))?\s*$", regex.I)
# "starta UM med 60 m", "Det startet med 200 meter butterfly", "åpnet NM med 100 meter": the first race, not a margin
_OPENED_WITH_BEFORE = regex.compile(r"\b(?:starta|startet|startar|starter|åpnet|åpna|åpner|opna|opnar|innledet|innleia|innleidde|begynte|byrja)"
                                    r"\s+(?:(?!og\b|men\b)\S+\s+){0,3}?med\s*$", regex.I)
_NOT_A_RACE_AFTER = regex.compile(r"^\s?(?:igjen|att\b|før mål|fra mål|frå mål|til mål|inn i|ut i|senere\b|seinare\b)", regex.I)
# a middle or long track distance without its unit, where it ends the clause or a time follows: "satte pers på 800
# på tida 2,00,65", "stakk av på 1500.", "løp jeg på 2.11 på 800." (not "reisefølge på 100 fra Norge", "på 1500 kroner")
_BARE_DISTANCE = regex.compile(r"(?<![\w])på\s(?P<num>800|1500|3000|5000|10\s000|10000)(?=[.!?](?!\d)|\s+(?:på|med)\s+(?:tida|tiden|tid|\d))", regex.I)
_SPACES = regex.compile(r"\s+")
_SENTENCE_END = regex.compile(r"[.!?]\s|\n")
_SEASON_WORD = regex.compile(r"cup|sammenlagt", regex.I)
GLUED_METRES = (30, 50000)      # "40m", "1200m": a distance glued to its unit names an event, any length


@lru_cache(maxsize=1)
def _number_word_distance():
    """Distances written as one word from a number word: "femkilometeren", "femtenkilometer",
    "femtusenmeter", "femmila" (a Norwegian mil is 10 km)."""
    words = sorted((w for w, _v, kind, _l in rows("numbers.tsv") if kind == "cardinal"), key=len, reverse=True)
    return regex.compile(
        r"(?<![\w-])(?P<word>" + "|".join(regex.escape(w) for w in words) + r")(?P<thousand>tusen)?-?"
        r"(?P<unit>kilometer(?!ne\b)\w*|meter(?!ne\b|a\b)\w*|mil(?:a|en)?\b)" + _STYLE_AFTER, regex.I)


@lru_cache(maxsize=1)
def _spaced_number_word_distance():
    """Road and ski distances written with a number word apart from the unit: "ti kilometer klassisk",
    "fem kilometer gateløp", "fem mil" (not "ein kilometer": one alone is rarely a race's distance)."""
    words = sorted((w for w, v, kind, _l in rows("numbers.tsv") if kind == "cardinal" and int(v) >= 2), key=len, reverse=True)
    return regex.compile(
        r"(?<![\w-])(?P<word>" + "|".join(regex.escape(w) for w in words) + r")(?P<thousand>)\s+"
        r"(?P<unit>(?-i:km)\b|kilometer(?!ne\b)\w*|mil(?:a|en)?\b)" + _STYLE_AFTER, regex.I)     # not "To KM-titlar"


@lru_cache(maxsize=1)
def _cardinal_values() -> dict[str, int]:
    return {w: int(v) for w, v, kind, _l in rows("numbers.tsv") if kind == "cardinal"}


@lru_cache(maxsize=1)
def _word_pattern():
    entries = sorted(((row + ["athletics"])[:4] for row in rows("disciplines.tsv")), key=lambda r: len(r[0]), reverse=True)
    alternatives, races = [], []
    for form, _code, how, sport in entries:
        escaped = regex.escape(form).replace(r"\ ", r"\s+")
        alternatives.append(escaped + (r"\w*" if how == "prefix" else r"(?![\w])"))
        if sport != "athletics" and how == "prefix":
            races.append(escaped)
    # "skiskytterjaktstarten", "kvinnesprinten", "NM-sprinten": a race word of the other sports after a prefix
    prefixes = alternation(words("race_prefixes.txt"))
    return regex.compile(rf"(?<![\w-])(?P<prefix>(?:{prefixes})(?=(?:{'|'.join(races)})))?(?:" + "|".join(alternatives) + r")", regex.I), entries


def _word_code(word: str) -> tuple[str | None, str]:
    _pattern, entries = _word_pattern()
    lower = _SPACES.sub(" ", word.lower())
    for form, code, how, sport in entries:
        if (how == "prefix" and lower.startswith(form)) or lower == form:
            return code, sport
    return None, "athletics"


def numeric_discipline(num: str, unit: str, mod: str | None, sport: str = "athletics",
                       glued: bool = False) -> Discipline | None:
    """'1500', 'meter', None -> 1500m; '400', 'm', 'hekk' -> 400mH; '10', 'km' -> 10km; '4,2', 'km' -> 4.2km;
    in a skiing article '15', 'km', 'klassisk' -> 15km_classic; in a swimming article '200', 'm', 'fri'
    -> 200m_free. Track distances outside the usual list only when `glued` ("40m")."""
    unit = unit.lower()
    digits = num.replace(" ", "").replace(".", "").replace(",", "")
    if not (digits.isdecimal() and len(digits) <= 9):
        return None                     # not a number (the distance pattern gives 1-6 digits)
    if sport != "athletics":
        return _other_sport(num, unit, (mod or "").lower(), sport)
    if unit.startswith("k"):
        metres = ROAD_KM.get(num) or _km_metres(num)
        if metres is None:
            return None
        if metres == 21097.5:
            return Discipline("half_marathon", metres)
        if metres == 42195:
            return Discipline("marathon", metres)
        km = f"{metres / 1000:g}"
        if mod and mod.lower() == "kappgang":
            return Discipline(f"{km}kmW", metres)
        return Discipline(f"{km}km", metres)
    if "," in num:
        return None
    metres = int(num.replace(" ", "").replace(".", ""))
    if metres not in TRACK_DISTANCES and not (glued and GLUED_METRES[0] <= metres <= GLUED_METRES[1] and metres % 10 == 0):
        return None
    mod = (mod or "").lower()
    if mod in SWIM_STYLES:
        return Discipline(f"{metres}m_{SWIM_STYLES[mod]}", metres, "swimming")
    if metres == 1609:
        return Discipline("mile", 1609.344)
    if mod == "hekk":
        return Discipline(f"{metres}mH", metres)
    if mod == "hinder":
        return Discipline(f"{metres}mSC", metres)
    if mod == "kappgang":
        return Discipline(f"{metres}mW", metres)
    return Discipline(f"{metres}m", metres)


def _km_metres(num: str) -> float | None:
    """A road distance in metres ("25" -> 25000, "4,2" -> 4200); None for a run of digits no race has."""
    value = float(num.replace(" ", "").replace(".", "").replace(",", "."))
    return value * 1000 if 0 < value <= 250 else None


def _other_sport(num: str, unit: str, mod: str, sport: str) -> Discipline | None:
    try:
        value = float(num.replace(" ", "").replace(".", "").replace(",", "."))
    except ValueError:
        return None
    metres = value * 1000 if unit.startswith("k") else value
    if metres <= 0:
        return None                     # "0 km" is no race (its distance_m 0 broke the schema)
    if sport in ("cross_country_skiing", "biathlon"):
        if not unit.startswith("k") and metres < 1000:
            return None
        km = f"{metres / 1000:g}"
        style = SKI_STYLES.get(mod) if sport == "cross_country_skiing" else None
        return Discipline(f"{km}km" + (f"_{style}" if style else ""), metres, sport)
    if sport == "speed_skating":
        return Discipline(f"{int(metres)}m", metres, sport) if metres in SKATING_DISTANCES else None
    if sport == "swimming":
        if metres not in SWIM_DISTANCES:
            return None
        style = SWIM_STYLES.get(mod)
        return Discipline(f"{int(metres)}m" + (f"_{style}" if style else ""), metres, sport)
    return None


def find_disciplines(text: str, sport: str = "athletics") -> list[Mention]:
    """Discipline mentions; `sport` is the article's sport (see matchers/sports.py), which decides how
    distances read ("15 km klassisk" in a skiing article) and which sport-specific words count."""
    out: list[Mention] = _relays(text, sport)
    taken = Claimed(out)                # the matches of one finditer never overlap each other
    for m in _NUMERIC.finditer(text):
        if taken.overlaps(m.start(), m.end()) or not _a_race_at(text, m.start(), m.end()):
            continue
        mod = m["mod"] or _style_before(text, m.start())
        d = numeric_discipline(m["num"], m["unit"], mod, sport, glued=m["gap"] == "")
        if d:
            out.extend(_elided(text, m.start(), m["unit"], mod, sport))
            out.append(Mention("discipline", m.start(), m.end(), m.group(), d))
    taken = Claimed(out)
    out.extend(_number_words(text, sport, taken))
    out.extend(Mention("discipline", m.start("num"), m.end(), m["num"], d) for m in _BARE_DISTANCE.finditer(text)
               if not taken.overlaps(m.start("num"), m.end()) and (d := numeric_discipline(m["num"].replace(" ", ""), "m", None, sport)))
    if sport == "swimming":
        taken = Claimed(out)
        out.extend(Mention("discipline", m.start(), m.end(), m.group(), d) for m in _SWIM_EVENT.finditer(text)
                   if not taken.overlaps(m.start(), m.end()) and (d := _other_sport(m["num"], "m", m["mod"].lower(), sport)))
    pattern, _entries = _word_pattern()
    taken = Claimed(out)
    for m in pattern.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        word = m.group()[len(m["prefix"] or ""):]
        if _SEASON_WORD.search(word):
            continue                    # "sprintcupen": a season's cup, not a race
        if m.group().lower().endswith(("merket", "merke")):
            continue                    # "halvmaratonmerket": a point on the course, not a race
        code, code_sport = _word_code(word)
        if m["prefix"] and code_sport == "athletics":
            continue
        if code == "-" or code is None:
            continue                    # "lengde uten tilløp": a standing jump, no long jump
        if code_sport != "athletics" and sport not in code_sport.split(","):
            continue                    # "sprint" is a race in skiing and biathlon, not in athletics
        distance = {"mile": 1609.344, "marathon": 42195, "half_marathon": 21097.5}.get(code)
        end = m.end()
        if code == "sprint" and sport == "cross_country_skiing":
            styled = _SPRINT_STYLE_AFTER.match(text, end)       # "sprinten i klassisk stil", "klassisk sprint"
            style = SKI_STYLES.get((styled["mod"] if styled else _style_before(text, m.start()) or "").lower())
            if style:
                code, end = f"sprint_{style}", (styled.end() if styled else end)
        out.append(Mention("discipline", m.start(), end, text[m.start():end],
                           Discipline(code, distance, sport if code_sport != "athletics" else "athletics")))
    out.sort(key=lambda x: x.start)
    return _cross_country_courses(text, _one_sprint_style(out))


def _one_sprint_style(found: list[Mention]) -> list[Mention]:
    """A ski article that states its sprint's technique once ("sprint fri menn: 1) ...") means it in
    every "sprinten" it names; with two techniques named, the bare ones stay "sprint"."""
    styled = {m.value.code for m in found if m.value.code.startswith("sprint_")}
    if len(styled) != 1:
        return found
    code = styled.pop()
    return [Mention(m.kind, m.start, m.end, m.text, Discipline(code, None, m.value.sport), m.info)
            if m.value.code == "sprint" and m.value.sport == "cross_country_skiing" else m for m in found]


def _cross_country_courses(text: str, found: list[Mention]) -> list[Mention]:
    """A road distance in the sentence that names a cross-country race is that race's course:
    "vant 6-kilometeren i terrengløpet" -> xc."""
    races = [m for m in found if m.value.code == "xc"]
    if not races:
        return found
    out = []
    for m in found:
        if m.value.code.endswith("km") and m.value.sport == "athletics" and any(
                not _SENTENCE_END.search(text, min(m.end, race.end), max(m.start, race.start)) for race in races):
            m = Mention(m.kind, m.start, m.end, m.text, Discipline("xc", None), m.info)
        out.append(m)
    return out


def _a_race_at(text: str, start: int, end: int) -> bool:
    """Not a point inside a race ("passerte 800 meter", "200 meter igjen"); a race a meet opened with is one
    ("starta UM med 60 m")."""
    if _NOT_A_RACE_AFTER.match(text[end:end + 12]):
        return False
    return not _NOT_A_RACE_BEFORE.search(text[max(0, start - 20):start]) or bool(_OPENED_WITH_BEFORE.search(text[max(0, start - 50):start]))


# "sprint klassisk stil", "sprinten i fristil", "sprinten sundag, som gjekk i fristil": a ski sprint's technique
_SPRINT_STYLE_AFTER = regex.compile(r"(?<!\s)(?:\s+\p{Ll}*dag)?(?:,?\s+(?:som\s+)?(?:gikk|gjekk|går|gjeng|gått))?\s+(?:i\s+)?"
                                    r"(?P<mod>klassisk|fristil|friteknikk|fri|skøyting)(?:\s+(?:stil|teknikk))?(?![\w-])", regex.I)


def _style_before(text: str, start: int) -> str | None:
    m = _STYLE_BEFORE.search(text[max(0, start - 12):start])
    return m["mod"].lower().removesuffix("e") if m else None


def _relays(text: str, sport: str) -> list[Mention]:
    """'4x100 meter', '4 x 400 m stafett'; in swimming with the stroke: '4x50 medley' -> 4x50m_medley."""
    out = []
    for m in _RELAY.finditer(text):
        legs, leg = int(m["legs"]), int(m["leg"])
        if sport == "swimming" and leg in SWIM_DISTANCES:
            style = SWIM_STYLES.get((m["mod"] or "").lower())
            out.append(Mention("discipline", m.start(), m.end(), m.group(),
                               Discipline(f"{legs}x{leg}m" + (f"_{style}" if style else ""), legs * leg, sport)))
        elif leg in (100, 200, 400, 800, 1500):
            words = text[m.start():m.start("mod") if m["mod"] else m.end()].rstrip()
            out.append(Mention("discipline", m.start(), m.start() + len(words), words,
                               Discipline(f"{legs}x{leg}m", legs * leg)))
    return out


def _elided(text: str, start: int, unit: str, mod: str | None, sport: str) -> list[Mention]:
    """The distances before "og" that share this one's unit: "100 og 200 meter" -> 100 m too."""
    m = _ELIDED.search(text[max(0, start - 40):start])
    if m is None:
        return []
    offset = max(0, start - 40)
    if not _a_race_at(text, offset + m.start(), offset + m.start()):
        return []                       # "ved 500, 1000 og 1500 meter": points inside a race
    out = []
    for number in regex.finditer(r"\d+", m["nums"]):
        d = numeric_discipline(number.group(), unit, mod, sport)
        if d:
            at = offset + m.start("nums") + number.start()
            out.append(Mention("discipline", at, at + len(number.group()), number.group(), d))
    return out


def _number_words(text: str, sport: str, taken: Claimed) -> list[Mention]:
    """'femkilometeren' -> 5km, 'femtenkilometer klassisk' -> 15km_classic, 'femmila' -> 50km."""
    out = []
    values = _cardinal_values()
    for m in [*_number_word_distance().finditer(text), *_spaced_number_word_distance().finditer(text)]:
        if taken.overlaps(m.start(), m.end()) or not _a_race_at(text, m.start(), m.end()):
            continue
        value = values[m["word"].lower()] * (1000 if m["thousand"] else 1)
        unit = m["unit"].lower()
        if unit.startswith("mil"):
            value, unit = value * 10, "km"
        d = numeric_discipline(str(value), unit, m["mod"] or _style_before(text, m.start()), sport)
        if d:
            out.append(Mention("discipline", m.start(), m.end(), m.group(), d))
    return out


COURSE_TIMES = ("time", 240, 86400)     # a race over a course: four minutes to a day


@lru_cache(maxsize=1)
def _course_words():
    return regex.compile(r"(?<![\w-])(?:" + "|".join(row[0] for row in rows("course_races.txt")) + r")(?![\w-])", regex.I)


def untimed_range(sport: str, text: str) -> tuple[str, float, float] | None:
    """The marks a race with no discipline can take: skiers and runners over a course take minutes and
    hours ("16.09" is 16:09 after a karusell or in a ski race); elsewhere None (anything goes)."""
    if sport in ("cross_country_skiing", "biathlon") or (sport == "athletics" and _course_words().search(text)):
        return COURSE_TIMES
    return None


def plausible_range(d: Discipline | None) -> tuple[str, float, float] | None:
    """(kind, low, high) of a mark in this discipline; None when anything goes."""
    if d is None:
        return None
    if d.code in FIELD_RANGES:
        return ("distance", *FIELD_RANGES[d.code])
    if d.code in COMBINED:
        return ("points", 1000, 10000)
    if d.code == "xc":
        return ("time", 300, 6000)
    if d.distance_m is None:
        return _NAMED_RACE_RANGES.get((d.sport, d.code))
    metres = d.distance_m
    if d.sport == "swimming":
        return ("time", metres / 2.4, metres / 0.5)
    if d.sport == "speed_skating":
        return ("time", metres / 17.5, metres / 5.0)
    if d.sport in ("cross_country_skiing", "biathlon"):
        return ("time", metres / 11.0, metres / 1.5)
    if d.code.endswith("W"):
        return ("time", metres / 4.6, metres / 1.0)
    if "x" in d.code:                  # relays: each leg's runner starts at speed (4x100 m: 36.8 s is the world record)
        leg = metres / int(d.code.split("x")[0])
        top_speed = 11.0 if leg <= 100 else 10.8 if leg <= 200 else 9.6
        return ("time", metres / top_speed, metres / 1.4)
    top_speed = 10.8 if metres <= 200 else 9.6 if metres <= 400 else 8.3 if metres <= 1000 else 7.6 if metres <= 3000 else 6.9
    return ("time", metres / top_speed, metres / 1.4)
