"""Where each Outcome goes: records to the output (or the merger), problems to the errors file, all to the database."""
from __future__ import annotations

import sqlite3

from .db import ResultsDB
from .merge import Merger
from .outcome import FAILED, SKIPPED, Outcome
from .outputs import ProblemLog, Sink, open_sink


class Destinations:
    def __init__(self, fmt: str, output: str | None, errors: str | None = None, db: str | None = None,
                 merge: bool = False):
        """Opens them all, or none: OSError or sqlite3.Error when one cannot be written."""
        self.sink: Sink | None = None
        self.problems: ProblemLog | None = None
        self.db: ResultsDB | None = None
        self.merger = Merger() if merge else None
        try:
            if output or not db:            # with --db alone, nothing goes to standard output
                self.sink = open_sink(fmt, output, merged=merge)
            self.problems = ProblemLog(errors) if errors else None
            self.db = ResultsDB(db) if db else None
        except (OSError, sqlite3.Error):
            self.abort()
            raise

    def add(self, outcome: Outcome) -> None:
        if self.problems and outcome.status in (SKIPPED, FAILED):
            self.problems.write(outcome.problem())
        if self.db:
            self.db.add(outcome)
        for record in outcome.records:
            if self.merger:
                self.merger.add(record, outcome.published)
            elif self.sink:
                self.sink.write(record)

    def close(self) -> None:
        """Write the merged records, then commit every destination."""
        if self.merger and self.sink:
            for record in self.merger.records():
                self.sink.write(record)
        for opened in self._opened():
            opened.close()

    def abort(self) -> None:
        """Drop unfinished output files and the database's open transaction."""
        for opened in self._opened():
            opened.abort()

    def _opened(self) -> list:
        return [d for d in (self.sink, self.problems, self.db) if d is not None]
