"""WordRows finds exactly what the alternation of its rows finds (the row that wins, where, and how far), the
placings and counted groups asked only where one can start find what a scan finds,
and the screens in front of the indoor/outdoor patterns never hide a match."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.frames import _INDOOR, _INDOOR_STEMS, _OUTDOOR, _OUTDOOR_STEMS
from extractor.lexicons import WordRows, cued_search, finditer_at, required_literal, rows, starts_of, top_level_alternatives

ROWS = ["bom", "bommet", r"ski(?:en|ene)?|prolog(?:en)?", r"renn|\w+renn(?:et|ene)?", r"(?:\w+-)?skiskyt(?:ing|ter)[\w-]*",
        r"fri(?:stil)?", r"fri teknikk", r"\d+\s?km\s+(?:klassisk|fri)\b", r"[|]x|y"]


def _by_alternation(expressions, text):
    pattern = regex.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<r{i}>{e})" for i, e in enumerate(expressions)) + r")(?![\w-])",
                            regex.I)
    return [(m.span(), int(m.lastgroup[1:])) for m in pattern.finditer(text)]


def _found(expressions, text):
    return [(m.span(), index) for m, index in WordRows(expressions).finditer(text)]


@pytest.mark.parametrize("text, expected", [
    ("Bom og bommet", [((0, 3), 0), ((7, 13), 1)]),
    ("skiene, prologen, skiskyting", [((0, 6), 2), ((8, 16), 2), ((18, 28), 4)]),
    ("NM-skiskyting og skiskytter-VM", [((0, 13), 4), ((17, 30), 4)]),
    ("fri teknikk", [((0, 3), 5)]),                 # the earlier row wins where both match
    ("sprintrennet, renn-", [((0, 12), 3)]),        # "renn-" is no whole word
    ("10 km klassisk", [((0, 14), 7)]),
    ("|x y x", [((0, 2), 8), ((3, 4), 8)]),
])
def test_finds_what_the_alternation_finds(text, expected):
    assert _found(ROWS, text) == expected == _by_alternation(ROWS, text)


@pytest.mark.parametrize("expression, alternatives", [
    ("a|b(?:c|d)|[|]e", ["a", "b(?:c|d)", "[|]e"]),
    (r"a\|b|c", [r"a\|b", "c"]),
    ("[]|]x|y", ["[]|]x", "y"]),
    ("[^]|]x|y", ["[^]|]x", "y"]),
    ("x", ["x"]),
])
def test_top_level_alternatives(expression, alternatives):
    assert top_level_alternatives(expression) == alternatives


@pytest.mark.parametrize("expression, literal", [
    (r"(?<![\w-])(?:perse[rt])(?![\w-])", "perse"),          # a class ends the literal
    (r"(?:inne|ute)?pers(?:en|et)?", "pers"),                 # optional or alternative groups are no part of it
    (r"(?<![\w-])(?:personlige? rekord(?:en)?)(?![\w-])", "personlig"),   # the character under "?" is not counted; the longest run
    (r"(?<![\w])\p{Ll}+\s+trioen", "trioen"),                 # \p{Ll} is no literal "Ll"
    (r"[Ll]l{2}ab", "ab"),                                    # nor a class's members, nor a quantifier's digits
    (r"(?<![\w])tjue\-første", "tjue-første"),                # escaped punctuation is literal
    (r"abc+d", "abc"),                                        # "+" keeps its character, then ends the run
    (r"(?:ab)+c", ""),                                        # a repeated group ends the run; one character is too short
    (r"x\.y?", "x."),
    (r"(?P<r0>Diamond) League", "diamond league"),            # a group without alternatives is read through
    (r"a|bcd", ""),                                           # a top-level alternation has no literal all branches hold
    (r"\d+\s?(?:km|kilometer)\s+(?:klassisk|fri)\b", ""),
    (r"(?:SKI)-VM", "ski-vm"),                                # case-folded
])
def test_required_literal(expression, literal):
    assert required_literal(expression) == literal


@pytest.mark.parametrize("text", ["Persen holdt", "ingen rekord her", "PERSONBESTE og ſki-VM", "", "rennet ble avlyst"])
def test_starts_where_no_literal_stands_are_skipped_not_lost(text):
    patterns = [regex.compile(rf"(?<![\w-])(?:{a})(?![\w-])", regex.I) for e in [r"(?:inne|ute)?pers(?:en|et)?", r"ski-vm",
                r"personbeste", r"\w+renn(?:et|ene)?", r"(?:norsk )?rekord"] for a in top_level_alternatives(e)]
    assert starts_of(patterns, text) == sorted({m.start() for p in patterns for m in p.finditer(text, overlapped=True)})


_PIECES = ("bom", "bommet", "ski", "skiene", "renn", "sprintrennet", "NM-", "skiskyting", "fri", " teknikk", "10", " km ",
           "klassisk", "x", "y", "|", " ", "-", ",", "\n", "Å", "ſ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_any_text(text):
    assert _found(ROWS, text) == _by_alternation(ROWS, text)


@pytest.mark.parametrize("name", ["sports.tsv", "flags.tsv"])
def test_the_lexicons(name):
    expressions = [row[0] for row in rows(name)]
    text = " ".join(a.replace("\\w*", "").replace("\\w+", "ab") for e in expressions for a in top_level_alternatives(e))
    assert _found(expressions, text) == _by_alternation(expressions, text)


_INDOOR_PIECES = ("innendørs", "INNANDØRS", "inne-", "-inne", "NM", "hallstevnet", "hallstemne", "Indoor", "inomhus", "utendørs",
                  "utandørs", "Outdoor", "inne", "ute", " ", "-", "x", "ſ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_INDOOR_PIECES), max_size=8).map("".join))
def test_the_indoor_screens_hide_no_match(text):
    assert bool(cued_search(_INDOOR, _INDOOR_STEMS, text)) == bool(_INDOOR.search(text))
    assert bool(cued_search(_OUTDOOR, _OUTDOOR_STEMS, text)) == bool(_OUTDOOR.search(text))


_PLACING_PIECES = ("ble", "vart", "endte", " ", "tredje", "Andre", "fyrste", "nest", "aller", "best", "beste", "raskest",
                   "Raskast", "sterkest", "mann", "kvinne", "dame", "var", "Kari", "Berg", "på", ".", ",", "\n", "-", "x")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLACING_PIECES), max_size=14).map("".join))
def test_placings_asked_where_an_opener_stands_find_what_a_scan_finds(text):
    from extractor.matchers.placings import _OPENED, _opener_patterns, _patterns
    starts = starts_of(_opener_patterns(), text)
    for form, pattern, _value in _patterns():
        if form in _OPENED:
            assert [m.span() for m in finditer_at(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", ["Hun ble tredje på 800 meter, og Kari vart fyrste.", "Andremann Per, tredjekvinne Kari",
                                  "Nest best var Ola Berg. Raskast var Kari Dahl.", "Han var aller best i går", "ble nest raskeste mann"])
def test_placings_asked_where_an_opener_stands(text):
    from extractor.matchers.placings import _OPENED, _opener_patterns, _patterns
    starts = starts_of(_opener_patterns(), text)
    found = [m.span() for form, pattern, _ in _patterns() if form in _OPENED for m in finditer_at(pattern, text, starts)]
    assert found and found == [m.span() for form, pattern, _ in _patterns() if form in _OPENED for m in pattern.finditer(text)]


_GROUP_PIECES = ("to", "tre", "begge", "dobbelt", "norske", "nordmenn", "brødre", "på pallen", "norsk", "dobbeltseier", "trioen",
                 "den", "amerikanske", "duoen", "Kari", " ", "  ", ",", "\n", "-")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GROUP_PIECES), max_size=12).map(" ".join))
def test_counted_groups_asked_where_one_can_start_find_what_a_scan_finds(text):
    from extractor.attributes import _COUNTED_GROUP, _COUNTED_GROUP_STARTS
    assert [(m.span(), m.groupdict()) for m in finditer_at(_COUNTED_GROUP, text, starts_of(_COUNTED_GROUP_STARTS, text))] == \
        [(m.span(), m.groupdict()) for m in _COUNTED_GROUP.finditer(text)]
