"""Record sinks: JSON Lines, CSV and Parquet, streamed into a file that appears only when complete.

A file output is written to a temporary file beside it and renamed over it at the end
(`os.replace`), so an interrupted run leaves the old file or none, never half of one. CSV and
Parquet have one row per result, the race fields repeated (a race without results is one row),
`race_id` telling races apart, and the mark also as a number (`mark_value`: seconds, metres or
points); evidence stays in JSON Lines only.

`csv-excel` is the CSV for a spreadsheet set to a decimal-comma locale (Norwegian Excel opens it with
a double click): a UTF-8 byte order mark (else Excel reads æøå as cp1252), `;` between fields, CRLF
line ends, decimal commas in the number columns (`1450,5`), and every text cell Excel would take for
a number, date, time or formula written as the formula `="..."`, so that it stays the text it is: a
mark `2.05` would become 2 May, `2:05:48` a time, a race_id `1234e567...` a rounded number. ISO
dates (`date`, `published`) are left for Excel to read as dates.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
import tempfile
from pathlib import Path

from ..evaluation import mark_value

FORMATS = ("jsonl", "csv", "csv-excel", "parquet")
RACE_COLUMNS = ("race_id", "source", "url", "published", "encoding", "sport", "discipline", "distance_m", "indoor",
                "category", "meet_name", "meet_city", "meet_event", "date", "date_text", "margin_s", "language", "warnings")
RESULT_COLUMNS = ("athlete", "place", "mark", "mark_value", "gap_s", "misses", "age", "nationality", "flags")
NUMBER_COLUMNS = ("distance_m", "margin_s", "mark_value", "gap_s")
WHOLE_NUMBER_COLUMNS = ("place", "age", "misses")
LIST_COLUMNS = {"warnings": "; ", "flags": " ", "sources": "; "}     # joined with these in CSV
PARQUET_BATCH = 2000                                                  # rows per row group
DATE_COLUMNS = ("date", "published")
# what Excel reads as a number, a date, a time or a formula: number-like characters (one digit at least),
# or a formula's first character. Two tests, not one pattern: "[...]*\d[...]*" rescans a long run without a digit.
_NUMBER_LIKE = re.compile(r"[\d\s.,:;/+\-eE%()]+")
_FORMULA_START = "=+-@\t\r"


def excel_misreads(value: str) -> bool:
    """True where Excel would not keep the cell as the text it is ("2.05" -> 2 May, "=A1" a formula)."""
    return value[:1] in _FORMULA_START and value != "" or (
        _NUMBER_LIKE.fullmatch(value) is not None and any(c.isdigit() for c in value))


class AtomicFile:
    """A file written beside `path` under a temporary name, renamed to `path` by `commit()`."""

    def __init__(self, path: str | Path, binary: bool = False):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        self.handle = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        """Flush to disk and rename over `path`; on failure (a full disk: ENOSPC) the temporary file
        is removed and `path` left as it was."""
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())              # a full disk shows here or at close, not later
            self.handle.close()
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.temporary, 0o666 & ~umask)    # mkstemp makes it private; give it a normal file's mode
            os.replace(self.temporary, self.path)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        try:
            self.handle.close()                         # may fail again to flush: the file goes anyway
        except OSError:
            pass
        Path(self.temporary).unlink(missing_ok=True)


def write_atomically(path: str | Path, payload: str) -> None:
    target = AtomicFile(path)
    try:
        target.handle.write(payload)
    except BaseException:
        target.abort()
        raise
    target.commit()


def mark_number(mark: str | None) -> float | None:
    """A canonical mark as a number (seconds, metres or points, to the millisecond); None without one."""
    value = mark_value(mark)
    return None if value is None else round(value, 3)


def rows(record: dict, columns: tuple[str, ...]) -> list[dict]:
    """The flat rows of one record: one per result, race fields repeated."""
    meet = record.get("meet") or {}
    race = {key: record.get(key) for key in columns if key not in RESULT_COLUMNS}
    race.update(meet_name=meet.get("name"), meet_city=meet.get("city"), meet_event=meet.get("event"))
    results = record.get("results") or [{}]
    return [{**race, **{key: result.get(key) for key in RESULT_COLUMNS}, "mark_value": mark_number(result.get("mark"))}
            for result in results]


class Sink:
    """Where records go: `write(record)` for each, then `close()`, or `abort()` on failure."""

    def __init__(self, target: AtomicFile | None):
        self.target = target

    def write(self, record: dict) -> None:
        raise NotImplementedError

    def close(self) -> None:
        if self.target:
            self.target.commit()
        else:
            sys.stdout.flush()

    def abort(self) -> None:
        if self.target:
            self.target.abort()


class JsonLinesSink(Sink):
    def __init__(self, target: AtomicFile | None):
        super().__init__(target)
        self.handle = target.handle if target else sys.stdout

    def write(self, record: dict) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")


class CsvSink(Sink):
    def __init__(self, target: AtomicFile | None, columns: tuple[str, ...], excel: bool = False):
        super().__init__(target)
        self.columns, self.excel = columns, excel
        handle = target.handle if target else sys.stdout
        if excel:
            handle.write("\ufeff")
        self.writer = csv.DictWriter(handle, fieldnames=columns, delimiter=";" if excel else ",",
                                     lineterminator="\r\n" if excel else "\n")
        self.writer.writeheader()

    def write(self, record: dict) -> None:
        cell = _excel_cell if self.excel else _cell
        for row in rows(record, self.columns):
            self.writer.writerow({key: cell(key, value) for key, value in row.items()})


class ParquetSink(Sink):
    def __init__(self, target: AtomicFile, columns: tuple[str, ...]):
        super().__init__(target)
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.columns, self.pending, self.table = columns, [], pa.Table
        self.schema = pa.schema([(key, _arrow_type(pa, key)) for key in columns])
        self.writer = pq.ParquetWriter(target.handle, self.schema)

    def write(self, record: dict) -> None:
        self.pending.extend(rows(record, self.columns))
        if len(self.pending) >= PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(self.table.from_pylist(self.pending, schema=self.schema))
            self.pending = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        super().close()

    def abort(self) -> None:
        try:
            self.writer.close()
        finally:
            super().abort()


def parquet_missing() -> str | None:
    """Why Parquet cannot be written here, or None."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return "--format parquet needs pyarrow: pip install 'norsk-race-extractor[parquet]'"
    return None


def open_sink(fmt: str, path: str | None, merged: bool = False) -> Sink:
    target = AtomicFile(path, binary=fmt == "parquet") if path else None
    if fmt == "jsonl":
        return JsonLinesSink(target)
    columns = RACE_COLUMNS[:2] + (("sources",) if merged else ()) + RACE_COLUMNS[2:] + RESULT_COLUMNS
    try:
        if fmt == "parquet":
            return ParquetSink(target, columns)
        return CsvSink(target, columns, excel=fmt == "csv-excel")
    except BaseException:
        if target:
            target.abort()
        raise


class ProblemLog:
    """The errors file: one JSON line (path, source, status, stage, message, encoding) per skipped or failed document."""

    def __init__(self, path: str):
        self.target = AtomicFile(path)

    def write(self, problem: dict) -> None:
        self.target.handle.write(json.dumps(problem, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.target.commit()

    def abort(self) -> None:
        self.target.abort()


def _cell(key: str, value):
    if isinstance(value, list):
        return LIST_COLUMNS.get(key, "; ").join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _excel_cell(key: str, value):
    """A cell as Excel in a decimal-comma locale reads it back unchanged (see the module's docstring)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value).replace(".", ",") if key in NUMBER_COLUMNS else value
    value = _cell(key, value)
    if isinstance(value, str) and key not in DATE_COLUMNS and excel_misreads(value):
        return '="' + value.replace('"', '""') + '"'
    return value


def _arrow_type(pa, key: str):
    if key in LIST_COLUMNS:
        return pa.list_(pa.string())
    if key in NUMBER_COLUMNS:
        return pa.float64()
    if key in WHOLE_NUMBER_COLUMNS:
        return pa.int64()
    return pa.bool_() if key == "indoor" else pa.string()
