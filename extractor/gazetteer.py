"""Literal word lists found by dictionary lookup instead of one big regex alternation.

`Gazetteer(entries).finditer(text)` gives exactly the matches of the pattern
`(?<![\\w-])(?:entry|entry|...)(?![\\w-])` with the entries longest first (what the matchers
compiled before): at every maximal run of word characters and hyphens, the longest entry that
starts there and ends at a run's end. A regex alternation of a few hundred words tries each one at
every position of the text (nationalities: ~1 ms per article); here the text's runs are collected
in one C-level `findall`, intersected with the list's keys, and only the keys present are located.

Case-insensitive lists compare `str.lower()` forms (the regex `IGNORECASE` folding differs only for
a few letters outside Norwegian and its neighbours, e.g. the long s "ſ").
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

_RUN = regex.compile(r"[\w-]+")
#: Keys present in a text are each located by str.find over the whole text; with more than this
#: many, the text's runs are looked up one by one instead (a Python loop, but one pass).
MAX_KEYS_LOCATED = 16


class Gazetteer:
    def __init__(self, entries: Iterable[str], ignore_case: bool = False):
        self.ignore_case = ignore_case
        # the entry's first run (folded) -> (folded entry, its length), longest first
        self._by_first_run: dict[str, list[tuple[str, int]]] = {}
        for entry in sorted(set(entries), key=len, reverse=True):
            first = _RUN.match(entry)
            if first is None or not entry or _RUN.fullmatch(entry[-1]) is None:
                raise ValueError(f"gazetteer entry {entry!r} must start and end with a letter, digit or hyphen")
            folded = self._fold(entry)
            if len(folded) != len(entry):
                raise ValueError(f"gazetteer entry {entry!r} changes length when lower-cased")
            self._by_first_run.setdefault(self._fold(first.group()), []).append((folded, len(entry)))

    def _fold(self, text: str) -> str:
        return text.lower() if self.ignore_case else text

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, matched text) of each entry in the text, left to right, not overlapping."""
        folded = self._fold(text)
        if len(folded) != len(text):                 # lower() lengthened a letter ("İ"): positions differ
            return self._each_run(text)
        present = self._by_first_run.keys() & set(_RUN.findall(folded))
        if not present:                              # most lists in most articles: one C-level pass
            return iter(())
        if len(present) > MAX_KEYS_LOCATED:          # one pass of the text per key: bounded, else per run
            return self._each_run(text)
        starts = []                                  # where a present key is a whole run
        for key in present:
            at = folded.find(key)
            while at >= 0:
                if (at == 0 or _RUN.match(folded, at - 1, at) is None) and _RUN.match(folded, at + len(key)) is None:
                    starts.append((at, key))
                at = folded.find(key, at + 1)
        starts.sort()
        return self._longest(text, folded, starts)

    def _each_run(self, text: str) -> Iterator[tuple[int, int, str]]:
        fold = self._fold
        return self._longest(text, None, [(run.start(), fold(run.group())) for run in _RUN.finditer(text)])

    def _longest(self, text: str, folded: str | None, runs: list[tuple[int, str]]) -> Iterator[tuple[int, int, str]]:
        """The longest entry at each run start (in order) that ends at a run's end."""
        by_first_run, fold = self._by_first_run, self._fold
        taken_to = 0
        for start, key in runs:
            candidates = by_first_run.get(key)
            if candidates is None or start < taken_to:
                continue
            run_end = start + len(key)
            for entry, size in candidates:
                end = start + size
                if (end == run_end or (end > run_end and _RUN.match(text, end, end + 1) is None)) \
                        and (folded[start:end] if folded is not None else fold(text[start:end])) == entry:
                    taken_to = end
                    yield start, end, text[start:end]
                    break
