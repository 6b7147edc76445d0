"""Bounded cost on hostile input: no regex backtracks catastrophically, extraction is linear in
the document's length, and documents over the size limit are skipped.

Every cost here is a ratio measured in the same run (never an absolute time, which would flake
on a busy machine): 10 times the text must cost well under 20 times as much. A quadratic pattern
or loop costs 100 times as much, a catastrophic one far more. Costs are counted function calls
(a profile hook: the same on a busy machine) and CPU time of the thread doing the work (what
other processes take does not count in it), short work repeated until it is long enough to
measure; a run that goes past its budget is cut short by an interval timer on CPU time and fails.

The patterns are every compiled `regex`/`re` pattern in the extractor's modules, module globals
and what their cached builders (`@lru_cache` functions without arguments) return, plus every
pattern compiled while the corpus is extracted (inline `regex.search(r"...")` calls), found by
watching the two modules' compile caches.
"""
from __future__ import annotations

import functools
import importlib
import inspect
import math
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Callable
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
    elif depth < 3 and type(value).__module__.startswith("extractor.") and hasattr(value, "__dict__"):
        _harvest(vars(value), where, into, depth)         # a lexicon object's patterns (WordRows)


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


def _compiled_while(work: Callable[[], object], ours: Path) -> dict:
    """Patterns that code under the folder `ours` compiles while work() runs, seen by watching the
    compile functions of `regex` and `re` (which their search, match, ... calls go through)."""
    import regex._main as regex_main
    seen: dict = {}
    real_regex, real_re = regex_main._compile, re._compile
    ours = str(ours)
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
        work()
    finally:
        regex_main._compile, re._compile = real_regex, real_re
    return seen


def _inline_patterns() -> dict:
    """Patterns our code compiles while the corpus is extracted: inline `regex.search(r"...", ...)`
    calls, and patterns built per call (only on a cache miss when the builder has an lru_cache)."""
    def extract_corpus():
        for path in sorted(CORPUS.glob("*.txt")):
            extract_document(path.read_text(encoding="utf-8"), "2024-06-01")
    return _compiled_while(extract_corpus, Path(extractor.__file__).parent)


@functools.lru_cache(maxsize=1)
def all_patterns() -> list[tuple[str, object]]:
    found = _module_patterns()
    for key, value in _inline_patterns().items():
        found.setdefault(key, value)
    return sorted(found.values(), key=lambda item: item[0])


# --------------------------------------------------------------------------- measuring cost

MIN_TOTAL = 0.02      # seconds: a careful measurement repeats its work until the calls take this long together


def _cpu_seconds(work: Callable[[], object], at_least: float = MIN_TOTAL) -> float:
    """CPU seconds one call of work() takes, calls repeated until they total `at_least` (one scan of
    a fast pattern takes microseconds, too short beside a busy machine's noise). CPU time, not the
    wall clock: time the machine gives to other processes does not count in it. The clock of this
    thread, which does the work: while a CPU-time interval timer is armed, the process's clock is
    read from a sample taken at each tick (4 ms steps here: a 5 ms scan could read 0)."""
    calls, start = 0, time.thread_time()
    while True:
        work()
        calls += 1
        spent = time.thread_time() - start
        if spent >= at_least:
            return spent / calls


def _calls(work: Callable[[], object]) -> int:
    """Python and C function calls made while work() runs (a profile hook counts them): a measure
    of work that a busy machine cannot change."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event == "call" or event == "c_call":
            calls += 1
    previous = sys.getprofile()
    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(previous)
    return calls


def _calls_grow_linearly(run: Callable[[int], object]) -> str | None:
    """None when run(BIG) makes under RATIO times the calls run(SMALL) makes, else the counts. The
    fewer of two small counts: the first run of a size may still load or cache something."""
    small = min(_calls(lambda: run(SMALL)) for _ in range(2))
    big = _calls(lambda: run(BIG))
    return None if big < RATIO * small else f"{big:,} calls for {BIG:,} characters, {small:,} for {SMALL:,}"


def _time_grows_linearly(run: Callable[[int], object]) -> str | None:
    """None when run(BIG) takes under RATIO times the CPU time of run(SMALL) (the least of 3), else
    the times. A big run over that is measured again once, beside 3 new small runs, before it counts."""
    problem = None
    for _attempt in range(2):
        small = min(_cpu_seconds(lambda: run(SMALL)) for _ in range(3))
        big = _cpu_seconds(lambda: run(BIG))
        if big < RATIO * small:
            return None
        problem = f"{big:.3f}s for {BIG:,} characters, {small:.4f}s for {SMALL:,}"
    return problem


def _superlinear(run: Callable[[int], object]) -> list[str]:
    """What of run(n) grows faster than n: its calls, its CPU time (nothing: an empty list)."""
    return [problem for problem in (_calls_grow_linearly(run), _time_grows_linearly(run)) if problem]


def _close(a: int, b: int) -> bool:
    return abs(a - b) < 3


def test_the_linearity_checks_catch_quadratic_work():
    """The two checks can fail: every item compared with every item in Python fails the call count;
    one C call per 100 characters that reads all the rest fails the time check (one call each,
    however long it reads: the count cannot see it); linear work passes both."""
    def every_pair(n: int):
        items = range(n // 200)
        return [_close(a, b) for a in items for b in items]

    def rereads(n: int):
        text = "x" * n
        return [text.count("y", start) for start in range(0, n, 100)]

    def each_once(n: int):
        return [_close(a, a + 1) for a in range(n // 200)], ("x" * n).count("y")
    assert _calls_grow_linearly(every_pair) is not None
    assert _calls_grow_linearly(rereads) is None and _time_grows_linearly(rereads) is not None
    assert _superlinear(each_once) == []


# --------------------------------------------------------------------------- patterns on long runs

class _Budget(Exception):
    pass


def _scan(pattern, text, budget: float | None = None, anchored: bool = False) -> None:
    """finditer over the whole text (`anchored`: one match() at its start); _Budget when it takes
    more than `budget` seconds of CPU time (an interval timer on the process's CPU time: both
    `regex` and `re` stop for the signal in the middle of a match)."""
    def expired(signum, frame):
        raise _Budget()
    previous = signal.signal(signal.SIGPROF, expired)
    try:
        if budget is not None:
            signal.setitimer(signal.ITIMER_PROF, budget)
        if anchored:
            pattern.match(text)
        else:
            for _ in pattern.finditer(text):
                pass
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


_REFERENCE = regex.compile(r"(?s).")


@functools.lru_cache(maxsize=None)
def _floor(unit: str) -> float:
    """One pass of a trivial pattern over BIG characters of the run: the unit of time here."""
    text = (unit * (BIG // len(unit) + 1))[:BIG]
    return min(_cpu_seconds(lambda: _scan(_REFERENCE, text)) for _ in range(3))


# How long each measurement of a turn lasts at least: single scans first (enough for nearly every
# pattern), then, for a pattern still over budget, scans repeated to MIN_TOTAL.
TURNS = (0.0, MIN_TOTAL, MIN_TOTAL)


def _too_slow(pattern, unit: str, tail: str, anchored: bool = False) -> str | None:
    """Why the pattern is too slow on this run, or None. SMALL characters may take at most 100
    trivial passes over BIG ones (a catastrophic pattern is cut off there); BIG characters at most
    RATIO times SMALL ones (and at least 3 trivial passes: for patterns that fail at once everywhere).
    Small and big are timed in turns, the least time of each so far counting: the pattern passes
    in the first turn within budget and fails when no turn is (a busy moment can make a
    measurement slower, never faster)."""
    def text(n: int):
        made = (unit * (n // len(unit) + 1))[:n] + tail
        return made.encode("utf-8") if isinstance(pattern.pattern, bytes) else made

    def cost(on, budget: float, at_least: float) -> float:
        return _cpu_seconds(lambda: _scan(pattern, on, budget, anchored), at_least)
    small, big, floor = text(SMALL), text(BIG), _floor(unit)
    t_small = t_big = math.inf
    problem = None
    for at_least in TURNS:
        try:
            t_small = min(t_small, cost(small, 100 * floor, at_least))
        except _Budget:
            return f"over {100 * floor:.3f}s (100 passes of a trivial pattern over {BIG:,}) on {SMALL:,} characters"
        budget = max(RATIO * t_small, 3 * floor)
        try:
            t_big = min(t_big, cost(big, budget, at_least))
        except _Budget:
            pass
        if t_big <= budget:
            return None
        problem = f"over {budget:.4f}s on {BIG:,} characters ({t_small:.5f}s on {SMALL:,})"
    return problem


@pytest.mark.slow
def test_the_pattern_check_catches_slow_patterns():
    """_too_slow can fail, in both engines, both ways: a catastrophic pattern cut off on SMALL
    characters, a quadratic one over RATIO times its SMALL time on BIG ones; a trivial one passes."""
    catastrophic = "100 passes of a trivial pattern"
    # `regex` guards nested quantifiers, so its catastrophic case is cubic: ~1,000x the cut-off on
    # SMALL characters on any machine (a quadratic one, ~1.5x, took either branch by machine speed)
    assert catastrophic in _too_slow(regex.compile(r"\s*(?:,|fra)?\s*(?:,|til|\()\s*"), " ", "")
    assert catastrophic in _too_slow(re.compile(r"(\s+)+x"), " ", "")
    quadratic = _too_slow(re.compile(r"\s*x"), " ", "")
    assert quadratic.startswith("over") and catastrophic not in quadratic
    assert _too_slow(regex.compile(r"(?s)."), " ", "") is None and _too_slow(re.compile(r"(?s)."), " ", "") is None


# Patterns whose cost on a long run is not linear by themselves, with why it stays bounded where
# they are used (each is read there; a new use must keep to this or fix the pattern).
BOUNDED = {
    # for every "norske" it scans to the segment's end for the final ":"; tables.ResultList searches it only
    # in a segment ending in ":", from after the segment's last [.!?], where the first candidate matches
    "extractor.tables._LIST_INTRO": "searched only where it matches at its first candidate",
    # for every "(" it reads to the next ")"
    "extractor.coreference._WORD_AFTER_NAME": "matched only on the 40 characters after a name (_standalone)",
    # after each of [.!?:\n] it reads all the whitespace that follows, then fails at "$" before a non-space
    "extractor.coreference._SENTENCE_START_BEFORE": "searched only in the 4 characters before a name (_standalone)",
    # compiled for match() at a position (extractor.anchored): from every space of a run, finditer would
    # read the run to its end; they are only ever matched where a mention or a paragraph ends
    "extractor.clauses._APPOSED_AFTER": "matched only at the end of a placing (clauses.owner)",
    "extractor.layout._CORRECTION": "matched only at a paragraph's start (in_correction)",
}


def _compiled_anchored(pattern) -> bool:
    source = pattern.pattern
    return isinstance(source, str) and source.endswith("|(?!)")


def _check(runs) -> list[str]:
    """Module patterns are scanned over the whole run (finditer: every start position). The inline
    ones are written for one call on a short slice (match, fullmatch, search of a window), and the
    BOUNDED ones are used so: they get one match() at the run's start, which still shows a pattern
    that backtracks without end."""
    slow = []
    for where, pattern in all_patterns():
        # compile_anchored (extractor/anchored.py) patterns are for match() at a position only: their
        # "|(?!)" turns off the engine's search for a literal, which makes an unanchored scan of them quadratic
        anchored = where.startswith("inline") or where in BOUNDED or _compiled_anchored(pattern)
        for family, tail in runs:
            problem = _too_slow(pattern, FAMILIES[family], tail, anchored)
            if problem:
                slow.append(f"{where}: {family}{' + ' + repr(tail) if tail else ''}: {problem}")
    return slow


def test_patterns_are_collected():
    found = dict(all_patterns())
    assert len(found) > 100 and set(BOUNDED) <= set(found), set(BOUNDED) - set(found)
    assert "extractor.matchers.marks._RUN" in found and "extractor.matchers.dates._patterns()[0]" in found


def test_patterns_compiled_inline_are_seen():
    """The watcher sees an inline `regex` and `re` call (this file stands in for the package, which
    may compile none inline: its patterns are module constants or built once by an lru_cache)."""
    def inline_calls():
        regex.search(r"watched (?:regex)", "")
        re.search(r"watched (?:re)", "")
    seen = _compiled_while(inline_calls, Path(__file__).parent)
    assert sorted(where for where, _ in seen.values()) == ["inline 'watched (?:re)'", "inline 'watched (?:regex)'"]


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


def _linear(name: str, lang: str | None = "nb") -> None:
    """10 times the text makes under RATIO times the calls and takes under RATIO times the CPU time.
    The count shows quadratic work in Python without a timer's noise; the time is needed as well
    because a C call counts once however long it works: a regex scan, lingua's language detection,
    a slice or a str method inside a loop (the patterns alone are timed on long runs above)."""
    unit = DOCUMENTS[name]

    def run(n: int):
        return extract_document((unit * (n // len(unit) + 1))[:n], "2024-06-01", lang)
    run(2000)                                               # warm: pipeline, lexicons, caches
    assert _superlinear(run) == [], name


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


def test_long_glue_between_names_and_nationalities_is_read_once():
    """Spaces between a name and its nationality or home place as long as the text: the glue between
    them (_ROLE_REACH, _COUNTRY_GLUE, _HOME_GLUE) is read once per mention, not from every space."""
    def run(n: int):
        gap = " " * (n // 3)
        return extract_document(f"Jakob Ingebrigtsen{gap}Norge vant, og kenyanske{gap}Faith Kipyegon ({gap}KEN) ble nummer to.",
                                "2024-06-01", "nb")
    run(BIG)        # spaCy reads a new lexeme once, a Python call per character of the space run: not ours to count
    assert _superlinear(run) == []


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
        def run(n: int):        # a new token each time: spaCy caches the ones it has seen
            return tokenizer(unit * n + str(time.perf_counter_ns()))
        problem = _time_grows_linearly(run)
        assert problem is None, (unit, problem)


def test_the_tokeniser_splits_words_as_before():
    from extractor import nlp
    doc = nlp("nb").make_doc("Hun løp 3:45.34. på 11.-plass, (NM-gull) «1500m-finalen»!")
    assert [t.text for t in doc] == ["Hun", "løp", "3:45.34", ".", "på", "11.", "-", "plass", ",", "(", "NM", "-", "gull",
                                     ")", "«", "1500", "m-finalen", "»", "!"]
