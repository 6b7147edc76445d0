"""Evidence -> highlighted article text: every span behind an extracted value, marked by its kind.

The spans come from the records' `evidence` (character offsets in the original text) and are
rendered by displaCy's entity renderer in manual mode, which keeps the text as it is (line breaks
included). displaCy wants spans that do not overlap, so overlapping ones ("VM-gull": the meet and
the placing) become one mark carrying both kinds and both values. Hovering a mark shows the
normalised values (`data-value`, shown by the page's CSS).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterator

from spacy import displacy

KINDS = ("athlete", "mark", "placing", "age", "nationality", "meet", "discipline", "date", "flag")
RESULT_KINDS = {"athlete": "athlete", "mark": "mark", "place": "placing", "age": "age", "age_conflict": "age",
                "nationality": "nationality", "flags": "flag"}
RACE_KINDS = {"meet.name": "meet", "meet.city": "meet", "meet.event": "meet", "indoor": "meet", "date": "date",
              "discipline": "discipline", "distance_m": "discipline", "margin_s": "mark"}
MARK_TEMPLATE = ('<mark class="span {classes}" data-value="{value}" tabindex="0">{text}'
                 '<span class="kind">{label}</span></mark>')


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str
    value: str          # the normalised value, shown on hover


def highlights(records: list[dict], text: str, source: str) -> tuple[list[Highlight], int]:
    """The highlights of all evidence of `records` in `text`, and how many spans did not match the text."""
    found: set[Highlight] = set()
    mismatched = 0
    for span, kind, value in _evidence(records, text, source):
        start, end = span.get("start"), span.get("end")
        if isinstance(start, int) and isinstance(end, int) and start < end and text[start:end] == span.get("text"):
            found.add(Highlight(start, end, kind, value))
        else:           # the text changed since the extraction
            mismatched += 1
    return sorted(found, key=lambda h: (h.start, -h.end, h.kind)), mismatched


def _evidence(records: list[dict], text: str, source: str) -> Iterator[tuple[dict, str, str]]:
    """(span, kind, value) for every evidence span of the records and their results."""
    for record in records:
        for key, spans in (record.get("evidence") or {}).items():
            value = _race_value(record, key)
            yield from ((span, RACE_KINDS.get(key, "meet"), value) for span in spans)
        for result in record.get("results") or []:
            if (result.get("sources") or [source])[0] != source:
                continue        # a merged result from another article: its evidence is in that text
            evidence = dict(result.get("evidence") or {})
            if "athlete" not in evidence:
                evidence["athlete"] = _name_mentions(result["athlete"], text)
            for key, spans in evidence.items():
                value = _result_value(result, key)
                yield from ((span, RESULT_KINDS.get(key, key), value) for span in spans)


def highlighted_text(text: str, marks: list[Highlight]) -> str:
    """The text as HTML with the highlights marked, by displaCy."""
    ents = [_displacy_span(group) for group in _overlapping_groups(marks)]
    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, jupyter=False,
                           options={"template": MARK_TEMPLATE})


def _name_mentions(athlete: str, text: str) -> list[dict]:
    """Where the full name stands in the text (records carry no athlete evidence; surnames alone are not marked)."""
    pattern = re.compile(rf"(?<!\w){re.escape(athlete)}s?(?!\w)")
    return [{"start": m.start(), "end": m.start() + len(athlete), "text": athlete} for m in pattern.finditer(text)]


def _result_value(result: dict, key: str) -> str:
    athlete = result.get("athlete")
    if key == "athlete":
        return f"athlete: {athlete}"
    if key == "age_conflict":
        return f"{athlete}: conflicting age"
    if key == "flags":
        return f"{athlete}: flags {' '.join(result.get('flags') or []) or '-'}"
    return f"{athlete}: {key} {result.get(key)}"


def _race_value(record: dict, key: str) -> str:
    if key == "date":
        return f"date: {record.get('date') or 'not resolved'} ({record.get('date_text')})"
    if key == "margin_s":
        return f"margin: {record.get('margin_s')} s"
    if key.startswith("meet."):
        return f"{key.removeprefix('meet.')}: {(record.get('meet') or {}).get(key.removeprefix('meet.'))}"
    return f"{key}: {record.get(key)}"


def _overlapping_groups(marks: list[Highlight]) -> list[list[Highlight]]:
    groups: list[list[Highlight]] = []
    end = -1
    for mark in marks:          # sorted by start
        if groups and mark.start < end:
            groups[-1].append(mark)
            end = max(end, mark.end)
        else:
            groups.append([mark])
            end = mark.end
    return groups


def _displacy_span(group: list[Highlight]) -> dict:
    kinds = list(dict.fromkeys(mark.kind for mark in group))
    values = list(dict.fromkeys(mark.value for mark in group))
    return {
        "start": min(mark.start for mark in group),
        "end": max(mark.end for mark in group),
        "label": "+".join(kinds),
        "params": {"classes": " ".join(f"k-{kind}" for kind in kinds),
                   "value": html.escape("\n".join(values), quote=True)},
    }
