"""Cost grows with the text, stage by stage: long tokens, long lines without a sentence end and long
lists (thousands of result rows, names, commas) at two sizes, 4 times apart, measured in the same run.

Every stage of `extract_document` (normalising, language detection, tokenising, each matcher, the
entity model's windows and its weighing of the athletes, linking) is timed on its own: a stage that is
quadratic in a long list can hide in the total beside a linear stage that costs more. 4 times the
text must cost under 8 times the CPU time (linear is 4x, quadratic 16x); stages that take too little
time at the bigger size to be measured (under MIN_SECONDS) are not judged. Ratios only, never an
absolute time: a busy machine slows both sizes alike. CPU time of this thread, the least of a few
runs, so time given to other processes does not count.
"""
from __future__ import annotations

import time
import types
from contextlib import contextmanager

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor.api as api
import extractor.entities as ner
import extractor.pipeline as pipeline
from extractor import extract_document

SMALL, BIG = 12_500, 50_000
RATIO = 8               # 4x the text: linear is 4x, quadratic 16x
MIN_SECONDS = 0.02      # a stage under this at BIG is too short to judge
RUNS = 2

HEAD = "Jakob Ingebrigtsen vant 1500 meter på Bislett lørdag. Han løp på 3.29,50 og slo Warholm. 1500 meter menn:\n"
GIVEN = "Ola Kari Per Anne Lars Ingrid Jonas Sofie Henrik Marte Erik Silje Magnus Ida Sondre Thea".split()
SURNAME_PARTS = ("Berg Dal Haug Lie Strand Vik Moe Holm Sand Bakke Fjell Skog Lund".split(),
                 "rud heim set stad land nes bø gård li by tun ås eng dahl".split())
SURNAMES = [a + b for a in SURNAME_PARTS[0] for b in SURNAME_PARTS[1]]


def _person(i: int) -> str:
    return f"{GIVEN[i % len(GIVEN)]} {SURNAMES[(i * 7) % len(SURNAMES)]}"


def _mark(i: int) -> str:
    return f"{3 + i % 4}.{10 + i % 50:02d},{i % 100:02d}"


def _repeat(unit: str, n: int) -> str:
    """Whole units only: a name cut at the end ("Ola Nor") would change what the rest is read as."""
    return unit * max(1, n // len(unit))


def _listed(row, n: int) -> str:
    parts, size, i = [], 0, 0
    while size < n:
        parts.append(row(i))
        size += len(parts[-1])
        i += 1
    return "".join(parts)


# name -> (text of about n characters, language given: None detects it)
TEXTS = {
    "one long token": (lambda n: HEAD + _repeat("a", n) + " Han vant.", None),
    "one long capitalised token": (lambda n: HEAD + _repeat("Løp", n) + " Han vant.", None),
    "a long line without sentence ends": (
        lambda n: HEAD + _repeat("Jakob Ingebrigtsen vant 1500 meter på 3.29,50 foran Warholm og ", n), "nb"),
    "result rows of different athletes": (
        lambda n: HEAD + _listed(lambda i: f"{i + 1}. {_person(i)}, Tjalve {_mark(i)}\n", n), "nb"),
    "a list of names, one a line": (lambda n: HEAD + _listed(lambda i: f"{_person(i)}\n", n), "nb"),
    "names and commas on one line": (lambda n: HEAD + _listed(lambda i: f"{_person(i)}, ", n), "nb"),
    "one name, one a line": (lambda n: HEAD + _repeat("Ola Nordmann\n", n), "nb"),      # the model reads each
    "surnames, one a line": (lambda n: HEAD + _repeat("Nordmann\n", n), "nb"),
    "commas": (lambda n: "Resultater: " + "," * n, "nb"),
}

# The stages as extract_document runs them: (module, function) pairs, each timed on its own.
STAGES = [(api, "normalise"), (api, "detect_language"), (pipeline, "find_sport_cues"), (pipeline, "find_disciplines"),
          (pipeline, "find_marks"), (pipeline, "find_meets"), (pipeline, "find_venues"), (pipeline, "find_nationalities"),
          (pipeline, "find_athletes"), (pipeline, "find_dates"), (pipeline, "find_placings"), (pipeline, "find_ages"),
          (pipeline, "find_flags"), (pipeline, "find_misses"), (pipeline, "find_teams"), (pipeline, "drop_overlapping"),
          (ner, "where"), (ner, "find_entities"), (ner, "weigh"), (pipeline, "link")]


@contextmanager
def _stage_clocks(spent: dict[str, float]):
    """While the block runs, every stage adds its CPU time to spent[name] (and 'tokeniser' and
    'sentences': the pipeline's make_doc and its sentence component)."""
    originals = []

    def clocked(name, function):
        def timed(*args, **kwargs):
            start = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.thread_time() - start
        return timed
    for module, name in STAGES:
        originals.append((module, name, getattr(module, name)))
        setattr(module, name, clocked(name, getattr(module, name)))
    for lang in ("nb", "nn"):
        nlp = pipeline.build(lang)
        originals.append((nlp, "make_doc", nlp.make_doc))
        nlp.make_doc = clocked("tokeniser", nlp.make_doc)
    try:
        yield
    finally:
        for owner, name, original in reversed(originals):
            if isinstance(owner, types.ModuleType):
                setattr(owner, name, original)
            else:
                vars(owner).pop(name, None)         # the Language's own method again


def _costs(text: str, lang: str | None) -> dict[str, float]:
    """CPU seconds of each stage and of the whole (the least of RUNS runs, stage by stage)."""
    best: dict[str, float] = {}
    for _ in range(RUNS):
        spent: dict[str, float] = {}
        with _stage_clocks(spent):
            start = time.thread_time()
            extract_document(text, "2024-06-01", lang)
            spent["whole document"] = time.thread_time() - start
        best = {k: min(best.get(k, spent[k]), spent[k]) for k in spent}
    return best


def _superlinear_stages(make, lang) -> list[str]:
    extract_document(make(2000), "2024-06-01", lang)           # warm: pipeline, models, lexicons
    small, big = _costs(make(SMALL), lang), _costs(make(BIG), lang)
    return [f"{stage}: {big[stage]:.3f}s for {BIG:,} characters, {small.get(stage, 0):.4f}s for {SMALL:,}"
            for stage in big if big[stage] >= MIN_SECONDS and big[stage] > RATIO * small.get(stage, 0.0)]


# Over ~3 s each on a quiet machine (the entity model reads thousands of windows): `-m slow`.
SLOW = ("a long line without sentence ends", "result rows of different athletes", "a list of names, one a line",
        "one name, one a line", "names and commas on one line")


@pytest.mark.parametrize("name", [pytest.param(name, marks=[pytest.mark.slow] if name in SLOW else []) for name in TEXTS])
def test_every_stage_is_linear_in_the_text(name):
    make, lang = TEXTS[name]
    assert _superlinear_stages(make, lang) == []


def test_the_stage_check_catches_a_quadratic_stage(monkeypatch):
    """A matcher that compares every athlete with every other fails the check; the check can fail."""
    real = pipeline.find_ages

    def quadratic(text):
        words = text.split()[: len(text) // 25]
        sum(1 for a in words for b in words if a is b)
        return real(text)
    monkeypatch.setattr(pipeline, "find_ages", quadratic)
    make, lang = TEXTS["surnames, one a line"]
    assert any(problem.startswith("find_ages:") for problem in _superlinear_stages(make, lang))


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6), st.sampled_from(["PER", "LOC", "ORG"])), max_size=12),
       st.integers(-2, 50), st.integers(0, 8))
@settings(max_examples=300, deadline=None)
def test_covering_entities_are_found_as_the_scan_found_them(spans, start, length):
    """The entities over an athlete, found by bisection (a scan of every entity per athlete was
    quadratic on a long list of names): the same labels, in the entities' text order."""
    entities = [ner.Entity(s, s + n, label) for s, n, label in spans]
    ordered = sorted(entities, key=lambda e: e.start)
    end = start + length
    assert ner._Covering(entities).labels(start, end) == [e.label for e in ordered if e.start < end and start < e.end]


# --------------------------------------------------------------------------- matches after each mention

def _matched_at_a_position() -> dict[str, tuple[object, list[int]]]:
    """Module patterns the package calls as `PATTERN.match(text, pos)` or `.fullmatch(text, pos)`,
    with no end position (found in the source): {where: (pattern, lines)}."""
    import ast
    import importlib
    import pkgutil
    import re

    import extractor
    found: dict[str, tuple[object, list[int]]] = {}
    for info in pkgutil.walk_packages(extractor.__path__, "extractor."):
        if info.name.endswith("__main__") or info.name.startswith(("extractor.report", "extractor.dask")):
            continue
        module = importlib.import_module(info.name)
        with open(module.__file__, encoding="utf-8") as source:
            tree = ast.parse(source.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("match", "fullmatch") \
                    and len(node.args) == 2 and not node.keywords and isinstance(node.func.value, ast.Name):
                pattern = getattr(module, node.func.value.id, None)
                if isinstance(pattern, (regex.Pattern, re.Pattern)):
                    where = f"{info.name}.{node.func.value.id}"
                    found.setdefault(where, (pattern, []))[1].append(node.lineno)
    return found


def _seconds_per_match(pattern, text: str) -> float:
    calls, start = 0, time.thread_time()
    while True:
        pattern.match(text, 1)
        calls += 1
        spent = time.thread_time() - start
        if spent >= 0.005 and calls >= 3:
            return spent / calls


def test_a_match_at_a_position_does_not_read_the_rest_of_the_text():
    """A match after each mention must cost the same in a short and a long text: `regex` reads all the
    rest of the text first for a pattern like "\\s*," that needs a literal after a repeat
    (extractor.anchored), which made linking quadratic on thousands of lines without a ":"."""
    found = _matched_at_a_position()
    assert "extractor.layout._CORRECTION" in found and "extractor.clauses._APPOSED_AFTER" in found
    slow = []
    for where, (pattern, lines) in sorted(found.items()):
        for unit in ("\x01", "Ola Nordmann\n"):
            short = min(_seconds_per_match(pattern, unit * (2_000 // len(unit))) for _ in range(2))
            long = _seconds_per_match(pattern, unit * (400_000 // len(unit)))
            if long > 20 * short and long > 2e-5:
                slow.append(f"{where} (lines {lines}) on {unit!r}: {long * 1e6:.0f} us a match on 400,000 characters, "
                            f"{short * 1e6:.1f} us on 2,000")
    assert slow == []


@pytest.mark.parametrize("pattern, flags", [(r"\s*,\s*", 0), (r"[ \t]*(?:Rettelse|Rettet)\s*:", regex.I),
                                            (r"(?<!\s)\s*+,?\s*+(?:som|sem)\s+(?:begge|alle)\b", regex.I)])
def test_an_anchored_pattern_matches_as_the_pattern_does(pattern, flags):
    from extractor.anchored import compile_anchored
    plain, anchored = regex.compile(pattern, flags), compile_anchored(pattern, flags)
    for text in ("", " ,", "x , y", "  Rettet: ja", "\tRETTELSE :", "Ola, som begge", "Ola som alle", "Ola  , sem begge", "x"):
        for pos in range(len(text) + 1):
            for method in ("match", "search", "fullmatch"):
                a, b = getattr(plain, method)(text, pos), getattr(anchored, method)(text, pos)
                assert (a and a.span()) == (b and b.span()), (text, pos, method)
