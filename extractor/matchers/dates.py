"""Dates: absolute forms ("12. juni", "torsdag 6. juni 2024", "12.06.2024") read by dateparser on
the spans found here (never on whole text: it reads "3.45,34" as a date), and relative forms resolved
against the publication date by our own rules, which dateparser lacks: "lørdag", "lørdag kveld",
"i går", "i natt", "natt til søndag" (Saturday night), "lørdagens løp", "på søndagen", "forrige lørdag".
A span of days ("23.-25. august", "mellom 24. mars og 4. april") is found, and means no one day.
Birth dates ("født 14. september 1990", "Født: 30. september 1998") are no race dates."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from functools import lru_cache

import regex

from ..lexicons import rows
from ..mentions import Claimed, Mention


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
        rf"(?:[ \t](?P<year>\d{{4}}))?(?![\w])", regex.I)
    relative = regex.compile(
        rf"(?<![\w])(?:(?P<night>natt\s+til|natta\s+til)\s+(?P<nwd>{wd})(?P<nortime>\s+norsk\s+tid)?"
        rf"|(?P<last>forrige|sist|førre)\s+(?P<lwd>{wd})"
        rf"|(?P<wd>{wd})(?P<suffix>ens|en|s)?(?:\s+(?:kveld|ettermiddag|morgen|formiddag|natt))?"
        rf"|(?P<rel>i\s+går(?:\s*kveld)?|i\s+gårkveld|i\s+forgårs|i\s+dag|i\s+kveld|i\s+natt))(?![\w])", regex.I)
    # "23.-25. august", "12.–14. august", "fra 12. til 14. august", "mellom 24. mars og 4. april": days of a meet or a
    # window, no one day
    span = regex.compile(
        rf"(?<![\w.])(?:(?:fra|frå|mellom)\s+)?\d{{1,2}}\.(?:\s?(?:{mo}))?\s?(?:[-–]|\s(?:til|og)\s)\s?\d{{1,2}}\.\s?(?:{mo})(?:\s\d{{4}})?(?![\w])",
        regex.I)
    # "mandag, 21 oktober 2024 11:51", "2. november 2024 kl. 12:34", "Sist redigert mandag, 21 oktober 2024 11:55": a
    # line of a date and a clock time is the page's stamp, no race's day ("Publisert ..." lines: frames.METADATA_BEFORE)
    stamp = regex.compile(
        rf"^[ \t]*(?:sist\sredigert\s)?(?:(?:{wd}),?\s)?\d{{1,2}}\.?\s(?:{mo})\.?\s\d{{4}},?\s(?:kl\.?\s?)?\d{{1,2}}[:.]\d\d[ \t]*$",
        regex.I | regex.M)
    return absolute, relative, span, stamp


@lru_cache(maxsize=1)
def _weekday_words() -> tuple[str, ...]:
    """Weekday words, longest first (the first one found in a mention is its weekday)."""
    weekdays, _ = _calendar()
    return tuple(sorted(weekdays, key=len, reverse=True))


@lru_cache(maxsize=1)
def _leading_weekday():
    """A weekday opening an absolute date ("torsdag 6. juni", "fredag den 7."), cut before dateparser."""
    weekdays, _ = _calendar()
    return regex.compile(rf"^(?:{'|'.join(weekdays)})\s(?:den\s)?", flags=regex.I)


# "født 14. september 1990", "(fødd 4. april 1970)", fact boxes "Født: 30. september 1998", "Fødd | 4. april 1970"
_BIRTH_BEFORE = regex.compile(r"(?:født|fødd|f\.)\s*[|:]?\s*(?:den\s+)?$", regex.I)
_GENERIC_DAY_BEFORE = regex.compile(r"\bden\s+(?:siste\s+|første\s+|fyrste\s+)?$", regex.I)
_SPACES = regex.compile(r"\s+")
_YEAR = regex.compile(r"\d{4}")
_EARLIEST_BASE = dt.date(1, 1, 15)     # relative dates go back up to 14 days: no earlier base (OverflowError)
_DAY_PERIOD = regex.compile(r"(\d)\.\s+(?=\p{L})")


# "Dagen etter endte hun på pallen", "..., og dagen før vant han sprinten": a day told from the race day in force (the
# linker dates it, race_time.told_days); not "dagen etter Oslo Maraton", "dagen før han stilte opp", "etter en lang
# løpetur dagen i forvegen": a day told from another event, in a clause of its own
_TOLD_DAY = regex.compile(r"(?<![\w])dagen\s+(?P<dir>etter|etterpå|derpå|før|i\s+forvegen|i\s+forveien)(?![\w])", regex.I)
_DAY_STEPS = {"etter": 1, "etterpå": 1, "derpå": 1}


def _opens_told_day(before: str) -> bool:
    """What stands before "dagen etter" (a few characters) is the text's start, a line break, a sentence end or an
    "og" and a space (read from the end: a `...$` pattern searched over a long run of spaces was quadratic)."""
    words = before.rstrip()
    spaces = before[len(words):]
    if not words:
        return len(before) < 6 or "\n" in before
    return bool(spaces) and ("\n" in spaces or words.endswith((".", "!", "?", "»")) or words[-3:].lower() in (" og", ",og")
                             or words.lower() == "og")


def find_dates(text: str) -> list[Mention]:
    absolute, relative, span, stamp = _patterns()
    out: list[Mention] = [Mention("date", m.start(), m.end(), m.group(), None, {"form": "span"}) for m in span.finditer(text)]
    spans = Claimed(out + [Mention("date", m.start(), m.end(), m.group()) for m in stamp.finditer(text)])
    for m in absolute.finditer(text):
        if spans.overlaps(m.start(), m.end()):
            continue                # a day inside "23.-25. august", a page's stamp
        if _BIRTH_BEFORE.search(text[max(0, m.start() - 14):m.start()]):
            continue                # a birth date
        if m["mnum"] and not m["year2"] and text[m.end():m.end() + 1] != ".":
            continue                # "12.6" without its closing period is a mark, not a date
        out.append(Mention("date", m.start(), m.end(), m.group(), None, {"form": "absolute"}))
    taken = Claimed(out + [Mention("date", m.start(), m.end(), m.group()) for m in stamp.finditer(text)])
    for m in relative.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if (m["suffix"] or "").lower() == "en" and _GENERIC_DAY_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue                # "den lørdagen i september", "den siste lørdagen i 2018": no one day
        out.append(Mention("date", m.start(), m.end(), m.group(), None, {"form": "relative"}))
    for m in _TOLD_DAY.finditer(text):
        if _opens_told_day(text[max(0, m.start() - 6):m.start()]):
            out.append(Mention("date", m.start(), m.end(), m.group(), None, {"form": "told", "step": _DAY_STEPS.get(m["dir"].lower(), -1)}))
    out.sort(key=lambda x: x.start)
    return out


# A year written in the text: not a distance ("2000 meter"), a decade ("1990-tallet") nor a birth year ("født 1990")
_TOLD_YEAR = regex.compile(r"(?<![\d.,:])(?<!\b(?:født|fødd|f\.)\s)(?:19|20)\d\d(?![\d\w-])(?!\s*(?:m|meter|km|poeng|p)\b)", regex.I)
_YEAR_LINE = regex.compile(r"^[ \t]*(?:19|20)\d\d[ \t]*:?[ \t]*$", regex.M)


def told_years(text: str, dates: list[Mention]) -> list[Mention]:
    """For a text with no publication date (an encyclopedia biography): each day and month without a year ("Den 24.
    mai hoppet hun ...") in the year last written before it in its paragraph ("I februar 2011 vant hun ... før hun på
    16. juli ..."), else in its section's year heading (a line "2012"). Its info "base" is the last day of that year."""
    headings = [(m.start(), int(m.group().strip(" \t:"))) for m in _YEAR_LINE.finditer(text)]
    out = []
    for d in dates:
        year = None
        if d.info.get("form") == "absolute" and not _YEAR.search(d.text):
            line_start = text.rfind("\n", 0, d.start) + 1
            written = _TOLD_YEAR.findall(text, line_start, d.start)
            above = bisect_left(headings, (line_start,))
            year = int(written[-1]) if written else headings[above - 1][1] if above else None
        out.append(Mention(d.kind, d.start, d.end, d.text, d.value, {**d.info, "base": dt.date(year, 12, 31)}) if year else d)
    return out


def resolve_date(text: str, form: str, published: dt.date | None, lang: str = "nb") -> dt.date | None:
    """The calendar date a date mention means; None when it cannot be known (a span of days has no one day)."""
    if form == "span":
        return None
    if form == "absolute":
        return _absolute(text, published, lang)
    if published is None or published < _EARLIEST_BASE:
        return None
    weekdays, _ = _calendar()
    lower = _SPACES.sub(" ", text.lower())
    if lower.startswith(("i går", "i gårkveld")):
        return published - dt.timedelta(days=1)
    if lower.startswith("i forgårs"):
        return published - dt.timedelta(days=2)
    if lower.startswith(("i dag", "i kveld", "i natt")):
        return published
    night = lower.startswith(("natt til", "natta til"))
    earlier = lower.startswith(("forrige", "sist ", "førre"))
    word = next((w for w in _weekday_words() if w in lower), None)
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
    if published is None and not _YEAR.search(text):
        return None                 # no year anywhere: today's year would be a guess
    cleaned = _leading_weekday().sub("", text.strip())
    cleaned = _DAY_PERIOD.sub(r"\1 ", cleaned)
    return _absolute_cached(cleaned, published, lang)
