"""Dates: absolute forms ("12. juni", "torsdag 6. juni 2024", "12.06.2024") read by dateparser on
the spans found here (never on whole text: it reads "3.45,34" as a date), and relative forms resolved
against the publication date by our own rules, which dateparser lacks: "lørdag", "lørdag kveld",
"i går", "i natt", "natt til søndag" (Saturday night), "lørdagens løp", "forrige lørdag"."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from ..lexicons import rows
from ..mentions import Mention


@lru_cache(maxsize=1)
def _calendar():
    weekdays = {w: int(v) for w, kind, v in rows("calendar.tsv") if kind == "weekday"}
    months = {w: int(v) for w, kind, v in rows("calendar.tsv") if kind == "month"}
    return weekdays, months


@lru_cache(maxsize=1)
def _patterns():
    weekdays, months = _calendar()
    wd = "|".join(sorted(weekdays, key=len, reverse=True))
    mo = "|".join(sorted(months, key=len, reverse=True))
    absolute = regex.compile(
        rf"(?<![\w.])(?:(?:{wd})\s(?:den\s)?)?(?P<day>\d{{1,2}})\.\s?(?:(?P<month>{mo})\.?|(?P<mnum>\d{{1,2}})\.(?P<year2>\d{{4}})?)"
        rf"(?:\s(?P<year>\d{{4}}))?(?![\w])", regex.I)
    relative = regex.compile(
        rf"(?<![\w])(?:(?P<night>natt\s+til|natta\s+til)\s+(?P<nwd>{wd})(?P<nortime>\s+norsk\s+tid)?"
        rf"|(?P<last>forrige|sist|førre)\s+(?P<lwd>{wd})"
        rf"|(?P<wd>{wd})(?:ens|s)?(?:\s+(?:kveld|ettermiddag|morgen|formiddag|natt))?"
        rf"|(?P<rel>i\s+går(?:\s*kveld)?|i\s+gårkveld|i\s+forgårs|i\s+dag|i\s+kveld|i\s+natt))(?![\w])", regex.I)
    return absolute, relative


def find_dates(text: str) -> list[Mention]:
    absolute, relative = _patterns()
    out: list[Mention] = []
    for m in absolute.finditer(text):
        if regex.search(r"(?:født|fødd|f\.)\s*$", text[max(0, m.start() - 8):m.start()], regex.I):
            continue                # a birth date
        if m["mnum"] and not m["year2"] and text[m.end():m.end() + 1] != ".":
            continue                # "12.6" without its closing period is a mark, not a date
        out.append(Mention("date", m.start(), m.end(), m.group(), None, {"form": "absolute"}))
    for m in relative.finditer(text):
        if any(m.start() < o.end and o.start < m.end() for o in out):
            continue
        out.append(Mention("date", m.start(), m.end(), m.group(), None, {"form": "relative"}))
    out.sort(key=lambda x: x.start)
    return out


def resolve_date(text: str, form: str, published: dt.date | None, lang: str = "nb") -> dt.date | None:
    """The calendar date a date mention means; None when it cannot be known."""
    if form == "absolute":
        return _absolute(text, published, lang)
    if published is None:
        return None
    weekdays, _ = _calendar()
    lower = regex.sub(r"\s+", " ", text.lower())
    if lower.startswith(("i går", "i gårkveld")):
        return published - dt.timedelta(days=1)
    if lower.startswith("i forgårs"):
        return published - dt.timedelta(days=2)
    if lower.startswith(("i dag", "i kveld", "i natt")):
        return published
    night = lower.startswith(("natt til", "natta til"))
    earlier = lower.startswith(("forrige", "sist ", "førre"))
    word = next((w for w in sorted(weekdays, key=len, reverse=True) if w in lower), None)
    if word is None:
        return None
    day = _last_weekday(published, weekdays[word])
    if earlier and day == published:
        day -= dt.timedelta(days=7)
    if night:
        day -= dt.timedelta(days=1)
    return day


def _last_weekday(published: dt.date, weekday: int) -> dt.date:
    """The most recent date on or before `published` that falls on `weekday`: news reports the past."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


@lru_cache(maxsize=4096)
def _absolute_cached(text: str, base: dt.date | None, lang: str) -> dt.date | None:
    import dateparser
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "DMY"}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time(12))
    parsed = dateparser.parse(text, languages=[lang, "nb"] if lang != "nb" else ["nb"], settings=settings)
    return parsed.date() if parsed else None


def _absolute(text: str, published: dt.date | None, lang: str) -> dt.date | None:
    if published is None and not regex.search(r"\d{4}", text):
        return None                 # no year anywhere: today's year would be a guess
    weekdays, _ = _calendar()
    cleaned = regex.sub(rf"^(?:{'|'.join(weekdays)})\s(?:den\s)?", "", text.strip(), flags=regex.I)
    cleaned = regex.sub(r"(\d)\.\s+(?=\p{L})", r"\1 ", cleaned)
    return _absolute_cached(cleaned, published, lang)
