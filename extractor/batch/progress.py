"""A progress bar on a terminal (documents/s and the four counts, by tqdm); plain notes otherwise."""
from __future__ import annotations

import sys
from typing import Iterable, Iterator, TextIO

from tqdm import tqdm

from .inputs import Document
from .outcome import Counts, Outcome

SHORT = {"extracted": "ok", "no races found": "none", "skipped": "skip", "failed": "fail"}


class Progress:
    """Counts the Outcomes, a step of the bar each. The bar's total is in documents: one per input
    file until a file is read and says how many it holds (a JSON Lines feed of 255 objects: 255)."""

    def __init__(self, files: int, quiet: bool = False, stream: TextIO | None = None):
        self.counts = Counts()
        self.file: str | None = None
        self.files = 0                  # files begun
        self.stream = stream or sys.stderr
        self.expected: dict[str, int] = {}      # documents per file, as far as known (files read so far)
        self.total = files
        self.bar = tqdm(total=files, unit="doc", file=self.stream, dynamic_ncols=True, leave=False,
                        disable=quiet or not self.stream.isatty())

    def reading(self, items: Iterable[Document | Outcome]) -> Iterator[Document | Outcome]:
        """The items as they are read, the bar's total grown by the documents each file holds."""
        seen: dict[str, int] = {}
        for item in items:
            seen[item.path] = seen.get(item.path, 0) + 1
            known = max(seen[item.path], item.in_file if isinstance(item, Document) else 1,
                        self.expected.get(item.path, 1))
            if known != self.expected.get(item.path, 1):
                self._grow(known - self.expected.get(item.path, 1))
                self.expected[item.path] = known
            yield item

    def _grow(self, more: int) -> None:
        self.total += more
        self.bar.total = self.total
        self.bar.refresh()

    def add(self, outcome: Outcome) -> None:
        if outcome.path != self.file:
            self.file = outcome.path
            self.files += 1
        self.counts.add(outcome)
        if self.bar.n >= self.total:    # documents not announced (a file replayed from the journal)
            self._grow(1)
        self.bar.set_postfix_str(" ".join(f"{SHORT[k]}={n}" for k, n in self.counts.items()), refresh=False)
        self.bar.update()

    def note(self, line: str) -> None:
        """A line on stderr that does not break the bar."""
        if self.bar.disable:
            print(line, file=sys.stderr)
        else:
            self.bar.write(line, file=self.stream)

    def close(self) -> None:
        self.file = None
        self.bar.close()
