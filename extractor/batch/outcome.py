"""What became of one input document: its records, or why it gave none."""
from __future__ import annotations

from dataclasses import dataclass, field

EXTRACTED, NO_RACES, SKIPPED, FAILED = "extracted", "no races found", "skipped", "failed"
STATUSES = (EXTRACTED, NO_RACES, SKIPPED, FAILED)


@dataclass
class Outcome:
    path: str                           # the input file as given ("-" for standard input)
    position: int                       # the document's number inside the file, from 1
    source: str                         # the records' `source`: the path, "path#line3", an id or url
    status: str                         # one of STATUSES
    stage: str | None = None            # where a skip or failure happened: read, decode, parse, html, extract
    message: str | None = None          # the skip reason ("language:sv") or the error
    encoding: str | None = None
    language: str | None = None
    published: str | None = None
    records: list[dict] = field(default_factory=list)
    text: str | None = None             # what the records' evidence offsets point into (extracted documents only)
    warnings: list[str] = field(default_factory=list)     # about the document (its metadata), also on each record

    @staticmethod
    def failed(path: str, position: int, source: str, stage: str, error, encoding: str | None = None) -> "Outcome":
        message = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        return Outcome(path, position, source, FAILED, stage, message, encoding)

    def problem(self) -> dict:
        """The errors-file line of a skipped or failed document."""
        return {"path": self.path, "source": self.source, "status": self.status,
                "stage": self.stage, "message": self.message, "encoding": self.encoding}


class Counts(dict):
    """Documents per status, in the order of STATUSES."""

    def __init__(self):
        super().__init__((status, 0) for status in STATUSES)

    def add(self, outcome: Outcome) -> None:
        self[outcome.status] += 1

    def summary(self, files: int) -> str:
        documents = sum(self.values())
        head = _plural(files, "file") if documents == files else f"{_plural(files, 'file')}, {_plural(documents, 'document')}"
        return f"{head}: " + ", ".join(f"{n} {status}" for status, n in self.items())


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
