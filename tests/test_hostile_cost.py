"""Bounded cost on hostile input: no regex backtracks catastrophically, extraction is linear in
the document's length, and documents over the size limit are skipped.

Every time here is a ratio measured in the same run (never an absolute time, which would flake
on a busy machine): 10 times the text must take well under 20 times as long. A quadratic pattern
takes 100 times as long, a catastrophic one far more; a run that goes past its budget is cut
short (the `regex` module's `timeout=`; an interval timer for `re` patterns) and fails the test.

The patterns are every compiled `regex`/`re` pattern in the extractor's modules, module globals
and what their cached builders (`@lru_cache` functions without arguments) return, plus every
pattern compiled while the corpus is extracted (inline `regex.search(r"...")` calls), found by
watching the two modules' compile caches.
"""
from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
import signal
import sys
import time
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor import extract_document
from extractor.mentions import ByStart, Claimed, Mention

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SMALL, BIG = 10_000, 100_000
RATIO = 20            # 10x the text: linear is 10x, quadratic 100x

# Long runs of what patterns loop over, each with and without a trailing mismatch.
FAMILIES = {
    "digits": "1", "dots": ".", "commas": ",", "colons": ":", "semicolons": ";", "spaces": " ", "mark run": "1.",
    "clock run": "3:45:", "decimal run": "1,", "numbers": "12 ", "capitalised words": "Abc ", "glued capitals": "Abc",
    "letters": "a", "capitals": "A", "Norwegian letters": "Æøå ", "acronym-hyphen": "NM-", "word-dot": "Abc.",
    "word-hyphen": "Abc-", "newlines": "\n", "combining marks": "e\u0301", "angle brackets": "<", "parentheses": "(",
    "race words": "vant med bak på ", "list intro": "norske ", "dashes": "- ", "at signs": "@", "mixed": "1. Abc 3.45,",
}
TAILS = ("", "!")
FAST = [(family, tail) for family in ("digits", "dots", "commas", "colons", "spaces", "capitalised words", "letters",
                                     "glued capitals", "at signs") for tail in TAILS]      # the rest: -m slow


# --------------------------------------------------------------------------- the patterns

def _modules():
    found = []
    for info in pkgutil.walk_packages(extractor.__path__, "extractor."):
        if info.name.endswith("__main__") or info.name.startswith(("extractor.report", "extractor.dask")):
            continue
        found.append(importlib.import_module(info.name))
    return found


def _harvest(value, where: str, into: dict, depth: int = 0) -> None:
    if isinstance(value, (regex.Pattern, re.Pattern)):
        into.setdefault((type(value), value.pattern, value.flags), (where, value))
    elif depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
        for i, item in enumerate(value):
            _harvest(item, f"{where}[{i}]", into, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            _harvest(item, f"{where}[{key!r}]", into, depth + 1)


def _module_patterns() -> dict:
    found: dict = {}
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, functools._lru_cache_wrapper) and getattr(value, "__module__", None) == module.__name__:
                if all(p.default is not p.empty for p in inspect.signature(value).parameters.values()):
                    _harvest(value(), f"{module.__name__}.{name}()", found)
            else:
                _harvest(value, f"{module.__name__}.{name}", found)
    return found


def _inline_patterns() -> dict:
    """Patterns our code compiles while the corpus is extracted: the inline `regex.search(r"...", ...)` ones."""
    import regex._main as regex_main
    seen: dict = {}
    real_regex, real_re = regex_main._compile, re._compile
    ours = str(Path(extractor.__file__).parent)
    engines = (str(Path(regex.__file__).parent), str(Path(re.__file__).parent))

    def caller_is_ours() -> bool:
        frame = sys._getframe(2)
        while frame is not None and frame.f_code.co_filename.startswith(engines):
            frame = frame.f_back
        return frame is not None and frame.f_code.co_filename.startswith(ours)

    def watch_regex(pattern, flags, *args, **kwargs):
        compiled = real_regex(pattern, flags, *args, **kwargs)
        if caller_is_ours():
            _harvest(compiled, f"inline {compiled.pattern[:50]!r}", seen)
        return compiled

    def watch_re(pattern, flags):
        compiled = real_re(pattern, flags)
        if caller_is_ours():
            _harvest(compiled, f"inline {compiled.pattern[:50]!r}", seen)
        return compiled
    regex_main._compile, re._compile = watch_regex, watch_re
    try:
        for path in sorted(CORPUS.glob("*.txt")):
            extract_document(path.read_text(encoding="utf-8"), "2024-06-01")
    finally:
        regex_main._compile, re._compile = real_regex, real_re
    return seen


@functools.lru_cache(maxsize=1)
def all_patterns() -> list[tuple[str, object]]:
    found = _module_patterns()
    for key, value in _inline_patterns().items():
        found.setdefault(key, value)
    return sorted(found.values(), key=lambda item: item[0])


# --------------------------------------------------------------------------- timing

class _Budget(Exception):
    pass


def _scan(pattern, text, budget: float | None = None, anchored: bool = False) -> float:
    """Seconds for finditer over the whole text (`anchored`: one match() at its start); _Budget
    when it takes longer than `budget`."""
    start = time.perf_counter()
    if budget is not None and isinstance(pattern, regex.Pattern):
        try:
            if anchored:
                pattern.match(text, timeout=budget)
            else:
                for _ in pattern.finditer(text, timeout=budget):
                    pass
        except TimeoutError:
            raise _Budget() from None
    else:                                           # `re` has no timeout: an interval timer interrupts it
        def expired(signum, frame):
            raise _Budget()
        previous = signal.signal(signal.SIGALRM, expired)
        if budget is not None:
            signal.setitimer(signal.ITIMER_REAL, budget)
        try:
            if anchored:
                pattern.match(text)
            else:
                for _ in pattern.finditer(text):
                    pass
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - start


_REFERENCE = regex.compile(r"(?s).")


@functools.lru_cache(maxsize=None)
def _floor(unit: str) -> float:
    """One pass of a trivial pattern over BIG characters of the run: the unit of time here."""
    text = (unit * (BIG // len(unit) + 1))[:BIG]
    return min(_scan(_REFERENCE, text) for _ in range(3))


def _too_slow(pattern, unit: str, tail: str, anchored: bool = False) -> str | None:
    """Why the pattern is too slow on this run, or None. SMALL characters may take at most 100
    trivial passes over BIG ones (a catastrophic pattern stops here); BIG characters at most RATIO
    times SMALL ones (and at least 3 trivial passes: for patterns that fail at once everywhere).
    Over budget twice in a row fails (once may be the machine)."""
    def text(n: int):
        made = (unit * (n // len(unit) + 1))[:n] + tail
        return made.encode("utf-8") if isinstance(pattern.pattern, bytes) else made
    small, big, floor = text(SMALL), text(BIG), _floor(unit)
    problem = None
    for _attempt in range(2):
        try:
            t_small = min(_scan(pattern, small, 100 * floor, anchored) for _ in range(2))
        except _Budget:
            return f"over {100 * floor:.3f}s (100 passes of a trivial pattern over {BIG:,}) on {SMALL:,} characters"
        budget = max(RATIO * t_small, 3 * floor)
        try:
            if _scan(pattern, big, budget, anchored) <= budget:    # (regex's timeout is per match: the total counts too)
                return None
        except _Budget:
            pass
        problem = f"over {budget:.3f}s on {BIG:,} characters ({t_small:.4f}s on {SMALL:,})"
    return problem


# Patterns whose cost on a long run is not linear by themselves, with why it stays bounded where
# they are used (each is read there; a new use must keep to this or fix the pattern).
BOUNDED = {
    # for every "norske" it scans to the segment's end for the final ":"; linking.py searches it only
    # in a segment ending in ":", from after the segment's last [.!?], where the first candidate matches
    "extractor.linking._LIST_INTRO": "searched only where it matches at its first candidate",
}


def _check(runs) -> list[str]:
    """Module patterns are scanned over the whole run (finditer: every start position). The inline
    ones are written for one call on a short slice (match, fullmatch, search of a window): they
    get one match() at the run's start, which still shows a pattern that backtracks without end."""
    slow = []
    for where, pattern in all_patterns():
        if where in BOUNDED:
            continue
        for family, tail in runs:
            problem = _too_slow(pattern, FAMILIES[family], tail, anchored=where.startswith("inline"))
            if problem:
                slow.append(f"{where}: {family}{' + ' + repr(tail) if tail else ''}: {problem}")
    return slow


def test_patterns_are_collected():
    found = dict(all_patterns())
    assert len(found) > 100 and set(BOUNDED) <= set(found), set(BOUNDED) - set(found)
    assert "extractor.matchers.marks._RUN" in found and "extractor.matchers.dates._patterns()[0]" in found
    assert any(where.startswith("inline") for where in found)


def test_no_pattern_backtracks_catastrophically():
    assert _check(FAST) == []


@pytest.mark.slow
def test_no_pattern_backtracks_catastrophically_any_family():
    assert _check([(family, tail) for family in FAMILIES for tail in TAILS if (family, tail) not in FAST]) == []


# --------------------------------------------------------------------------- whole documents

def _corpus_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("n[bn]-*.txt")))


DOCUMENTS = {
    "race reports": _corpus_text(),
    "result list": "1. Jakob Ingebrigtsen, Norge 3.29,50\n2. Narve Gilje Nordås (Norge) 3.31,20\n3) KIPLAGAT Ann KEN 3:32.10 PB\n",
    "race sentence": "Jakob Ingebrigtsen vant 1500 meter på Bislett Games lørdag på 3.29,50, 0,30 foran Warholm. ",
    "dates and marks": "12. juni lørdag 3.29,50 i går 18.06.2024. ",
    "meets and places": "Bislett Games VM i Oslo EM Oslo Games NM-gull på Bislett i Eugene ",
    "nationalities": "norske nordmann Norge amerikaneren kenyanske ",
    "teams": "IK Tjalve IL Gular Tjalve laget klubben ",
    "record flags": "ny norsk rekord PB SB NR =ER ",
    "punctuation": ",.:;!?()«»\"'-–…" * 3 + " ",
    "glued capitals": "AbcÆøåNM-",
    "at signs and digits": "@1@a.",
    "disciplines in one sentence": "1500 meter 3.29,50 Jakob Ingebrigtsen 800 meter 1.45,12 Karsten Warholm, ",   # once quadratic in the linker (~25 s at 100,000)
}
LINEAR_FAST = ("race reports", "result list", "glued capitals", "punctuation", "at signs and digits")


def _extract_time(text: str, lang: str | None) -> float:
    start = time.perf_counter()
    extract_document(text, "2024-06-01", lang)
    return time.perf_counter() - start


def _linear(name: str, lang: str | None = "nb") -> None:
    unit = DOCUMENTS[name]
    make = lambda n: (unit * (n // len(unit) + 1))[:n]
    _extract_time(make(2000), lang)                          # warm: pipeline, lexicons, caches
    small = min(_extract_time(make(SMALL), lang) for _ in range(2))
    big = _extract_time(make(BIG), lang)
    assert big < RATIO * small, f"{name}: {big:.2f}s for {BIG:,} characters, {small:.3f}s for {SMALL:,}"


@pytest.mark.parametrize("name", LINEAR_FAST)
def test_extraction_is_linear_in_length(name):
    _linear(name)


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n in DOCUMENTS if n not in LINEAR_FAST and n != "disciplines in one sentence"])
def test_extraction_is_linear_in_length_more(name):
    _linear(name)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["race reports", "glued capitals", "at signs and digits"])
def test_extraction_with_language_detection_is_linear(name):
    _linear(name, lang=None)


@pytest.mark.slow
def test_one_long_sentence_of_disciplines_and_marks_is_linear():
    _linear("disciplines in one sentence")


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), max_size=12), st.integers(-2, 50), st.integers(0, 8))
@settings(max_examples=300, deadline=None)
def test_span_indexes_answer_as_the_scans_did(spans, start, length):
    """Claimed and ByStart (overlap checks, items in a segment, the nearest item) replace scans of
    every mention per mention, which were quadratic: they must give exactly what the scans gave."""
    items = [Mention("x", s, s + n, str(i)) for i, (s, n) in enumerate(spans)]
    end = start + length
    assert Claimed(items).overlaps(start, end) == any(start < m.end and m.start < end for m in items)
    for ordered in (sorted(items, key=lambda m: m.start), items):
        index = ByStart(ordered)
        assert index.within(start, end) == [m for m in ordered if start <= m.start < end]
        assert index.nearest(start) is (min(ordered, key=lambda m: abs(m.start - start)) if ordered else None)
        assert index.first_from(start) is next((m for m in ordered if m.start >= start), None)


def test_long_punctuation_token_is_no_quadratic_tokenisation():
    # spaCy split ",,,,..." one comma at a time, searching the whole rest for a suffix each time:
    # 2,000 commas took 4 s. A whitespace-free run over 100 characters is now one token.
    from extractor import nlp
    tokenizer = nlp("nb").tokenizer
    for unit in (",", ")", "«", "…", "!", "-"):
        small = min(_tokenize_time(tokenizer, unit * SMALL) for _ in range(2))
        big = _tokenize_time(tokenizer, unit * BIG)
        assert big < RATIO * max(small, 1e-4), (unit, small, big)


def _tokenize_time(tokenizer, text: str) -> float:
    text += str(time.perf_counter_ns())         # a new token each time: spaCy caches the ones it has seen
    start = time.perf_counter()
    tokenizer(text)
    return time.perf_counter() - start


def test_the_tokeniser_splits_words_as_before():
    from extractor import nlp
    doc = nlp("nb").make_doc("Hun løp 3:45.34. på 11.-plass, (NM-gull) «1500m-finalen»!")
    assert [t.text for t in doc] == ["Hun", "løp", "3:45.34", ".", "på", "11.", "-", "plass", ",", "(", "NM", "-", "gull",
                                     ")", "«", "1500", "m-finalen", "»", "!"]
