"""The review report: one self-contained HTML page of race records, their evidence in the text, and warnings.

    extractor report RECORDS.jsonl -o report.html [--texts PATH ...] [--gold DIR] [--errors ERRFILE]

    from extractor.report import write_report
    size = write_report(records, "report.html", texts=None, gold_dir=None, summary_counts=None)

`BatchReport` is the `extract --report` destination: it collects a batch's outcomes, with the
text of each extracted document, and writes the page, texts embedded, when the batch is done.

`articles` groups records by source, `texts` finds their text (embedded, or again in the
extraction's inputs), `highlight` marks the evidence with displaCy, `gold` compares with gold
annotations, `render` writes the page from `template/`.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator

from ..batch.outcome import FAILED, SKIPPED
from .render import Written, write_report
from .texts import HINT

__all__ = ["main", "write_report", "add_arguments", "run", "size_note", "BatchReport"]

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `report` command's arguments, for `extractor report` and `main` alike."""
    parser.add_argument("records", metavar="RECORDS.jsonl", help="records written by `extractor extract` (JSON Lines)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.html", help="the report to write")
    parser.add_argument("--gold", metavar="DIR", help="gold annotations (FORMAT.md) to compare with, per field")
    parser.add_argument("--texts", metavar="PATH", action="append",
                        help="the extraction's inputs (folders, article files, JSON / JSON Lines feeds), where the "
                             "texts are found when a record's source is not a path from here: by file name, and by "
                             "id or url in the feeds; may be given several times")
    parser.add_argument("--errors", metavar="ERRFILE",
                        help="the --errors file of `extractor extract`: skipped and failed documents, counted and listed")


def run(args: argparse.Namespace) -> int:
    if args.gold and not Path(args.gold).is_dir():
        print(f"extractor report: error: --gold {args.gold}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    for given in args.texts or []:
        if not Path(given).exists():
            print(f"extractor report: error: --texts {given}: no such file or folder", file=sys.stderr)
            return EXIT_USAGE
    for given in (args.records, args.errors):
        if given and not Path(given).is_file():
            print(f"extractor report: error: {given}: no such file", file=sys.stderr)
            return EXIT_USAGE
    try:
        records = list(_json_lines(args.records))
        problems = list(_json_lines(args.errors)) if args.errors else None
        size = write_report(records, args.output, texts=args.texts, gold_dir=args.gold, problems=problems)
    except (OSError, ValueError) as error:      # unreadable or unwritable, a line that is no JSON object, bad gold
        print(f"extractor report: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(size_note(args.output, size))
    if size.without_text:
        print(f"extractor report: {without_text_note(size.without_text)}"
              + ("" if args.texts else f": {HINT}"), file=sys.stderr)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="extractor report", description="Write the review page of extracted race records.")
    add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    return run(args)


class BatchReport:
    """`extract --report`: every document's records and status as they come, the page at `close()`.

    The records are those of each document, not merged ones: the page shows them in their own text.
    """

    def __init__(self, path: str | Path):
        self.path = path
        self.records: list[dict] = []
        self.problems: list[dict] = []
        self.counts: Counter = Counter()
        self.texts: dict[str, str] = {}      # source -> the text its records point into
        self.size: Written | None = None      # bytes written, once closed

    def add(self, outcome) -> None:
        """An `extractor.batch.outcome.Outcome`."""
        self.counts[outcome.status] += 1
        records = outcome.records
        if records and outcome.text is not None:
            source = outcome.source
            if self.texts.get(source, outcome.text) != outcome.text:
                # Another document of the same source (a feed repeating an id): an article of its own, so
                # that its evidence is shown in its own text, named by where it stands.
                where = f"line{outcome.position}" if outcome.path.lower().endswith(".jsonl") else outcome.position
                source = f"{source} ({outcome.path}#{where})"
                records = [dict(record, source=source) for record in records]
            self.texts.setdefault(source, outcome.text)
        self.records.extend(records)
        if outcome.status in (SKIPPED, FAILED):
            self.problems.append(outcome.problem())

    def close(self) -> None:
        self.size = write_report(self.records, self.path, texts=self.texts, summary_counts=self.counts,
                                 problems=self.problems)

    def abort(self) -> None:
        """Nothing to undo: the page is written only by `close()`, atomically."""


def size_note(path: str | Path, size: int) -> str:
    """The line printed after writing a report, e.g. "report.html: 1.3 MB"."""
    return f"{path}: {size / 1e6:.1f} MB" if size >= 100_000 else f"{path}: {size / 1e3:.1f} kB"


def without_text_note(sources: list[str]) -> str:
    """E.g. "2 articles shown without their text (first: urn:17)"."""
    return f"{len(sources)} article{'' if len(sources) == 1 else 's'} shown without their text (first: {sources[0]})"


def _json_lines(path: str) -> Iterator[dict]:
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path} line {number}: not JSON ({error.msg})") from None
            if not isinstance(item, dict):
                raise ValueError(f"{path} line {number}: not a JSON object")
            yield item
