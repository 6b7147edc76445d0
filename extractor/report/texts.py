"""Where the report gets each article's text: embedded at extraction time, else found again in the inputs.

The evidence of a record is character offsets into the text it was extracted from, so the report
needs that very text (a web page's article as trafilatura took it out, a feed item's `text`).

`extractor extract ... --report R.html` has every text in hand: each extracted document's Outcome
carries the text its records point into, and the page embeds it. Feeds whose sources are ids or
urls, standard input, web pages and runs from any folder all show their text.

`extractor report RECORDS.jsonl` runs later, from the records, which do not carry the text. It
finds each one again (`Texts.find`), in this order:

1. the record's `source` as a path from the current folder (`file.json#3` and `file.jsonl#line3`
   are documents inside those files);
2. `--texts PATH` (repeatable): the extraction's inputs, folders (searched as `extract` searches
   them), article files and JSON / JSON Lines feeds. A source path that leads nowhere from here
   (another folder, moved files) is found by its file name, the one sharing most of its path when
   several have that name; a source that is an id or a url is found in the feeds, read as `extract`
   reads them so that the sources are the same.

An article whose text is found neither way is shown without highlighting, saying why, and the
command says how many such articles there are.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from ..batch.inputs import DecodeError, Document, decode, discover, documents

FEEDS = (".json", ".jsonl")
WEB_PAGES = (".html", ".htm")
HINT = "pass the extraction's inputs (folders, files, feeds) with --texts PATH"

TextsGiven = Mapping[str, str] | str | os.PathLike | Iterable[str | os.PathLike] | None


class Texts:
    """The texts of the sources: `given` is a mapping source -> text (embedded), or input paths to look in."""

    def __init__(self, given: TextsGiven = None):
        self.embedded: Mapping[str, str] = {}
        self.inputs: list[str] = []
        if isinstance(given, Mapping):
            self.embedded = given
        elif isinstance(given, (str, os.PathLike)):
            self.inputs = [os.fspath(given)]
        elif given is not None:
            self.inputs = [os.fspath(path) for path in given]
        self._names: dict[str, list[str]] | None = None       # file name -> input files of that name
        self._ids: dict[str, str] | None = None               # feed document source (id, url) -> text

    def find(self, source: str) -> str:
        """The text the records of `source` were extracted from; LookupError (or OSError) says why it cannot be had."""
        if source in self.embedded:
            return self.embedded[source]
        path, _, position = source.partition("#")
        for name, where in ((source, ""), (path, position)):
            if _is_file(Path(name)):
                return document_text(name, where, source)
        if self.inputs:
            for name, where in ((source, ""), (path, position)):
                found = self._by_name(name)
                if found:
                    return document_text(found, where, source)
            text = self._feed_ids().get(source)
            if text is not None:
                return text
            raise LookupError(f"no text for {source} in {', '.join(self.inputs)}")
        raise LookupError(f"no text file for {source} ({HINT})")

    def _by_name(self, name: str) -> str | None:
        if self._names is None:
            self._names = {}
            for file in discover(self.inputs):
                self._names.setdefault(Path(file).name, []).append(file)
        candidates = self._names.get(Path(name).name) if name else None
        if not candidates:
            return None
        parts = Path(name).parts
        return max(candidates, key=lambda file: _common_tail(Path(file).parts, parts))

    def _feed_ids(self) -> dict[str, str]:
        if self._ids is None:
            self._ids = {}
            files = [file for files in (self._names or {}).values() for file in files] if self._names is not None \
                else discover(self.inputs)
            for file in files:
                if Path(file).suffix.lower() in FEEDS:
                    for source, text in _feed(file, _version(file))[1].items():
                        self._ids.setdefault(source, text)
        return self._ids


def document_text(file: str, position: str, source: str) -> str:
    """The text of the document at `position` ("", "3", "line3") of `file`, as `extract` read it."""
    suffix = Path(file).suffix.lower()
    if suffix in FEEDS:
        try:
            number = int(position.removeprefix("line")) if position else 1
            return _feed(file, _version(file))[0][number]
        except (ValueError, KeyError):
            raise LookupError(f"no document text at {source}") from None
    if position:
        raise LookupError(f"{source}: a plain text file holds one document, not #{position}")
    content = _read(file, _version(file))
    if suffix in WEB_PAGES:
        from ..batch.pages import article     # trafilatura, as the batch command read the page

        return article(content)[0]
    return content


def _common_tail(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:         # a url or an id is no file name, and may be too long for one
        return False


def _version(file: str) -> int:
    return os.stat(file).st_mtime_ns


@lru_cache(maxsize=4)       # a file of many documents is read once, not once per document (per version)
def _read(file: str, version: int) -> str:
    try:
        return decode(Path(file).read_bytes())[0]
    except (OSError, DecodeError) as error:
        raise LookupError(f"cannot read {file}: {error}") from None


@lru_cache(maxsize=4)
def _feed(file: str, version: int) -> tuple[dict[int, str], dict[str, str]]:
    """The documents of a JSON or JSON Lines file: text by position, and by source (id, url or file#position)."""
    by_position, by_source = {}, {}
    for item in documents(file):
        if isinstance(item, Document):
            by_position[item.position] = item.content
            by_source.setdefault(item.source, item.content)
    return by_position, by_source
