"""Marks: times, distances and points, told apart from dates, clock times, scores, gaps, margins,
splits, wind readings, targets and old records.

Two steps, both pure:
- `find_marks(text)` finds numeric runs ("3.45,34", "1;59;63", "88,12 meter", "8608 poeng",
  "to timer, ti minutter og syv sekunder") and says what kind of number each is from the words
  around it: mark, gap, margin, split, wind, clock, date, threshold.
- `read_mark(shape, discipline)` turns a mark's digits into the canonical mark, choosing the
  reading that is plausible for the discipline: "59.47" is 59:47 in a half marathon, 59.47 s in a
  400 m; "2.05,48" is 2:05:48 in a marathon.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..anchored import compile_anchored
from ..lexicons import rows
from ..mentions import Claimed, Mention


@dataclass(frozen=True)
class MarkShape:
    groups: tuple[str, ...]
    seps: tuple[str, ...]
    unit: str | None = None            # time | distance | points, when the text names a unit


@dataclass(frozen=True)
class Reading:
    kind: str                          # time | distance | points
    value: float                       # seconds, metres or points
    canonical: str                     # "3:45.34", "2:05:48", "46.52", "5.81", "8608p"


# a unit may be glued to the run ("1,63m", "6,88s"), a label to its colon ("Tid:47.23")
_RUN = regex.compile(r"(?<![\w.,;/])(?<!\d:)(?P<sign>[+±]\s?)?(?P<run>\d+(?:[.:;,]\d+)*)(?!(?!(?:m|s|kg)\b)\w)")
_SPLIT_SEP = regex.compile(r"([.:;,])")
_LAP_AFTER = regex.compile(r"^-runde\w*", regex.I)                     # "en sterk 56,4-runde"
# "rundetidene 26.5, 27.0 og 27.4": the list goes on ((?<!\s) keeps a scan of a space run linear)
_LIST_GLUE = compile_anchored(r"(?<!\s)\s*+(?:,\s*+(?:og\s++)?|og\s++)")

_UNIT_AFTER = regex.compile(
    r"^\s?(?P<unit>meter|metre|m(?![\w-])|poeng|p(?!\w)|sekund(?:er)?|sek\b\.?|s(?!\w)|min(?:utt(?:er)?)?\b|timer?\b|hundredel(?:er|ar)?|tidel(?:er|ar)?)",
    regex.I)
_GAP_AFTER = regex.compile(
    r"^\s?(?:(?:meter|centimeter|cm)\s+(?:bak|etter)\b|"      # "4,30 meter bak" (but "vant med 6,85 meter foran X" is the mark)
    r"(?:(?:sekund(?:er)?|sek\.?|s|min(?:utt(?:er)?)?|minutt|hundredel(?:er|ar)?|tidel(?:er|ar)?|poeng)\s)?\s*"
    r"(?:bak|foran|etter(?!\så\b)|raskere|fortere|tregere|seinere|senere|framfor|føre)\b)", regex.I)
_GAP_BEFORE = regex.compile(
    r"(?:\bskilte|\bskilde|\bavstanden|\bdifferansen|\bforspranget|\bforsprang på|\bluke på|\bluka)(?:\s(?:det|var|ble|blei|vart|er|på|bare|berre|hele|heile|drøyt|nesten|over|under)){0,2}\s*$", regex.I)
_MARGIN_BEFORE = regex.compile(
    r"(?:margin(?:en)? på|(?:vant|vann|slo|sigra|seiret|tapte|tapet)(?:\s\w+){0,3}\smed"
    r"(?:\s(?:drøyt|nesten|knappe|knapt|snaue|bare|berre|hele|heile|vel|over|under))?)\s*$", regex.I)
# "på ny norsk rekord 52.25 sek. foran X", "tiden 13.33,39 foran X": the mark, then who was beaten.
_MARK_CUE_BEFORE = regex.compile(
    r"(?:\b(?:tiden|tida|på|noterte|klokket|rekord|rekorden|innendørs|innandørs|bestenotering|pers)|\bny(?:e)? \w+ rekord \w+)\s*$", regex.I)
_WITH_AMOUNT_BEFORE = regex.compile(r"\bmed(?:\s(?:drøyt|nesten|knappe|knapt|snaue|bare|berre|hele|heile|vel|over|under))?\s*$", regex.I)
# "betra persen i spyd med 5 meter", "betra tida si med heile 13,37 sekunder", "forbedret rekorden med 12 cm": by how much
# a best was bettered, no mark (the new best is told "til": "forbedret persen til 5,02")
_IMPROVED_BY_BEFORE = regex.compile(r"\b(?:betra|betret|forbedret|forbedra|forbetra|forbetret|bedret|bedra)\s+(?:[^\s.!?]+\s+){0,4}?med"
                                    r"(?:\s(?:drøyt|drøye|nesten|knappe|knapt|snaue|bare|berre|hele|heile|vel|over))?\s*$", regex.I)
_CLOCK_BEFORE = regex.compile(r"(?:\bkl\.?|\bklokka|\bklokken|\bklokkeslett)\s*$", regex.I)
_SPLIT_BEFORE = regex.compile(
    r"(?:(?:passerte|passering(?:en|a)?|mellomtid(?:en|a)?)[^!?\n]{0,60}\bog\s(?!(?:\w+\s)?(?:vant|vann|endte|enda|kom|løp|sprang|gikk|gjekk|stoppet|stoppa)\b)(?:\w+\s){0,2}på|passerte|passering(?:en|a)?|mellomtid(?:en|a)?|halvveis|halvgått|etter \d+ ?(?:km|kilometer|meter|runder?)|"
    r"ved \d+ ?(?:km|kilometer|meter)|første runde|åpnet på|åpna på|åpningsrunde"
    # "rundetidene 26.5, 27.0 og 27.4", "Passeringstidene var henholdsvis 17:22 og 17:26", "den første runden på 58,82",
    # "de fire første rundene hadde gått på mellom 60,4 og 61,2": laps and passings, not the result
    r"|rundetid\w*|passeringstid\w*|mellomtid\w*|(?:første|andre)\s+runden(?:e|a)?)\b(?:(?!\b(?:vant|vann|endte|enda|tiden|tida|sluttiden|sluttida)\b)[^.!?\n]){0,25}$"
    r"|(?<!\w)\w+merket\b[^.!?\n]{0,30}$", regex.I)     # "passerte halvmaratonmerket sammen på 1.09.30"
_THRESHOLD_BEFORE = regex.compile(
    r"(?:\bunder|\bover|\brundt|\bcirka|\bca\.|\bmot|\bnær|krav(?:et)?(?:,? som)?(?: er| var)?(?: på| lyder på| ligger på)?|"
    r"\bgrensa?(?:en)?(?: på| er)?|\bmålet(?: er| var)?|\bhåper på|\bdrømmer om|\bsikter mot|\bfavoritt med|"
    r"\bkvalifiseringsgrensen?(?: var| er)?(?: på)?|kvalifiseringstid(?:a|en)?(?: var| er)?(?: på)?|"
    r"krav(?:et)?(?:\s+\S+){1,8}?\s+som\s+(?:ligger|ligg|lyder|lyd|er|var)\s+på|"   # "VM-kravet til mesterskapet i Tokyo som ligger på"
    r"(?:\brev|\breiv|\briv|\bprøvde|\bforsøkte)(?:\s\w+){0,4}?\s(?:på|over))\s*$", regex.I)  # heights tried
_CLEARED_BEFORE = regex.compile(
    r"\b(?:hoppa|hoppet|hoppe|svingte seg|svinga seg|tok seg|tek seg|ta seg|kom(?:\sseg)?|komme seg|kome seg|"
    r"gikk|gjekk|gå|fløy|flaug|forserte)\sover\s*$", regex.I)
_REFERENCE_BEFORE = regex.compile(
    r"(?:(?:personlige?|personleg(?:e)?) (?:rekord|bestenotering)(?:en)?(?: sin)?|\bpers(?:en)?|(?:\b|sesong|års)beste|"
    r"rekord(?:en)?|noteringa?(?:en)?)"
    r"(?: \w+){0,2}? (?:(?:er|var) )?(?:på|er|var|lyder på|lød på|ligger på|står på|fra|frå)\s*$|\bpers som\s*$|\bså god pers som\s*$"
    # "den personlige bestetiden til Phillip Morken på 1,51,64", "Bestetid i denne løypen har Oddbjørn Skogen på 39.10": a
    # best held, not a result (a best tied to its race by a year or place is kept by the linker: "bestetid var 2:28:50 ... i 1958")
    r"|(?<!\bnye?\s)\bbestetid(?:en|a)?(?:\s+\S+){0,5}?\s+(?:(?:til|åt)\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}|(?:har|hadde)\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}|(?:er|var)\s+)(?:på\s+)?$"
    # "Den gamle rekorden, 3.58,95, ...", "Dahls gamle rekord (14.37,33)": the record's value in apposition
    r"|rekord(?:en|a)?(?:,\s*|\s*\(\s*)$"
    # "Rekorden, som frem til i dag var på 7,44,21", "svenske rekord som var på 3.32,00", "persen hans, som før helga
    # låg på": what the record was
    r"|(?:rekord|pers|bestenotering)\w*(?:\s+hans|\s+hennes|\s+sin|\s+hass)?,?\s+(?:som|sem)(?:\s+\w+){0,4}?\s+(?:var|lød|lydde|sto|stod|lå|låg)\s+på\s*$", regex.I)
# ("forbedret norgesrekorden fra 5,75 til 5,80": the record it was before)
# A record set in this race is a result: "ny personlig rekord på 13.33,39", "løp inn til verdensrekord på 46,70".
_NEW_RECORD_BEFORE = regex.compile(
    r"(?:\bny(?:e|tt)?\s(?:\w+\s){0,2}\w*(?:rekord|bestenotering|pers)\w*|"
    r"\b(?:løp|sprang|kastet|kasta|hoppet|hoppa|satte|sette|noterte|klokket|vant|tok)\s(?:\w+\s){0,3}?(?:til|med|på)\s(?:\w+\s){0,2}?\w*(?:rekord|pers)\w*)"
    r"(?:\s(?:på|med)\s*|,\s*|\s*\(\s*)$"
    # "satte hun norsk rekord (1.07.34) i ...": a record set here, its value in brackets
    r"|\b(?:satte|sette|setter|slo|tangerte|løp|sprang|noterte|klokket)\s(?:\w+\s){0,3}?\w*rekord\w*\s*\(\s*$"
    # "Den nye rekorden er på 49,45", "Den nye løyperekorden lyder nå på 3.12.26": the record just set
    r"|\bnye\s(?:\w+\s){0,2}?\w*(?:rekord|bestenotering|pers)\w*\s(?:er|var|lyder|lyd|lød|blei|ble|vart|står|stend)\s(?:nå\s|no\s)?på\s*$", regex.I)
# "Kirpro hadde årsbeste med 13.32,5", "Iuel hadde fra før pers og årsbeste med 55,15", "har den norske rekorden med
# 236,803": a record held, told with "med", is no result here (but "har satt pers med", "hadde løpt inn til pers med")
_HELD_BEFORE = regex.compile(
    r"\b(?:har|hadde|innehar|innehadde|holder|held)\s+(?:(?!(?:satt|sett|fått|tatt|løpt|sprunget|hoppet|hoppa|kastet|kasta|gått|notert|levert|"
    r"forbedret|forbetra|tangert|slått|perset)\b)\S+\s+){0,4}?(?:den\s+|sin\s+|si\s+|sitt\s+)?"
    r"\w*(?:rekord|rekorden|årsbeste|sesongbeste|pers|persen|bestenotering|bestenoteringa|bestenoteringen|bestetid|bestetida|bestetiden)\s+"
    r"(?:\S+\s+){0,4}?med(?:\s+(?:sitt|sin|si|tida|tiden))?\s*$", regex.I)     # "har fremdeles årsbestetida i verden med sitt 3.29,63-løp"
# "... med 27.54. Den tiden fikk han i 2019.": the next sentence ties the held record to its race
_TIED_NEXT = regex.compile(r"^[^.!?\n]{0,30}[.!?]\s+Den(?:\s+\w+)?\s+(?:ble|blei|vart|fikk|fekk|kom)\b", regex.I)
_REFERENCE_AFTER = regex.compile(r"^\s?(?:som (?:best|beste|pers|persen|bestenotering)\b)", regex.I)     # "hadde 5,41 som beste resultat"
_RANGE_BEFORE = regex.compile(r"\d\s?[-–]\s?$")
_RANGE_AFTER = regex.compile(r"^\s?[-–]\s?\d")
# (and a distance: "etter den første runden på 25,2 kilometer", "etter 4.7 kilometer": a stretch of the course, no result)
_TEMPERATURE_AFTER = regex.compile(r"^\s?(?:grader|°|prosent|%|kroner|kr\b|år\b|km/t|m/s|sekundmeter|kg\b|kilo\b|gram\b|km\b|kilometer\b)", regex.I)
_DATE_AFTER = regex.compile(r"^\.(?:\s?\d{2,4}|\s+\p{Ll})")
# "de siste 300 meterne", "dei 10 kilometrane", "på 1000 meteren": a stretch of the course or a distance named, no result
_STRETCH_AFTER = regex.compile(r"^\s?(?:kilo)?met(?:er|re|r)(?:ne|ane|ene|en|a)(?!\w)", regex.I)



@lru_cache(maxsize=1)
def _cardinals() -> dict[str, int]:
    return {w: int(v) for w, v, kind, _lang in rows("numbers.tsv") if kind == "cardinal"}


def _number_word_pattern() -> str:
    words = sorted(_cardinals(), key=len, reverse=True)
    return r"(?:\d{1,2}|" + "|".join(regex.escape(w) for w in words) + r")"


@lru_cache(maxsize=1)
def _time_in_words():
    n = _number_word_pattern()
    return regex.compile(
        rf"\b(?P<h>{n})\s+tim(?:e|er|ar),?\s+(?P<m>{n})\s+minutt(?:er)?(?:,?\s+og\s+|,\s+)(?P<s>{n})\s+sekund(?:er)?\b"
        rf"|\b(?P<m2>{n})\s+minutt(?:er)?\s+og\s+(?P<s2>{n})\s+sekund(?:er)?\b",
        regex.I)


def _word_value(word: str) -> int:
    return int(word) if word.isdigit() else _cardinals()[word.lower()]


def read_shape(raw: str, unit: str | None = None) -> MarkShape | None:
    """The digit groups of a numeric run, if it can be a mark at all."""
    parts = _SPLIT_SEP.split(raw)
    groups, seps = tuple(parts[0::2]), tuple(parts[1::2])
    if len(groups) > 4 or not all(g.isascii() and g.isdigit() for g in groups):    # ASCII digits only
        return None
    if len(groups) == 1:
        return MarkShape(groups, seps, unit) if len(groups[0]) <= 5 else None
    if len(groups[0]) > 3 or len(groups[-1]) > 3:
        return None
    if any(len(g) != 2 for g in groups[1:-1]):
        return None
    if len(groups) >= 3 and seps[-1] in ":;" and len(groups[-1]) != 2 and seps[0] != seps[-1]:
        return None
    return MarkShape(groups, seps, unit)


def readings(shape: MarkShape) -> list[Reading]:
    """Every reading of the digits, the most usual first."""
    g = shape.groups
    out: list[Reading] = []
    if len(g) == 1:
        v = int(g[0])
        if shape.unit == "points":
            out.append(Reading("points", v, f"{v}p"))
        elif shape.unit == "distance":
            out.append(Reading("distance", v, str(v)))
        return out
    if len(g) == 2:
        a, b = g
        decimal = int(a) + int(b) / 10 ** len(b)
        minsec = Reading("time", int(a) * 60 + int(b), f"{int(a)}:{b}") if len(b) == 2 and int(b) < 60 else None
        if shape.unit != "distance" and shape.seps[0] == ":" and minsec:
            out.append(minsec)
        if shape.unit != "points":
            if shape.unit != "distance":
                out.append(Reading("time", decimal, f"{int(a)}.{b}"))
            if shape.unit != "time":
                out.append(Reading("distance", decimal, f"{int(a)}.{b}"))
        if minsec and shape.unit not in ("distance", "points") and shape.seps[0] != ",":
            if minsec not in out:
                out.append(minsec)
        return out
    if shape.unit in ("distance", "points"):
        return out
    if len(g) == 3:
        a, b, c = g
        if int(b) >= 60:
            return out
        frac = int(c) / 10 ** len(c)
        msf = Reading("time", int(a) * 60 + int(b) + frac, f"{int(a)}:{b}.{c}")
        hms = (Reading("time", int(a) * 3600 + int(b) * 60 + int(c), f"{int(a)}:{b}:{c}")
               if len(c) == 2 and int(c) < 60 else None)
        if shape.seps[-1] in ":" and shape.seps[0] == ":" and hms:
            out.extend([hms, msf])
        else:
            out.extend([r for r in (msf, hms) if r])
        return out
    a, b, c, d = g
    if int(b) < 60 and int(c) < 60:
        out.append(Reading("time", int(a) * 3600 + int(b) * 60 + int(c) + int(d) / 10 ** len(d),
                           f"{int(a)}:{b}:{c}.{d}"))
    return out


def read_mark(shape: MarkShape, plausible: tuple[str, float, float] | None) -> Reading | None:
    """The canonical mark: the first reading inside the discipline's plausible range.

    `plausible` is (kind, low, high) from the discipline (see disciplines.plausible_range); None when
    the discipline is unknown, then the most usual reading wins.
    """
    options = readings(shape)
    if plausible is None:
        return options[0] if options else None
    kind, low, high = plausible
    fitting = [r for r in options if r.kind == kind and low <= r.value <= high]
    return fitting[0] if fitting else None


def find_marks(text: str, claimed: list[Mention] = ()) -> list[Mention]:
    """Every numeric run that could be a result, with its kind."""
    out: list[Mention] = []
    for m in _time_in_words().finditer(text):
        h = _word_value(m["h"]) if m["h"] else 0
        mi, s = (_word_value(m["m"]), _word_value(m["s"])) if m["h"] else (_word_value(m["m2"]), _word_value(m["s2"]))
        canonical = f"{h}:{mi:02d}:{s:02d}" if h else f"{mi}:{s:02d}"
        shape = MarkShape(tuple(canonical.split(":")), (":",) * canonical.count(":"), "time")
        out.append(Mention("mark", m.start(), m.end(), m.group(), shape, {"words": True}))
    taken = Claimed(list(claimed) + out)
    for m in _RUN.finditer(text):
        start, end = m.span("run")
        if taken.overlaps(start, end):
            continue
        kind, shape = classify(text, m)
        if kind is None or shape is None:
            continue
        span_start = m.start() if kind in ("gap",) and m["sign"] else start
        if kind == "mark" and out and out[-1].kind == "split" and _LIST_GLUE.fullmatch(text, out[-1].end, start):
            kind = "split"
        out.append(Mention(kind, span_start, end, text[span_start:end], shape))
    out.sort(key=lambda x: x.start)
    return out


def classify(text: str, m) -> tuple[str | None, MarkShape | None]:
    """What a numeric run is, from its digits and the words around it."""
    raw = m["run"]
    start, end = m.span("run")
    before = text[max(0, start - 60):start]
    after = text[end:end + 50]
    if _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after) or _TEMPERATURE_AFTER.match(after) or _STRETCH_AFTER.match(after):
        return None, None
    unit_match = _UNIT_AFTER.match(after)
    unit = _unit_kind(unit_match["unit"]) if unit_match else None
    shape = read_shape(raw, unit)
    if shape is None:
        return None, None
    if m["sign"]:
        return ("wind" if text[max(0, m.start() - 1):m.start()] == "(" else "gap"), shape
    if _CLOCK_BEFORE.search(before):
        return "clock", shape
    if len(shape.groups) in (2, 3) and _DATE_AFTER.match(after) and int(shape.groups[0]) <= 31 and int(shape.groups[1]) <= 12:
        return "date", shape
    if unit in ("time", "minutes", "fraction") and _MARGIN_BEFORE.search(before):
        return "margin", MarkShape(shape.groups, shape.seps, "time")
    if unit in ("time", "fraction", "minutes") and _GAP_BEFORE.search(before):
        return "gap", shape         # "skilte det 30,2 sekunder", "et forsprang på 4,1 sekunder"
    if _GAP_AFTER.match(after) and not (_MARK_CUE_BEFORE.search(before) and not _WITH_AMOUNT_BEFORE.search(before)):
        return "gap", shape
    if _IMPROVED_BY_BEFORE.search(before):
        return "gap", shape
    if unit in ("fraction", "hours") or (unit == "minutes" and len(shape.groups) == 1) \
            or (unit == "time" and _WITH_AMOUNT_BEFORE.search(before)):
        return "gap", shape
    if unit == "minutes":
        shape = MarkShape(shape.groups, shape.seps, "time")
    if len(shape.groups) == 1 and unit not in ("distance", "points"):
        return None, None
    if _SPLIT_BEFORE.search(before) or _LAP_AFTER.match(after):
        return "split", shape
    if _THRESHOLD_BEFORE.search(before) and not _CLEARED_BEFORE.search(before):
        return "threshold", shape
    if ((_REFERENCE_BEFORE.search(before) or (_HELD_BEFORE.search(before) and not _TIED_NEXT.match(after)))
            and not _NEW_RECORD_BEFORE.search(before)) \
            or _REFERENCE_AFTER.match(after):
        return "reference", shape
    return "mark", shape


def _unit_kind(word: str) -> str:
    w = word.lower().rstrip(".")
    if w in ("meter", "metre", "m"):
        return "distance"
    if w in ("poeng", "p"):
        return "points"
    if w.startswith("min"):
        return "minutes"
    if w.startswith("time"):
        return "hours"
    if w.startswith(("hundredel", "tidel")):
        return "fraction"
    return "time"


def format_time(seconds: float, decimals: int) -> str:
    """Canonical time for a number of seconds: 33.5 -> "33.5", 2018.8 -> "33:38.8", 7689 -> "2:08:09"."""
    scaled = round(seconds * 10 ** decimals)
    whole, fraction = divmod(scaled, 10 ** decimals)
    tail = f".{fraction:0{decimals}d}" if decimals else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}{tail}"
    if minutes:
        return f"{minutes}:{secs:02d}{tail}"
    return f"{secs}{tail}"


def gap_seconds(shape: MarkShape) -> float | None:
    """A gap or margin in seconds ("0,26", "1.04", "+1:02,5")."""
    options = [r for r in readings(MarkShape(shape.groups, shape.seps, None)) if r.kind == "time"]
    if len(shape.groups) == 1:
        return float(shape.groups[0])
    return options[0].value if options else None
