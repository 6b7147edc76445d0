"""Score extracted race records against gold annotations.

Implements the rules of the shared gold format (``FORMAT.md``): gold documents are ``NAME.txt`` /
``NAME.json`` pairs; predicted race records are flattened into one entry per result; per document
the gold and predicted entries are aligned one-to-one and every non-null field of every entry
becomes a triple (athlete, field, value) that is a true positive, false negative or false positive.

Decisions where FORMAT.md leaves room:

- ``athlete`` counts as a field: TP for every aligned pair (scored with the gold name), FN for
  every unaligned gold entry, FP for every unaligned prediction. It is part of the micro average.
- ``flags`` is one triple per entry whose value is the whole set: the sets match or they don't.
- A field whose values differ is both a FN (gold value lost) and a FP (wrong value given); it is
  reported as one miss carrying both values.
- ``date`` is scored only where the gold entry has one, so a predicted date on an unaligned
  prediction is not scored either (there is no gold date for it).
- A ``derived`` mark is not scored at all: no FP for it, and no FN for the gold mark it stands in for.
- ``indoor``: ``false`` is a value and only ``null`` is null, so a predicted ``false`` against a
  gold ``null`` is a FP. Empty strings and empty flag lists count as null.
- Marks that are not canonical (``mark_value`` gives None) fall back to case-insensitive text
  comparison, so a non-canonical prediction only matches an identical gold string.
- Per-field scores include unaligned entries, so the micro average is the sum of the field rows.
- A non-Norwegian document is skipped correctly when the prediction returned no records and a skip
  reason starting with ``language``; its records are never scored. A Norwegian document the
  predictor skipped is still scored (all of its gold is FN) and is listed as a wrong skip.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple

SCORED_FIELDS = (
    "sport",
    "discipline",
    "indoor",
    "mark",
    "place",
    "age",
    "nationality",
    "meet_name",
    "meet_city",
    "date",
    "flags",
)
REPORTED_FIELDS = ("athlete",) + SCORED_FIELDS
NORWEGIAN_LANGUAGES = frozenset({"nb", "nn"})
LANGUAGE_SKIP_PREFIX = "language"
DERIVED_FLAG = "derived"
MARK_TOLERANCE = 0.005
MISSES_PER_DOCUMENT = 8
# H:MM:SS.h, M:SS.hh, SS.hh, metres "5.81", or points "8608p"; decimals optional.
CANONICAL_MARK = re.compile(r"(?P<points>\d+)p|(?P<time>\d+(?::\d+){0,2}(?:\.\d+)?)")

Entry = dict[str, Any]
# predict(text, published, source) -> (race records, skip reason such as "language:sv" or None)
Predict = Callable[[str, str | None, str], tuple[list[dict], str | None]]


# ---------------------------------------------------------------------------------------------
# Gold files


@dataclass(frozen=True)
class GoldDocument:
    stem: str
    text_path: Path
    text: str
    gold: dict

    @property
    def language(self) -> str:
        return str(self.gold.get("language") or "").lower()

    @property
    def entries(self) -> list[Entry]:
        return list(self.gold.get("results") or [])


def load_gold(gold_dir: str | Path) -> list[GoldDocument]:
    """Every ``NAME.json`` in ``gold_dir`` with its ``NAME.txt``, sorted by stem.

    A text without a json is not gold and is ignored; a json without its text, or one that does
    not parse to an object, is an error in the gold set.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise ValueError(f"gold folder not found: {folder}")
    return [_load_gold_pair(json_path) for json_path in sorted(folder.glob("*.json"))]


def _load_gold_pair(json_path: Path) -> GoldDocument:
    text_path = json_path.with_suffix(".txt")
    if not text_path.is_file():
        raise ValueError(f"{json_path}: no matching text file {text_path.name}")
    try:
        gold = json.loads(json_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{json_path}: not valid JSON ({error})") from error
    if not isinstance(gold, dict) or not isinstance(gold.get("results", []), list):
        raise ValueError(f"{json_path}: expected an object with a 'results' list")
    return GoldDocument(
        stem=json_path.stem,
        text_path=text_path,
        text=text_path.read_text(encoding="utf-8"),
        gold=gold,
    )


# ---------------------------------------------------------------------------------------------
# Predicted records


def flatten_records(records: list[dict]) -> list[Entry]:
    """One gold-shaped entry per result, carrying its record's discipline, indoor, meet and date.

    A result's own non-null ``sport``/``discipline`` wins over the record's, because a record may
    group results the extractor could only partly classify.
    """
    return [_flatten_result(record, result) for record in records for result in record.get("results") or []]


def _flatten_result(record: dict, result: dict) -> Entry:
    meet = record.get("meet") or {}
    return {
        "athlete": result.get("athlete"),
        "sport": _own_or_record(result, record, "sport"),
        "discipline": _own_or_record(result, record, "discipline"),
        "indoor": record.get("indoor"),
        "mark": result.get("mark"),
        "place": result.get("place"),
        "age": result.get("age"),
        "nationality": result.get("nationality"),
        "meet_name": meet.get("name"),
        "meet_city": meet.get("city"),
        "date": record.get("date"),
        "flags": list(result.get("flags") or []),
    }


def _own_or_record(result: dict, record: dict, key: str) -> Any:
    own = result.get(key)
    return own if own is not None else record.get(key)


# ---------------------------------------------------------------------------------------------
# Values


def mark_value(mark: str) -> float | None:
    """A canonical mark as a number: seconds for times, metres for field events, points.

    "3:45.34" -> 225.34, "2:05:48" -> 7548, "59:47" -> 3587, "5.81" -> 5.81, "8608p" -> 8608.
    Anything else (commas, units, words) is not canonical and gives None.
    """
    if not isinstance(mark, str):
        return None
    match = CANONICAL_MARK.fullmatch(mark.strip())
    if match is None:
        return None
    if match["points"]:
        return float(match["points"])
    *larger_units, seconds = match["time"].split(":")
    # Hours and minutes in front of the seconds, each worth 60 of the next smaller unit.
    total = 0.0
    for unit in larger_units:
        total = (total + int(unit)) * 60
    return total + float(seconds)


def _is_derived(entry: Entry) -> bool:
    return any(str(flag).casefold() == DERIVED_FLAG for flag in entry.get("flags") or [])


def _field_value(entry: Entry, name: str) -> Any:
    """The value as scored: None when the field is null or does not count."""
    value = entry.get(name)
    if name == "flags":
        flags = sorted({str(flag) for flag in value or [] if str(flag).casefold() != DERIVED_FLAG})
        return flags or None
    if name == "mark" and _is_derived(entry):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def values_match(name: str, gold: Any, predicted: Any) -> bool:
    """Whether two non-null values of field ``name`` agree under the scoring rules."""
    if name == "mark":
        gold_number, predicted_number = mark_value(gold), mark_value(predicted)
        if gold_number is not None and predicted_number is not None:
            return abs(gold_number - predicted_number) < MARK_TOLERANCE
    if name == "flags":
        return {_fold(flag) for flag in gold} == {_fold(flag) for flag in predicted}
    if name in ("meet_name", "meet_city") and isinstance(gold, str) and isinstance(predicted, str):
        gold_name, predicted_name = _fold(gold), _fold(predicted)       # "Nadderud stadion" and "Nadderud"
        return gold_name in predicted_name or predicted_name in gold_name
    if isinstance(gold, str) and isinstance(predicted, str):
        return _fold(gold) == _fold(predicted)
    # bool is an int in Python, but true is not the value 1
    if isinstance(gold, bool) != isinstance(predicted, bool):
        return False
    return gold == predicted


def _scored_pairs(gold: Entry, predicted: Entry) -> Iterator[tuple[str, Any, Any]]:
    """(field, gold value, predicted value) for every scored field of an aligned pair."""
    derived = _is_derived(gold) or _is_derived(predicted)
    for name in SCORED_FIELDS:
        if name == "mark" and derived:
            continue
        gold_value, predicted_value = _field_value(gold, name), _field_value(predicted, name)
        if name == "date" and gold_value is None:
            continue
        yield name, gold_value, predicted_value


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


# ---------------------------------------------------------------------------------------------
# Alignment


def same_athlete(first: Any, second: Any) -> bool:
    """Same name ignoring case, or a surname-only name equal to the other's last token."""
    if not isinstance(first, str) or not isinstance(second, str):
        return False
    first_tokens, second_tokens = _fold(first).split(), _fold(second).split()
    if not first_tokens or not second_tokens:
        return False
    if first_tokens == second_tokens:
        return True
    if len(first_tokens) == 1 and first_tokens[0] == second_tokens[-1]:
        return True
    return len(second_tokens) == 1 and second_tokens[0] == first_tokens[-1]


def disciplines_contradict(gold: Entry, predicted: Entry) -> bool:
    gold_discipline, predicted_discipline = _field_value(gold, "discipline"), _field_value(predicted, "discipline")
    if gold_discipline is None or predicted_discipline is None:
        return False
    return not values_match("discipline", gold_discipline, predicted_discipline)


def agreement(gold: Entry, predicted: Entry) -> int:
    """How many scored fields the two entries agree on (a null never agrees)."""
    return sum(
        1
        for name, gold_value, predicted_value in _scored_pairs(gold, predicted)
        if gold_value is not None and predicted_value is not None and values_match(name, gold_value, predicted_value)
    )


def align(gold_entries: list[Entry], predicted_entries: list[Entry]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, sorted by gold index.

    Candidates are pairs naming the same athlete with non-contradicting disciplines; they are taken
    greedily by most agreeing fields, then exact name before surname-only match, then document
    order, so the result does not depend on anything but the input order.
    """
    candidates = sorted(
        (
            -agreement(gold, predicted),
            _fold(gold["athlete"]) != _fold(predicted["athlete"]),
            gold_index,
            predicted_index,
        )
        for gold_index, gold in enumerate(gold_entries)
        for predicted_index, predicted in enumerate(predicted_entries)
        if same_athlete(gold.get("athlete"), predicted.get("athlete")) and not disciplines_contradict(gold, predicted)
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for *_, gold_index, predicted_index in candidates:
        if gold_index in used_gold or predicted_index in used_predicted:
            continue
        used_gold.add(gold_index)
        used_predicted.add(predicted_index)
        pairs.append((gold_index, predicted_index))
    return sorted(pairs)


# ---------------------------------------------------------------------------------------------
# Counting


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, nothing_to_score=self.fn == 0)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, nothing_to_score=self.fp == 0)

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def _ratio(part: int, whole: int, nothing_to_score: bool) -> float:
    # An empty gold document with no predictions is perfect, not undefined.
    if whole:
        return part / whole
    return 1.0 if nothing_to_score else 0.0


class Miss(NamedTuple):
    """A FN and/or FP triple: gold None is a spurious value, predicted None a missing one."""

    athlete: str
    field: str
    gold: Any
    predicted: Any


@dataclass
class DocumentScore:
    stem: str
    language: str
    gold_entries: int
    predicted_entries: int
    aligned: int
    field_counts: dict[str, Counts]
    misses: list[Miss]
    sport: str = "athletics"

    @property
    def micro(self) -> Counts:
        return _sum_counts(self.field_counts.values())

    @property
    def entries(self) -> Counts:
        """Entries as units: an aligned pair is a TP, an unaligned gold entry a FN, an unaligned prediction a FP."""
        return Counts(self.aligned, self.predicted_entries - self.aligned, self.gold_entries - self.aligned)

    def to_dict(self) -> dict:
        return {
            "stem": self.stem,
            "language": self.language,
            "sport": self.sport,
            "gold_entries": self.gold_entries,
            "predicted_entries": self.predicted_entries,
            "aligned": self.aligned,
            **self.micro.to_dict(),
            "misses": [miss._asdict() for miss in self.misses],
        }


@dataclass
class SkippedDocument:
    stem: str
    language: str
    reason: str | None
    records: int
    correct: bool

    def to_dict(self) -> dict:
        return {
            "stem": self.stem,
            "language": self.language,
            "reason": self.reason,
            "records": self.records,
            "correct": self.correct,
        }


@dataclass
class EvaluationReport:
    documents: list[DocumentScore] = field(default_factory=list)
    skipped: list[SkippedDocument] = field(default_factory=list)

    @property
    def fields(self) -> dict[str, Counts]:
        return {
            name: _sum_counts(document.field_counts[name] for document in self.documents)
            for name in REPORTED_FIELDS
        }

    @property
    def micro(self) -> Counts:
        return _sum_counts(self.fields.values())

    @property
    def entries(self) -> Counts:
        return _sum_counts(document.entries for document in self.documents)

    def groups(self) -> dict[str, list[DocumentScore]]:
        """The scored documents by language ("nb", "nn") and by main sport, in that order."""
        groups: dict[str, list[DocumentScore]] = {}
        for key in ("language", "sport"):
            for document in sorted(self.documents, key=lambda d: getattr(d, key)):
                groups.setdefault(getattr(document, key) or "?", []).append(document)
        return groups

    def to_dict(self) -> dict:
        return {
            "fields": {name: counts.to_dict() for name, counts in self.fields.items()},
            "micro": self.micro.to_dict(),
            "entries": self.entries.to_dict(),
            "groups": {
                name: {"documents": len(documents), "micro": _sum_counts(d.micro for d in documents).to_dict(),
                       "entries": _sum_counts(d.entries for d in documents).to_dict()}
                for name, documents in self.groups().items()
            },
            "documents": [document.to_dict() for document in self.documents],
            "skipped": [skipped.to_dict() for skipped in self.skipped],
        }


def _sum_counts(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


def score_pair(gold: Entry, predicted: Entry) -> tuple[dict[str, Counts], list[Miss]]:
    """Counts and misses of an aligned pair; the athlete always agrees once aligned."""
    athlete = gold["athlete"]
    counts = {"athlete": Counts(tp=1)}
    misses = []
    for name, gold_value, predicted_value in _scored_pairs(gold, predicted):
        if gold_value is None and predicted_value is None:
            continue
        if gold_value is not None and predicted_value is not None and values_match(name, gold_value, predicted_value):
            counts[name] = Counts(tp=1)
            continue
        counts[name] = Counts(fp=int(predicted_value is not None), fn=int(gold_value is not None))
        misses.append(Miss(athlete, name, gold_value, predicted_value))
    return counts, misses


def score_unaligned_gold(gold: Entry) -> tuple[dict[str, Counts], list[Miss]]:
    values = _entry_values(gold)
    return (
        {name: Counts(fn=1) for name in values},
        [Miss(gold.get("athlete"), name, value, None) for name, value in values.items()],
    )


def score_unaligned_prediction(predicted: Entry) -> tuple[dict[str, Counts], list[Miss]]:
    # No gold date exists for a spurious entry, and a date is only scored where gold has one.
    values = {name: value for name, value in _entry_values(predicted).items() if name != "date"}
    return (
        {name: Counts(fp=1) for name in values},
        [Miss(predicted.get("athlete"), name, None, value) for name, value in values.items()],
    )


def _entry_values(entry: Entry) -> dict[str, Any]:
    """The non-null scored values of an entry standing alone, athlete included."""
    values = {name: _field_value(entry, name) for name in REPORTED_FIELDS}
    return {name: value for name, value in values.items() if value is not None}


def score_document(stem: str, language: str, gold_entries: list[Entry], predicted_entries: list[Entry]) -> DocumentScore:
    pairs = align(gold_entries, predicted_entries)
    aligned_gold = {gold_index for gold_index, _ in pairs}
    aligned_predicted = {predicted_index for _, predicted_index in pairs}
    scored = [score_pair(gold_entries[g], predicted_entries[p]) for g, p in pairs]
    scored += [score_unaligned_gold(entry) for i, entry in enumerate(gold_entries) if i not in aligned_gold]
    scored += [
        score_unaligned_prediction(entry) for i, entry in enumerate(predicted_entries) if i not in aligned_predicted
    ]
    field_counts = {name: Counts() for name in REPORTED_FIELDS}
    misses: list[Miss] = []
    for counts, entry_misses in scored:
        for name, entry_counts in counts.items():
            field_counts[name] += entry_counts
        misses.extend(entry_misses)
    return DocumentScore(
        stem=stem,
        language=language,
        gold_entries=len(gold_entries),
        predicted_entries=len(predicted_entries),
        aligned=len(pairs),
        field_counts=field_counts,
        misses=misses,
    )


# ---------------------------------------------------------------------------------------------
# Evaluation


def is_language_skip(skip_reason: str | None) -> bool:
    return bool(skip_reason) and skip_reason.split(":", 1)[0].strip().lower() == LANGUAGE_SKIP_PREFIX


def main_sport(document: GoldDocument) -> str:
    """The sport of most of the document's gold entries (athletics when it has none)."""
    sports = [_fold(entry.get("sport") or "athletics") for entry in document.entries]
    return max(sorted(set(sports)), key=sports.count) if sports else "athletics"


def mostly_sport(document: GoldDocument, sport: str | None) -> bool:
    """Whether more than half of the document's gold entries are of ``sport`` (None keeps all);
    "!athletics" keeps the documents that are mostly of any other sport."""
    if sport is None:
        return True
    entries = document.entries
    negate = sport.startswith("!")
    wanted = _fold(sport.lstrip("!"))
    matching = sum(1 for entry in entries if (_fold(entry.get("sport") or "athletics") == wanted) != negate)
    return bool(entries) and matching * 2 > len(entries)


def evaluate(gold_dir: str | Path, predict: Predict, sport: str | None = None) -> EvaluationReport:
    """Run ``predict(text, published, source)`` on every gold document and score it.

    ``predict`` returns ``(records, skip_reason)``. Norwegian documents are scored; the others are
    only checked for a language skip.
    """
    report = EvaluationReport()
    for document in load_gold(gold_dir):
        if not mostly_sport(document, sport):
            continue
        records, skip_reason = predict(document.text, document.gold.get("published"), str(document.text_path))
        records = list(records or [])
        norwegian = document.language in NORWEGIAN_LANGUAGES
        if not norwegian or skip_reason:
            report.skipped.append(
                SkippedDocument(
                    stem=document.stem,
                    language=document.language,
                    reason=skip_reason,
                    records=len(records),
                    correct=not norwegian and not records and is_language_skip(skip_reason),
                )
            )
        if norwegian:
            scored = score_document(document.stem, document.language, document.entries, flatten_records(records))
            scored.sport = main_sport(document)
            report.documents.append(scored)
    return report


# ---------------------------------------------------------------------------------------------
# Text report

def format_report(report: EvaluationReport, worst: int = 5) -> str:
    """Field table, micro line, the ``worst`` documents by F1 with their misses, skipped documents."""
    lines = [_table_row("field", "P", "R", "F1", "tp", "fp", "fn")]
    lines += [_counts_row(name, counts) for name, counts in report.fields.items()]
    lines.append(_counts_row("micro", report.micro))
    lines.append(_counts_row("entries", report.entries))
    lines += _groups_section(report)
    lines += _worst_documents_section(report.documents, worst)
    lines += _skipped_section(report.skipped)
    return "\n".join(lines)


def _table_row(name: str, *cells: str) -> str:
    return f"{name:<12}" + "".join(f"{cell:>7}" for cell in cells)


def _counts_row(name: str, counts: Counts) -> str:
    return _table_row(
        name,
        f"{counts.precision:.3f}",
        f"{counts.recall:.3f}",
        f"{counts.f1:.3f}",
        str(counts.tp),
        str(counts.fp),
        str(counts.fn),
    )


def _groups_section(report: EvaluationReport) -> list[str]:
    """Micro and entries F1 per language and per main sport: where the extractor is weak."""
    groups = report.groups()
    if len(report.documents) < 2:
        return []
    lines = ["", f"{'group':<22}{'docs':>5}{'micro P':>9}{'R':>7}{'F1':>7}{'entries F1':>12}"]
    for name, documents in groups.items():
        micro = _sum_counts(d.micro for d in documents)
        entries = _sum_counts(d.entries for d in documents)
        lines.append(f"{name:<22}{len(documents):>5}{micro.precision:>9.3f}{micro.recall:>7.3f}{micro.f1:>7.3f}"
                     f"{entries.f1:>12.3f}")
    return lines


def _worst_documents_section(documents: list[DocumentScore], worst: int) -> list[str]:
    imperfect = sorted((d for d in documents if d.misses), key=lambda d: (d.micro.f1, d.stem))[:worst]
    if not imperfect:
        return []
    lines = ["", f"worst {len(imperfect)} documents"]
    for document in imperfect:
        lines.append(
            f"{document.stem}  F1 {document.micro.f1:.3f}  "
            f"(gold {document.gold_entries}, predicted {document.predicted_entries}, aligned {document.aligned})"
        )
        lines += [f"  {_describe_miss(miss)}" for miss in document.misses[:MISSES_PER_DOCUMENT]]
        if len(document.misses) > MISSES_PER_DOCUMENT:
            lines.append(f"  ... {len(document.misses) - MISSES_PER_DOCUMENT} more")
    return lines


def _describe_miss(miss: Miss) -> str:
    if miss.predicted is None:
        kind = "missing"
    elif miss.gold is None:
        kind = "spurious"
    else:
        kind = "wrong"
    return f"{kind:<9}{miss.athlete}  {miss.field}: gold {miss.gold!r}, predicted {miss.predicted!r}"


def _skipped_section(skipped: list[SkippedDocument]) -> list[str]:
    if not skipped:
        return []
    lines = ["", "skipped documents"]
    for document in skipped:
        verdict = "ok" if document.correct else f"WRONG ({document.records} records)"
        lines.append(f"{document.stem}  {document.language or '?'}  {document.reason or '-'}  {verdict}")
    return lines
