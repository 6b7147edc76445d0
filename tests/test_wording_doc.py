"""docs/WORDING-marks.md lists the supported wording per family; every example on that page must be a
row of the matchers' test tables with the same value, so the page cannot say more than the tests prove."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).parent
DOC = HERE.parent / "docs" / "WORDING-marks.md"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"_doc_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(table):
    return [row.values if hasattr(row, "values") else row for row in table]


def _table_values() -> dict[str, set[str]]:
    """Each tested sentence -> the values its tables give it, written as the page writes them."""
    sports, disciplines, marks = _module("test_sports"), _module("test_disciplines"), _module("test_marks")
    codes = lambda cs: ", ".join(cs) or "none"
    pairs = [(text, sport) for text, sport in _rows(sports.ARTICLES)]
    pairs += [(text, codes(cs)) for text, cs in _rows(disciplines.CODES)]
    pairs += [(text, codes(cs)) for _sport, text, cs in _rows(disciplines.SPORT_CODES)]
    pairs += [(text, canonical) for _sport, text, _mark, canonical in _rows(disciplines.UNTIMED)]
    pairs += [(text, kind) for text, _number, kind in _rows(marks.KINDS)]
    pairs += [(text, canonical) for text, _number, _discipline, canonical in _rows(marks.FOUND_AND_READ)]
    out: dict[str, set[str]] = {}
    for text, value in pairs:
        out.setdefault(text, set()).add(str(value))
    return out


def _doc_rows() -> list[tuple[str, str, str, str]]:
    """(section, wording, example, value) for every example row of the page."""
    out, section = [], ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:]
        elif line.startswith("| ") and not line.startswith(("| wording", "|---")):
            wording, example, value = (cell.strip() for cell in line.strip("|").split(" | "))
            out.append((section, wording, example, value))
    return out


TABLES = _table_values()


@pytest.mark.parametrize("section,wording,example,value", _doc_rows())
def test_doc_example_is_a_table_row(section, wording, example, value):
    assert value in TABLES.get(example, set()), f"{section} / {wording}: {example!r} is no table row giving {value!r}"


def test_every_family_has_several_examples():
    sections = [row[0] for row in _doc_rows()]
    assert sections and all(sections.count(s) >= 2 for s in sections)
