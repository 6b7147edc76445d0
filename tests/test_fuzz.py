"""Property-based tests (hypothesis): hostile text never breaks extract() or a normaliser.

Arbitrary Unicode, control characters and NUL, very long tokens, digit and punctuation runs
("1.1.1.1...", "3:45:45:45..."), mixed scripts, right-to-left text, emoji, combining marks, odd
spaces and line breaks, mixed into race sentences so that the matchers and the linker run:
- no exception but the documented ones (TypeError for a non-string text, ValueError for a bad
  `published`);
- every record is valid against the published JSON Schema, with ASCII digits where the schema
  says \\d (JSON Schema patterns are ECMA-262: \\d is [0-9]);
- every evidence span lies inside the text given to extract() and equals the text it points at.

Example counts are moderate (the suite stays fast); `-m slow` runs more of them.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract, extract_document
from extractor.limits import MAX_DOCUMENT_CHARS
from extractor.matchers.dates import find_dates, resolve_date
from extractor.matchers.disciplines import find_disciplines, numeric_discipline, plausible_range
from extractor.matchers.marks import MarkShape, find_marks, format_time, gap_seconds, read_mark, read_shape, readings
from extractor.matchers.placings import find_placings
from extractor.normalise import normalise
from extractor.schema import validation_errors

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MORE = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ASCII_MARK = re.compile(r"(?:\d+(?::\d{2}){0,2}(?:\.\d{1,3})?|\d+p)", re.ASCII)
ASCII_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
SPORTS = ["athletics", "cross_country_skiing", "biathlon", "speed_skating", "swimming", "other"]

# Pieces of race reports, so that the matchers and the linker have something to work on ...
RACE = ["Jakob Ingebrigtsen", "Karsten Warholm", "Narve Gilje Nordås", "Håkon Sæle (21)", "CJ Allen", "HYNNE Hedda",
        "vant", "ble nummer to", "nr. 3", "andreplass", "11.-plass", "gull", "sølv", "foran", "bak", "med", "på",
        "1500 meter", "400 meter hekk", "10 000 meter", "3000 m hinder", "4x100 meter", "halvmaraton", "høyde", "tikamp",
        "3.29,50", "46,52", "13.33,39", "2.05,48", "59.47", "8608 poeng", "2,36", "+1,2", "0,26 bak", "(+1.4)",
        "på Bislett Games", "i Eugene", "VM", "EM", "innendørs-NM", "MÜNCHEN (VG):", "Diamond League-stevnet",
        "lørdag", "i går", "natt til søndag", "12. juni 2024", "forrige fredag", "18.06.2024.",
        "ny norsk rekord", "PB", "SB", "NR", "=NR", "DNF", "Amerikaneren", "nordmannen", "kenyanske", "Norge",
        "to bom", "(0+1)", "IK Tjalve", "stafett", ".", ",", ":", ";", "\n", "\n\n", "1.", "2)", "- "]
# ... and hostile ones.
HOSTILE = ["\x00", "\x01", "\x7f", "\x85", "\r\n", "\r", "\t", "\x0b", "\x0c", "\u2028", "\u2029", "\u200b", "\u200d",
           "\ufeff", "\u00ad", "\u00a0", "\u202f", "\u3000", "\u202e", "\u2066", "\u0301", "e\u0301", "a\u030a",
           "A\u030a", "\u0338", "🏃", "👩🏽\u200d🦰", "🇳🇴", "שלום", "مرحبا ١٢:٣٤", "Привет", "日本語", "ﬁ", "İ", "ß", "ǅ",
           "²", "½", "٣.٢٩,٥٠", "３.２９,５０", "Ⅻ", "\U0001d7d3", "\ufffd", "…", "–", "—", "−", "«", "»", "\u2019",
           "<p>", "</div>", "Vis mer", "Les mer", "mil1609", "løpet.I", "1.1.1.1.1.1.1.1.1.1.1", "3:45:45:45:45:45:45",
           ",,,,,,,,,", "..........", "::::::::", "9" * 60, "A" * 200, "Æ" * 80, "x" * 300, "1" * 30 + "," + "2" * 30,
           "\U0010ffff", "\ue000"]
PIECE = st.one_of(
    st.sampled_from(RACE), st.sampled_from(RACE), st.sampled_from(HOSTILE),
    st.text(max_size=24),
    st.text(alphabet=st.sampled_from("0123456789.,:;+-() \n"), max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
)
GLUE = st.sampled_from([" ", " ", "", "\n", ". ", ", ", " (", ") "])
TEXT = st.lists(st.tuples(PIECE, GLUE), max_size=40).map(lambda parts: "".join(p + g for p, g in parts))
PUBLISHED = st.one_of(st.none(), st.just(""), st.sampled_from(["2024-05-26", "2024-06", "2024", "0001-01-01", "9999-12-31",
                                                              "2024-05-26T10:00:00Z"]),
                      st.dates(), st.datetimes())
LANG = st.sampled_from(["nb", "nn", None, "auto"])


def check_records(text: str, records) -> None:
    """Valid against the schema, ASCII digits in marks and dates, evidence inside the text and equal to it."""
    for record in records:
        data = record.to_dict()
        assert validation_errors(data) == [], (validation_errors(data), data)
        assert data["date"] is None or ASCII_DATE.fullmatch(data["date"]), data["date"]
        spans = [("race", key, span) for key, spans in data["evidence"].items() for span in spans]
        for result in data["results"]:
            assert result["mark"] is None or ASCII_MARK.fullmatch(result["mark"]), result["mark"]
            spans += [(result["athlete"], key, span) for key, spans in result["evidence"].items() for span in spans]
        for owner, key, span in spans:
            assert 0 <= span["start"] <= span["end"] <= len(text), (owner, key, span, len(text))
            assert text[span["start"]:span["end"]] == span["text"], (owner, key, span)


@FAST
@given(TEXT, PUBLISHED, LANG)
def test_extract_survives_hostile_text(text, published, lang):
    found = extract_document(text, published, lang, source="fuzz")
    assert found.skipped is None or isinstance(found.skipped, str)
    check_records(text, found.records)


@pytest.mark.slow
@MORE
@given(TEXT, PUBLISHED, LANG)
def test_extract_survives_hostile_text_more(text, published, lang):
    check_records(text, extract_document(text, published, lang).records)


@FAST
@given(st.text(max_size=300))
def test_extract_any_unicode(text):
    check_records(text, extract(text, lang="nb"))


@FAST
@given(st.one_of(st.integers(), st.binary(), st.none(), st.lists(st.text())))
def test_a_text_that_is_no_string_is_a_type_error(value):
    with pytest.raises(TypeError):
        extract(value)


@FAST
@given(st.text(max_size=20).filter(lambda s: s.strip() not in ("",)), st.text(max_size=40))
def test_bad_published_is_a_value_error_or_understood(published, text):
    try:
        found = extract_document("Jakob Ingebrigtsen vant 1500 meter på 3.29,50 lørdag. " + text, published, "nb")
    except ValueError as error:
        assert "published" in str(error)
    else:
        check_records("Jakob Ingebrigtsen vant 1500 meter på 3.29,50 lørdag. " + text, found.records)


def test_published_at_the_ends_of_the_calendar():
    # "i går" from 1 January of year 1 was an OverflowError
    for published in ("0001-01-01", "0001-01-14", "9999-12-31", dt.date.min, dt.date.max):
        for when in ("i går", "i forgårs", "natt til søndag", "forrige lørdag", "lørdag", "12. juni", "31.12.9999"):
            text = f"Jakob Ingebrigtsen vant 1500 meter på Bislett Games {when} med tiden 3.29,50."
            check_records(text, extract(text, published=published, lang="nb"))


def test_unicode_digits_are_no_marks():
    # "٣.٢٩,٥٠" (Arabic-Indic digits) gave the mark "3:٢٩.٥٠", which no ECMA-262 validator accepts
    for digits in ("٣.٢٩,٥٠", "３.２９,５０", "\U0001d7d1.\U0001d7d0\U0001d7d7,50"):
        text = f"Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag med tiden {digits}."
        check_records(text, extract(text, lang="nb"))


def test_over_the_size_limit_is_a_value_error_naming_the_limit(monkeypatch):
    # extract() on a 6 M-character string returned [] without a word (the batch command skips such documents)
    for call in (extract, extract_document):
        with pytest.raises(ValueError, match=f"over the limit of {MAX_DOCUMENT_CHARS:,} "):
            call("a" * (MAX_DOCUMENT_CHARS + 1), lang="nb")
    import extractor.api
    monkeypatch.setattr(extractor.api, "MAX_DOCUMENT_CHARS", 100)
    assert extract_document("a " * 50, lang="nb").skipped is None       # the limit itself is allowed
    with pytest.raises(ValueError, match="101 characters, over the limit of 100 "):
        extract_document("a " * 50 + "b", lang="nb")


def test_unknown_lang_is_a_value_error():
    # lang="xx" gave skipped="language:xx"; a detected other language is still a skip
    text = "Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag med tiden 3.29,50."
    for lang in ("xx", "sv", "NB", ""):
        with pytest.raises(ValueError, match="lang must be 'nb', 'nn', 'auto' or None"):
            extract_document(text, lang=lang)
        with pytest.raises(ValueError):
            extract(text, lang=lang)
    assert extract_document("Jakob vann 1500 meter i Stockholm igår och var mycket glad efteråt.").skipped == "language:sv"


# --------------------------------------------------------------------------- normalisers

RUN = st.one_of(st.text(max_size=30), st.text(alphabet="0123456789.:;,", max_size=30),
                st.from_regex(r"\d{1,7}(?:[.:;,]\d{1,4}){0,5}", fullmatch=True),
                st.from_regex(r"[0-9٠-٩０-９]{1,3}(?:[.:;,][0-9٠-٩０-９]{1,3}){0,3}", fullmatch=True))
UNIT = st.sampled_from([None, "time", "distance", "points", "minutes", "hours", "fraction"])
PLAUSIBLE = st.one_of(st.none(), st.tuples(st.sampled_from(["time", "distance", "points"]),
                                           st.floats(0, 1e5, allow_nan=False), st.floats(0, 1e6, allow_nan=False)))


@FAST
@given(RUN, UNIT, PLAUSIBLE)
def test_mark_reading(raw, unit, plausible):
    shape = read_shape(raw, unit)
    if shape is None:
        return
    assert all(g.isascii() and g.isdigit() for g in shape.groups)
    for reading in readings(shape):
        assert reading.value >= 0 and ASCII_MARK.fullmatch(reading.canonical), reading
    chosen = read_mark(shape, plausible)
    assert chosen is None or chosen in readings(shape)
    gap = gap_seconds(shape)
    assert gap is None or gap >= 0


@FAST
@given(st.floats(min_value=0, max_value=1e8, allow_nan=False, allow_infinity=False), st.integers(0, 3))
def test_format_time(seconds, decimals):
    text = format_time(seconds, decimals)
    assert ASCII_MARK.fullmatch(text), text
    parts = [float(p) for p in text.split(":")]
    value = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    assert abs(value - seconds) <= 0.5 * 10 ** -decimals + 1e-6 * seconds


@FAST
@given(st.text(max_size=12), st.text(max_size=12), st.one_of(st.none(), st.text(max_size=12)), st.sampled_from(SPORTS))
def test_numeric_discipline(num, unit, mod, sport):
    found = numeric_discipline(num, unit, mod, sport)
    if found is not None:
        assert found.distance_m is None or found.distance_m > 0
        plausible_range(found)


@FAST
@given(st.from_regex(r"\d{1,6}(?:[ .,]\d{1,4})?", fullmatch=True), st.sampled_from(["m", "meter", "km", "kilometer", "M", "KM"]),
       st.one_of(st.none(), st.sampled_from(["hekk", "hinder", "kappgang", "fri", "klassisk", "rygg", "HEKK"])), st.sampled_from(SPORTS))
def test_numeric_discipline_numbers(num, unit, mod, sport):
    found = numeric_discipline(num, unit, mod, sport)
    if found is not None:
        assert found.code and (found.distance_m is None or found.distance_m > 0)


def _spans_point_at_text(text, mentions):
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text, m


@FAST
@given(TEXT, st.sampled_from(SPORTS))
def test_matchers_spans(text, sport):
    _spans_point_at_text(text, find_placings(text))
    _spans_point_at_text(text, find_dates(text))
    _spans_point_at_text(text, find_disciplines(text, sport))
    _spans_point_at_text(text, find_marks(text))


@FAST
@given(st.one_of(TEXT, st.text(max_size=40)), st.sampled_from(["absolute", "relative"]),
       st.one_of(st.none(), st.dates()), st.sampled_from(["nb", "nn"]))
def test_resolve_date(text, form, published, lang):
    found = resolve_date(text, form, published, lang)
    assert found is None or isinstance(found, dt.date)


@FAST
@given(st.lists(st.sampled_from(["i går", "i forgårs", "i dag", "natt til", "forrige", "lørdag", "søndag", "laurdag",
                                 "kveld", " ", "12.", "juni", "2024", "31.12.2024"]), max_size=6).map(" ".join),
       st.sampled_from(["absolute", "relative"]), st.dates(), st.sampled_from(["nb", "nn"]))
def test_resolve_date_words(text, form, published, lang):
    found = resolve_date(text, form, published, lang)
    assert found is None or isinstance(found, dt.date)


@FAST
@given(st.one_of(TEXT, st.text(max_size=200)))
def test_normalise_offset_map(text):
    n = normalise(text)
    assert n.original == text
    assert len(n.offsets) == len(n.text) + 1 and n.offsets[-1] == len(text)
    assert list(n.offsets) == sorted(n.offsets) and all(0 <= o <= len(text) for o in n.offsets)
    for start in range(len(n.text) + 1):
        for end in range(start, min(len(n.text), start + 4) + 1):
            a, b = n.original_span(start, end)
            assert 0 <= a <= b <= len(text)


@FAST
@given(st.lists(st.sampled_from(["a", "B", " ", "1", "e\u0301", "\r\n", "\x00", "\u200b", "ﬁ", "Å", "\u212b",
                                 "<b>", "Vis mer", "mil1609", ".I", "\u2019", "\u2212"]), max_size=30).map("".join))
def test_normalise_keeps_unchanged_characters_in_place(text):
    # A character that normalising leaves as it was maps back to itself.
    n = normalise(text)
    for i, char in enumerate(n.text):
        o = n.offsets[i]
        if char == text[o] and char.isalnum() and char.isascii():
            assert n.original_span(i, i + 1) == (o, o + 1)


def test_mark_shape_from_words_reads():
    assert readings(MarkShape(("2", "05", "48"), (":", ":"), "time"))[0].canonical == "2:05:48"


def test_zero_distance_is_no_discipline():
    # "0 km" in a skiing article gave the discipline "0km_classic" with distance_m 0: not valid (> 0)
    text = "Therese Johaug vant 0 km klassisk i langrenn på Holmenkollen lørdag med tiden 40.12,3. Skiløperen gikk i fristil."
    check_records(text, extract(text, "2024-03-09", lang="nb"))
    assert numeric_discipline("0", "km", None, "cross_country_skiing") is None
