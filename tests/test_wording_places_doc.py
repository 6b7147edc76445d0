"""docs/WORDING-places.md lists the supported wording for places, ages, flags and dates; it is checked
against the example tables: every example it quotes must be part of a sentence in its family's table."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "WORDING-places.md"
TABLES = {"Placings": ("test_placings", ("PLACES", "DETAILS")), "Ages": ("test_ages", ("AGES",)),
          "Flags": ("test_flags", ("FLAGS",)), "Dates": ("test_dates", ("DATES",))}


def _quoted_by_family() -> list[tuple[str, str]]:
    """(family, example) for every `example` under a "## Family" heading (the heading's own file names aside)."""
    out, family = [], None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            family = line[3:].split()[0]
            continue
        if family in TABLES:
            out += [(family, example) for example in re.findall(r"`([^`]+)`", line)]
    return out


def _sentences(family: str) -> list[str]:
    module, tables = TABLES[family]
    rows = [row for table in tables for row in getattr(importlib.import_module(module), table)]
    return [(row.values if hasattr(row, "values") else row)[0] for row in rows]


@pytest.mark.parametrize("family,example", _quoted_by_family())
def test_every_quoted_wording_is_a_table_row(family: str, example: str) -> None:
    assert any(example in sentence for sentence in _sentences(family)), f"{example!r} is in no {family} row"
