"""The gazetteer finds exactly what the regex alternation it replaces found."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.gazetteer import Gazetteer
from extractor.matchers.nationalities import _table

ENTRIES = ["norsk", "norske", "sør-koreansk", "New Zealand", "New", "Den dominikanske republikk", "Den", "Kenya", "1500"]


def _by_regex(entries, text, ignore_case):
    alt = "|".join(regex.escape(e) for e in sorted(set(entries), key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", regex.I if ignore_case else 0)
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text, expected", [
    ("Den norske løperen", [(0, 3, "Den"), (4, 10, "norske")]),
    ("fra New Zealand og Kenya.", [(4, 15, "New Zealand"), (19, 24, "Kenya")]),
    ("New Zealand-løperen", [(0, 3, "New")]),             # "Zealand-løperen" is one run: only "New" stands alone
    ("sør-koreansk, nordkoreansk, -norsk, norsk-", [(0, 12, "sør-koreansk")]),
    ("Den dominikanske republikk vant", [(0, 26, "Den dominikanske republikk")]),
    ("Den dominikanske", [(0, 3, "Den")]),
    ("15000 1500m 1500", [(12, 16, "1500")]),
    ("NORSKE Norske", []),                                 # case-sensitive list
])
def test_finds(text, expected):
    assert list(Gazetteer(ENTRIES).finditer(text)) == expected == _by_regex(ENTRIES, text, False)


def test_ignore_case():
    assert list(Gazetteer(["norske", "new zealand"], ignore_case=True).finditer("NORSKE fra New ZEALAND")) == [
        (0, 6, "NORSKE"), (11, 22, "New ZEALAND")]


@pytest.mark.parametrize("entry", ["", " norsk", "norsk ", "(norsk)", "Norsk."])
def test_entries_must_start_and_end_with_a_word_character(entry):
    with pytest.raises(ValueError, match="gazetteer entry"):
        Gazetteer([entry])


PIECES = st.sampled_from(ENTRIES + ["Zealand", "-", " ", "  ", ",", "e", "løperen", "\n", "1", "_", "NEW", "dominikanske"])


@given(st.lists(PIECES, max_size=14).map("".join), st.booleans())
@settings(max_examples=400, deadline=None)
def test_same_as_the_regex_alternation(text, ignore_case):
    entries = [e.lower() for e in ENTRIES] if ignore_case else ENTRIES
    assert list(Gazetteer(entries, ignore_case).finditer(text)) == _by_regex(entries, text, ignore_case)


def _lexicon_text():
    adjectives, nouns, countries = _table()
    words = sorted(adjectives)[::7] + sorted(nouns)[::5] + sorted(countries)[::3] + [w for w in countries if " " in w]
    cased = st.sampled_from(words).flatmap(lambda w: st.sampled_from([w, w.upper(), w.capitalize(), w[:-1]]))
    return st.lists(st.one_of(cased, st.sampled_from([" ", "-", ", ", "\n", "en", "løperen", "New", "Britiske"])),
                    max_size=12).map("".join)


@given(_lexicon_text())
@settings(max_examples=300, deadline=None)
def test_nationality_lists_same_as_their_alternations(text):
    adjectives, nouns, countries = _table()
    for words, ignore_case in ((adjectives, True), (nouns, True), (countries, False)):
        assert list(Gazetteer(words, ignore_case).finditer(text)) == _by_regex(words, text, ignore_case)


@pytest.mark.parametrize("text", [
    "İstanbul norske New Zealand",                         # lower() lengthens "İ": the run-by-run path
    " ".join(ENTRIES * 3) + " " + " ".join(f"x{i}" for i in range(40)),
])
def test_the_run_by_run_path_finds_the_same(text, monkeypatch):
    entries = [e.lower() for e in ENTRIES]
    expected = _by_regex(entries, text, True)
    assert list(Gazetteer(entries, ignore_case=True).finditer(text)) == expected
    monkeypatch.setattr("extractor.gazetteer.MAX_KEYS_LOCATED", 0)
    assert list(Gazetteer(entries, ignore_case=True).finditer(text)) == expected
