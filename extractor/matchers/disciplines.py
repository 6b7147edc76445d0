"""Disciplines and distances: "1500 meter", "1500-meteren", "1500m", "10 000 meter", "engelsk mil",
"3000 meter hinder", "400 m hekk", "4x100 meter", "halvmaraton", "høyde", "tikamp" ...

Codes follow FORMAT.md. `plausible_range(code)` says which marks make sense for a discipline; the
mark reader uses it to choose between readings of the same digits.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicons import rows
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
    ("cross_country_skiing", "sprint"): ("time", 120, 420), ("cross_country_skiing", "skiathlon"): ("time", 1800, 5400),
    ("speed_skating", "mass_start"): ("time", 300, 720),
}
_NUMERIC = regex.compile(
    r"(?<![\d.,])(?P<num>\d{1,2}[ .]\d{3}|\d{2,5}|\d{1,2}(?:,\d{1,3})?)(?:\s?|-)"
    r"(?P<unit>km\b|kilometer(?!ne\b)\w*|m(?=\b|-)|meter(?!ne\b|a\b)\w*|metre(?!ne\b)\w*|m-\w+)"
    r"(?:\s+(?P<mod>hekk|hinder|kappgang|fri|fristil|friteknikk|crawl|rygg|bryst|butterfly|individuell medley|medley|"
    r"klassisk|klassiskstil|skøyting)\b)?", regex.I)
_RELAY = regex.compile(r"(?<!\w)(?P<legs>[2-4])\s?[x×]\s?(?P<leg>\d{2,4})\s?(?:m\b|meter\w*)?", regex.I)
_NOT_A_RACE_BEFORE = regex.compile(r"(?:\bpasserte|\bpassering|\better|\bved|\bsiste|\bførste|\bde|\bmed|\bhadde|\bpå de)\s*$", regex.I)
_NOT_A_RACE_AFTER = regex.compile(r"^\s?(?:igjen|att\b|før mål|fra mål|frå mål|til mål|inn i|ut i)", regex.I)
_SPACES = regex.compile(r"\s+")
_SEASON_WORD = regex.compile(r"cup|sammenlagt", regex.I)


@lru_cache(maxsize=1)
def _word_pattern():
    entries = sorted(((row + ["athletics"])[:4] for row in rows("disciplines.tsv")), key=lambda r: len(r[0]), reverse=True)
    alternatives = []
    for form, _code, how, _sport in entries:
        escaped = regex.escape(form).replace(r"\ ", r"\s+")
        alternatives.append(escaped + (r"\w*" if how == "prefix" else r"(?![\w])"))
    return regex.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")", regex.I), entries


def _word_code(word: str) -> tuple[str | None, str]:
    _pattern, entries = _word_pattern()
    lower = _SPACES.sub(" ", word.lower())
    for form, code, how, sport in entries:
        if (how == "prefix" and lower.startswith(form)) or lower == form:
            return code, sport
    return None, "athletics"


def numeric_discipline(num: str, unit: str, mod: str | None, sport: str = "athletics") -> Discipline | None:
    """'1500', 'meter', None -> 1500m; '400', 'm', 'hekk' -> 400mH; '10', 'km' -> 10km; in a skiing
    article '15', 'km', 'klassisk' -> 15km_classic; in a swimming article '200', 'm', 'fri' -> 200m_free."""
    unit = unit.lower()
    digits = num.replace(" ", "").replace(".", "").replace(",", "")
    if not (digits.isdecimal() and len(digits) <= 9):
        return None                     # not a number (the distance pattern gives 1-6 digits)
    if sport != "athletics":
        return _other_sport(num, unit, (mod or "").lower(), sport)
    if unit.startswith("k"):
        metres = ROAD_KM.get(num)
        if metres is None:
            return None
        if metres == 21097.5:
            return Discipline("half_marathon", metres)
        if metres == 42195:
            return Discipline("marathon", metres)
        if mod and mod.lower() == "kappgang":
            return Discipline(f"{num}kmW", metres)
        return Discipline(f"{num}km", metres)
    if "," in num:
        return None
    metres = int(num.replace(" ", "").replace(".", ""))
    if metres not in TRACK_DISTANCES:
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
        km = f"{value:g}".replace(".", ",") if unit.startswith("k") else f"{value / 1000:g}".replace(".", ",")
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
    out: list[Mention] = []
    for m in _RELAY.finditer(text):
        legs, leg = int(m["legs"]), int(m["leg"])
        if leg in (100, 200, 400, 800, 1500):
            out.append(Mention("discipline", m.start(), m.end(), m.group(),
                               Discipline(f"{legs}x{leg}m", legs * leg)))
    taken = Claimed(out)                # the matches of one finditer never overlap each other
    for m in _NUMERIC.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if _NOT_A_RACE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or _NOT_A_RACE_AFTER.match(text[m.end():m.end() + 12]):
            continue
        d = numeric_discipline(m["num"], m["unit"], m["mod"], sport) or \
            (numeric_discipline(m["num"], m["unit"], m["mod"]) if sport == "athletics" else None)
        if d:
            out.append(Mention("discipline", m.start(), m.end(), m.group(), d))
    pattern, _entries = _word_pattern()
    taken = Claimed(out)
    for m in pattern.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if _SEASON_WORD.search(m.group()):
            continue                    # "sprintcupen": a season's cup, not a race
        if m.group().lower().endswith(("merket", "merke")):
            continue                    # "halvmaratonmerket": a point on the course, not a race
        code, code_sport = _word_code(m.group())
        if code == "walk" or code is None:
            continue
        if code_sport != "athletics" and sport not in code_sport.split(","):
            continue                    # "sprint" is a race in skiing and biathlon, not in athletics
        distance = {"mile": 1609.344, "marathon": 42195, "half_marathon": 21097.5}.get(code)
        out.append(Mention("discipline", m.start(), m.end(), m.group(),
                           Discipline(code, distance, sport if code_sport != "athletics" else "athletics")))
    out.sort(key=lambda x: x.start)
    return out


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
