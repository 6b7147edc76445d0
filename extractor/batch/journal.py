"""Resumable batches: a journal of the documents already done, beside the output (`OUT.journal`).

While `extractor extract -o OUT` runs, the Outcome of every document it extracts (its records,
or why it was skipped or failed) is appended to `OUT.journal` as one JSON line and flushed, so
the journal survives Ctrl-C, SIGTERM, a kill or a full disk. A run that completes removes it. With
`--resume`, documents the journal holds are not extracted again: their Outcomes are read back
and go to the outputs in their place, in input order, so OUT comes out exactly as from an
uninterrupted run (the outputs are always written whole, from the first document on).

A journal line says which input file version it belongs to (size and modification time): a file
changed since is extracted again. The first line holds the options that change what a document
gives (`--lang`, `--published`, the extractor's version); resuming with other ones is refused.
A last line cut short by a kill is dropped. Documents that could not be read are not journaled:
they are tried again.
"""
from __future__ import annotations

import dataclasses
import json
import os
from typing import Iterable, Iterator

from .inputs import STDIN, TEXT_KEY, Document, documents, shown_path
from .outcome import Outcome

SUFFIX = ".journal"
FORMAT = 1
# Field names in declaration order. An Outcome's records are plain JSON dicts already, so the journal
# line is built from the fields as they are (dataclasses.asdict would deep-copy every record: on
# --jobs 2 that copy, in the main process, was a fifth of the run).
_FIELDS = tuple(field.name for field in dataclasses.fields(Outcome))


class JournalError(ValueError):
    """A journal that cannot be resumed (other options, not a journal)."""


def journal_path(output: str | None) -> str | None:
    return None if not output else output + SUFFIX


def fingerprint(path: str) -> list[int] | None:
    """The version of an input file: [size, modification time in ns]; None for standard input or no file."""
    if path == STDIN:
        return None
    try:
        status = os.stat(path)
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns]


class Journal:
    def __init__(self, path: str, settings: dict, resume: bool = False):
        """Opens `path` for appending: continued when `resume` (JournalError if its options differ),
        else started afresh. OSError when it cannot be written."""
        self.path = path
        self.settings = dict(settings, journal=FORMAT)
        self.done: dict[tuple[str, int], tuple[list[int], int]] = {}    # (path, position) -> (fingerprint, line offset)
        self.pending: dict[tuple[str, int], list[int]] = {}             # documents read, not yet done
        self.replayed = 0
        self.written = 0
        end = self._load() if resume and os.path.exists(path) else None
        if end is None:
            self.handle = open(path, "wb")
            self._append({"settings": self.settings})
        else:
            self.handle = open(path, "r+b")
            self.handle.truncate(end)           # a line cut short by a kill
            self.handle.seek(end)
        self.reader = open(path, "rb")

    def _load(self) -> int:
        """Index the journal's lines; the offset where the valid lines end."""
        with open(self.path, "rb") as handle:
            header = _parse(handle.readline())
            if not isinstance(header, dict) or "settings" not in header:
                raise JournalError(f"{self.path} is not a journal of this tool: remove it, or run without --resume")
            if header["settings"] != self.settings:
                raise JournalError(f"{self.path} was written with other options ({_options(header['settings'])}): "
                                   "run again with those, or without --resume to start over")
            end = handle.tell()
            while line := handle.readline():
                entry = _parse(line) if line.endswith(b"\n") else None
                if not isinstance(entry, dict) or "outcome" not in entry:
                    break
                self.done[(entry["path"], entry["position"])] = (entry["file"], end)
                end = handle.tell()
        return end

    def items(self, files: Iterable[str], published: str | None, **reading) -> Iterator[Document | Outcome]:
        """The documents of the input files (`reading`: documents()'s options), each one the journal
        holds replaced by its Outcome."""
        for path in files:
            version = fingerprint(path)
            for item in documents(path, published, **reading):
                if isinstance(item, Document) and version is not None:
                    key = (item.path, item.position)
                    done = self.done.get(key)
                    if done is not None and done[0] == version:
                        self.replayed += 1
                        yield self._outcome(done[1])
                        continue
                    self.pending[key] = version
                yield item

    def _outcome(self, offset: int) -> Outcome:
        self.reader.seek(offset)
        data = json.loads(self.reader.readline())["outcome"]
        return Outcome(**{key: value for key, value in data.items() if key in _FIELDS})

    def add(self, outcome: Outcome) -> None:
        """Record a document as done (documents replayed or never read are not written again)."""
        version = self.pending.pop((outcome.path, outcome.position), None)
        if version is not None:
            self._append({"path": outcome.path, "position": outcome.position, "file": version,
                          "outcome": {name: getattr(outcome, name) for name in _FIELDS}})
            self.written += 1

    def _append(self, entry: dict) -> None:
        self.handle.write(json.dumps(entry).encode("ascii") + b"\n")     # ASCII: lone surrogates too
        self.handle.flush()

    def close(self) -> None:
        """Keep the journal for --resume (unless it holds no document)."""
        self._close_handles()
        if not self.done and not self.written:
            self.remove()

    def remove(self) -> None:
        """The run completed: the journal is no longer needed (one left behind does no harm: the
        next run without --resume starts a new one)."""
        self._close_handles()
        try:
            os.unlink(self.path)
        except OSError:
            pass

    def _close_handles(self) -> None:
        for handle in (self.handle, self.reader):
            try:
                handle.close()
            except OSError:
                pass


def _parse(line: bytes):
    try:
        return json.loads(line.decode("ascii"))
    except ValueError:
        return None


def _options(settings: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in settings.items() if k != "journal")


def journal_settings(lang: str | None, published: str | None, text_key: str = TEXT_KEY) -> dict:
    from .. import __version__
    settings = {"version": __version__, "lang": lang, "published": published}
    if text_key != TEXT_KEY:                # named only when not the default: older journals still resume
        settings["text_key"] = text_key
    return settings


__all__ = ["Journal", "JournalError", "journal_path", "journal_settings", "fingerprint", "shown_path"]
