"""A progress bar on a terminal (files/s and the four counts, by tqdm); plain notes otherwise."""
from __future__ import annotations

import sys

from tqdm import tqdm

from .outcome import Counts, Outcome

SHORT = {"extracted": "ok", "no races found": "none", "skipped": "skip", "failed": "fail"}


class Progress:
    """Counts the Outcomes; a file is done when the next file's first Outcome (or `close()`) comes."""

    def __init__(self, files: int, quiet: bool = False):
        self.counts = Counts()
        self.file: str | None = None
        self.files = 0                  # files begun
        self.bar = tqdm(total=files, unit="file", file=sys.stderr, dynamic_ncols=True, leave=False,
                        disable=quiet or not sys.stderr.isatty())

    def add(self, outcome: Outcome) -> None:
        if outcome.path != self.file:
            self._file_done()
            self.file = outcome.path
            self.files += 1
        self.counts.add(outcome)

    def _file_done(self) -> None:
        if self.file is not None:
            self.bar.set_postfix_str(" ".join(f"{SHORT[k]}={n}" for k, n in self.counts.items()), refresh=False)
            self.bar.update()

    def note(self, line: str) -> None:
        """A line on stderr that does not break the bar."""
        if self.bar.disable:
            print(line, file=sys.stderr)
        else:
            self.bar.write(line, file=sys.stderr)

    def close(self) -> None:
        self._file_done()
        self.file = None
        self.bar.close()
