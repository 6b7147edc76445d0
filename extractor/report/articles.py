"""Records -> articles: the race records of one source together, with the source's text and warnings.

The text is needed to show the evidence where it was found. It is read again from the `source`
path (relative to the current folder, else by file name in a `--texts` folder) and decoded as the
batch command decoded it, so that the evidence offsets still point at the right characters.
`path#3` and `path#line3` sources (a document inside a .json or .jsonl file) are looked up inside
that file; ids and urls cannot be, and their articles are shown without the text.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..batch.inputs import DecodeError, decode
from ..evaluation import DocumentScore

WEB_PAGES = (".html", ".htm")


@dataclass
class Article:
    source: str
    records: list[dict] = field(default_factory=list)
    text: str | None = None
    note: str | None = None             # why there is no text
    gold: DocumentScore | None = None   # the comparison with the gold annotations, with --gold

    @property
    def warnings(self) -> list[tuple[str, str]]:
        """(race, warning) pairs: the records' warnings and the dates found but not resolved."""
        found = []
        for number, record in enumerate(self.records, 1):
            race = race_title(record, number)
            found += [(race, warning) for warning in record.get("warnings") or []]
            if record.get("date_text") and not record.get("date"):
                found.append((race, f"date not resolved: {record['date_text']!r}"))
        return found


def race_title(record: dict, number: int) -> str:
    meet = record.get("meet") or {}
    where = ", ".join(part for part in (meet.get("name"), meet.get("city")) if part)
    parts = [f"race {number}", record.get("discipline") or "discipline?", where]
    return " · ".join(part for part in parts if part)


def group_by_source(records: Iterable[dict]) -> list[Article]:
    """One article per source, in the order the sources first appear."""
    articles: dict[str, Article] = {}
    for record in records:
        source = record.get("source") or "(no source)"
        articles.setdefault(source, Article(source)).records.append(record)
    return list(articles.values())


def attach_text(article: Article, texts_dir: str | Path | None) -> None:
    """Set the article's text, or a note saying why it has none."""
    try:
        article.text = find_text(article.source, texts_dir)
    except (LookupError, OSError) as error:
        article.note = f"{error}: shown without highlighting"


def find_text(source: str, texts_dir: str | Path | None = None) -> str:
    """The text the records of `source` were extracted from; LookupError (or OSError) says why it cannot be had."""
    file, position = _locate(source, texts_dir)
    content = _read(str(file), file.stat().st_mtime_ns)
    suffix = file.suffix.lower()
    if suffix in WEB_PAGES:
        from ..batch.pages import article     # trafilatura, as the batch command read the page

        return article(content)[0]
    if suffix in (".json", ".jsonl"):
        return _json_document_text(content, suffix, position, source)
    if position:
        raise LookupError(f"{source}: a plain text file holds one document, not #{position}")
    return content


def _locate(source: str, texts_dir: str | Path | None) -> tuple[Path, str]:
    """The file of `source` and the document's position inside it ("3", "line3", or "" for the whole file)."""
    path, _, position = source.partition("#")
    for name, where in ((source, ""), (path, position)):
        candidates = [Path(name)] + ([Path(texts_dir) / Path(name).name] if texts_dir else [])
        for candidate in candidates:
            if _is_file(candidate):
                return candidate, where
    hint = "" if texts_dir else " (--texts DIR looks it up by file name)"
    raise LookupError(f"no text file for {source}{hint}")


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:         # a url or an id is no file name, and may be too long for one
        return False


@lru_cache(maxsize=4)       # a .jsonl of many documents is read once, not once per document (per version)
def _read(file: str, version: int) -> str:
    try:
        return decode(Path(file).read_bytes())[0]
    except (OSError, DecodeError) as error:
        raise LookupError(f"cannot read {file}: {error}") from None


def _json_document_text(content: str, suffix: str, position: str, source: str) -> str:
    try:
        if suffix == ".jsonl":
            number = int(position.removeprefix("line"))
            item = json.loads(content.splitlines()[number - 1])
        else:
            data = json.loads(content)
            item = data[int(position) - 1] if isinstance(data, list) else data
        return item["text"]
    except (ValueError, IndexError, KeyError, TypeError):
        raise LookupError(f"no document text at {source}") from None
