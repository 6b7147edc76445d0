"""Evidence -> highlighted article text: every span behind an extracted value, marked by its kind.

The spans come from the records' `evidence` (character offsets in the original text) and are
rendered by displaCy's entity renderer in manual mode, which keeps the text as it is (line breaks
included). displaCy wants spans that do not overlap, so overlapping ones ("VM-gull": the meet and
the placing) become one mark carrying both kinds and both values. Hovering a mark shows the
normalised values (`data-value`, shown by the page's CSS).

Every value a warning names is marked too, outlined (`warned`), the warning shown on hover
(`warned_spans`): the athletes it names, their values of the fields it speaks of ("two marks for
A": A's marks, the one kept and the one not, whose evidence is `mark_conflict`), the race's date
or margin, marks it gives by value, and a text it quotes ("name written two ways: 'X' ...").
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterator

from spacy import displacy

KINDS = ("athlete", "mark", "placing", "age", "nationality", "meet", "venue", "discipline", "date", "flag")
RESULT_KINDS = {"athlete": "athlete", "mark": "mark", "place": "placing", "age": "age", "age_conflict": "age",
                "nationality": "nationality", "flags": "flag"}
RACE_KINDS = {"meet.name": "meet", "meet.city": "venue", "meet.event": "meet", "indoor": "meet", "date": "date",
              "discipline": "discipline", "distance_m": "discipline", "margin_s": "mark"}
MARK_TEMPLATE = ('<mark class="span {classes}" data-value="{value}" data-refs="{refs}" tabindex="0">{text}'
                 '<span class="kind">{label}</span></mark>')


# The fields a warning speaks of, by the words before its first colon ("two marks for A in the same race: ...").
RESULT_FIELD_WORDS = ((r"marks?", "mark"), (r"places?|winners?", "place"), (r"ages?", "age"),
                      (r"nationalit(?:y|ies)", "nationality"), (r"miss counts?", "misses"), (r"gaps?", "gap_s"))
RACE_FIELD_WORDS = ((r"dates?", "date"), (r"margin", "margin_s"))
CONFLICT = "_conflict"      # the evidence of a value the text gave but the record did not keep
QUOTED = re.compile(r"'([^']{2,})'|\"([^\"]{2,})\"")
NUMBER = re.compile(r"\d[\d:.]*\d|\d")


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str
    value: str                  # the normalised value, shown on hover
    warning: str | None = None  # the warning that names this value
    ref: str | None = None      # the result it is evidence of: "race-result", numbered from 1 in the article


def highlights(records: list[dict], text: str, source: str) -> tuple[list[Highlight], int]:
    """The highlights of all evidence of `records` in `text`, and how many spans did not match the text."""
    found: set[Highlight] = set()
    mismatched = 0
    spans = [(span, kind, value, None, ref) for span, kind, value, ref in _evidence(records, text, source)]
    spans += [(span, kind, value, warning, None) for span, kind, value, warning in warned_spans(records, text, source)]
    for span, kind, value, warning, ref in spans:
        start, end = span.get("start"), span.get("end")
        if isinstance(start, int) and isinstance(end, int) and start < end and text[start:end] == span.get("text"):
            found.add(Highlight(start, end, kind, value, warning, ref))
        elif warning is None:   # the text changed since the extraction (counted once, not per warning)
            mismatched += 1
    return sorted(found, key=lambda h: (h.start, -h.end, h.kind, h.warning or "", h.ref or "")), mismatched


def warned_spans(records: list[dict], text: str, source: str) -> Iterator[tuple[dict, str, str, str]]:
    """(span, kind, value, warning) for every value each warning of `records` names."""
    for record in records:
        results = [result for result in record.get("results") or [] if (result.get("sources") or [source])[0] == source]
        for warning in dict.fromkeys(record.get("warnings") or []):
            head = warning.partition(":")[0]
            result_fields = _fields(head, RESULT_FIELD_WORDS)
            numbers = set(NUMBER.findall(warning))
            named = []
            for result in results:
                athlete = result.get("athlete") or ""
                if athlete and re.search(rf"(?<!\w){re.escape(athlete)}(?!\w)", warning):
                    evidence = result.get("evidence") or {}
                    named += [(span, "athlete", _result_value(result, "athlete"))
                              for span in evidence.get("athlete") or _name_mentions(athlete, text)]
                    fields = result_fields
                elif "mark" in result_fields and str(result.get("mark")).removesuffix("p") in numbers:
                    fields = ("mark",)          # "margin '0,30' does not match the marks 3:45.12 and 3:45.38"
                else:
                    continue
                for field in fields:
                    named += _field_spans(result.get("evidence") or {}, field, lambda key: _result_value(result, key))
            for field in _fields(head, RACE_FIELD_WORDS):
                named += _field_spans(record.get("evidence") or {}, field, lambda key: _race_value(record, key))
            shown = {span.get("text") for span, _, _ in named}
            for quoted in QUOTED.finditer(warning):
                written = quoted[1] or quoted[2]
                if written not in shown:        # "name written two ways: 'Camerom Myers' read as ...": where it stands
                    fields = result_fields + _fields(head, RACE_FIELD_WORDS)
                    kind = _kind(fields[0]) if fields and "name" not in head else "athlete"
                    named += [(span, kind, f"as written: {written}") for span in _mentions(written, text)]
            yield from ((span, kind, value, warning) for span, kind, value in named)


def _fields(head: str, words: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(field for pattern, field in words if re.search(rf"\b(?:{pattern})\b", head)))


def _field_spans(evidence: dict, field: str, value_of) -> list[tuple[dict, str, str]]:
    """The spans of a field's value and of the value not kept (`<field>_conflict`)."""
    return [(span, _kind(key), value_of(key)) for key in (field, field + CONFLICT) for span in evidence.get(key) or []]


def _kind(key: str) -> str:
    base = key.removesuffix(CONFLICT)
    return RACE_KINDS.get(base) or RESULT_KINDS.get(base, base)


def _evidence(records: list[dict], text: str, source: str) -> Iterator[tuple[dict, str, str, str | None]]:
    """(span, kind, value, ref) for every evidence span of the records and their results; `ref` names
    the result ("2-3": the third result of the article's second race), None for a race's evidence."""
    for race, record in enumerate(records, 1):
        for key, spans in (record.get("evidence") or {}).items():
            value = _race_value(record, key)
            yield from ((span, RACE_KINDS.get(key.removesuffix(CONFLICT), "meet"), value, None) for span in spans)
        for number, result in enumerate(record.get("results") or [], 1):
            if (result.get("sources") or [source])[0] != source:
                continue        # a merged result from another article: its evidence is in that text
            evidence = dict(result.get("evidence") or {})
            if "athlete" not in evidence:
                evidence["athlete"] = _name_mentions(result["athlete"], text)
            for key, spans in evidence.items():
                value = _result_value(result, key)
                yield from ((span, RESULT_KINDS.get(key.removesuffix(CONFLICT), key), value, f"{race}-{number}")
                            for span in spans)


def highlighted_text(text: str, marks: list[Highlight]) -> str:
    """The text as HTML with the highlights marked, by displaCy."""
    ents = [_displacy_span(group) for group in _overlapping_groups(marks)]
    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, jupyter=False,
                           options={"template": MARK_TEMPLATE})


def _name_mentions(athlete: str, text: str) -> list[dict]:
    """Where the full name stands in the text (records carry no athlete evidence; surnames alone are not marked)."""
    pattern = re.compile(rf"(?<!\w){re.escape(athlete)}s?(?!\w)")
    return [{"start": m.start(), "end": m.start() + len(athlete), "text": athlete} for m in pattern.finditer(text)]


def _mentions(written: str, text: str) -> list[dict]:
    pattern = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)")
    return [{"start": m.start(), "end": m.end(), "text": written} for m in pattern.finditer(text)]


def _result_value(result: dict, key: str) -> str:
    athlete = result.get("athlete")
    if key == "athlete":
        return f"athlete: {athlete}"
    if key == "age_conflict":
        return f"{athlete}: conflicting age"
    if key.endswith(CONFLICT):
        return f"{athlete}: another {key.removesuffix(CONFLICT)}, not kept"
    if key == "flags":
        return f"{athlete}: flags {' '.join(result.get('flags') or []) or '-'}"
    return f"{athlete}: {key} {result.get(key)}"


def _race_value(record: dict, key: str) -> str:
    if key.endswith(CONFLICT):
        return f"another {key.removesuffix(CONFLICT)}, not kept"
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
    warnings = list(dict.fromkeys(f"\u26a0 {mark.warning}" for mark in group if mark.warning))
    refs = sorted({mark.ref for mark in group if mark.ref}, key=lambda ref: tuple(map(int, ref.split("-"))))
    return {
        "start": min(mark.start for mark in group),
        "end": max(mark.end for mark in group),
        "label": "+".join(kinds),
        "params": {"classes": " ".join([f"k-{kind}" for kind in kinds] + (["warned"] if warnings else [])),
                   "value": html.escape("\n".join(values + warnings), quote=True), "refs": " ".join(refs)},
    }
