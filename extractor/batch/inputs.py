"""Input files -> documents: find the files, decode their bytes, split JSON into documents.

Kinds by suffix: `.txt` text, `.html`/`.htm` web pages, `.json` (an object or a list of objects)
and `.jsonl` (an object per line) with `text` and optional `published`, `url`, `id`. A JSON object
without `text` beside an article of the same name (`nb-01.txt` + `nb-01.json`, as in `corpus/`) is
that article's metadata: its `published` is used, and a folder search does not take it for a
document. Anything that goes wrong becomes a failed `Outcome`, never an exception.
"""
from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from charset_normalizer import from_bytes

from ..limits import MAX_DOCUMENT_BYTES, MAX_FEED_BYTES, TOO_LARGE
from ..pipeline import parse_published
from .outcome import SKIPPED, Outcome

STDIN = "-"
KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
STDIN_FORMATS = {"txt": "text", "html": "html", "json": "json", "jsonl": "jsonl"}     # --input-format -> kind
TEXT_KEY = "text"
ARTICLE_KINDS = ("text", "html")
ENCODINGS = ("utf_8", "cp1252", "latin_1")       # tried by charset-normalizer, in this order of preference
ENCODING_NAMES = {"utf_8": "utf-8", "ascii": "utf-8", "cp1252": "cp1252", "latin_1": "latin-1"}
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
NON_ASCII = re.compile(rb"[\x80-\xff]")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
SURROGATE = re.compile("[\ud800-\udfff]")     # lone halves, from "\\ud800" in JSON: no UTF-8 for them


class DecodeError(ValueError):
    pass


@dataclass(frozen=True)
class Document:
    """One article to extract, as the worker processes get it."""
    path: str
    position: int
    source: str
    kind: str                 # "text" or "html"
    content: str
    published: str | None
    encoding: str
    url: str | None = None    # the document's address: a JSON object's `url`, a web page's canonical link
    warnings: tuple[str, ...] = ()      # about its metadata (a `published` that is no date), for every record
    in_file: int = 1                    # how many documents its file holds (objects of a feed), for the progress bar


# Files of this tool that a folder search leaves out (what each is, singular and plural, for the summary).
OWN_RECORDS = ("records file written by the extractor", "records files written by the extractor")
OWN_ERRORS = ("--errors file", "--errors files")
OWN_REPORT = ("review report", "review reports")
OWN_EVALUATION = ("evaluate --json report", "evaluate --json reports")
THIS_RUN = ("output of this run", "outputs of this run")
RECORD_KEYS = frozenset(("source", "sport", "discipline", "results"))
PROBLEM_KEYS = frozenset(("path", "source", "status", "stage", "message"))
REPORT_MARKS = (b"<title>Race records: review</title>", b'<meta name="generator" content="norsk race extractor')
EVALUATION_START = re.compile(rb'\A\s*\{\s*"fields"\s*:\s*\{')
SNIFF_BYTES = 1 << 20               # a records line longer than this is not recognised (and read as input)


class Inputs(list):
    """The input files (a list of paths), and `left_out`: the (path, (what, plural)) a folder search
    did not take, for being the tool's own outputs."""

    def __init__(self, files: Iterable[str] = (), left_out: Iterable[tuple[str, tuple[str, str]]] = ()):
        super().__init__(files)
        self.left_out = list(left_out)

    def left_out_note(self) -> str | None:
        """`left out of the folder search: 2 records files written by the extractor (out/a.jsonl, ...)`, or None."""
        if not self.left_out:
            return None
        by_what: dict[tuple[str, str], list[str]] = {}
        for path, what in self.left_out:
            by_what.setdefault(what, []).append(path)
        parts = [f"{len(paths)} {what[len(paths) != 1]} ({shown_path(paths[0])}{', ...' if len(paths) > 1 else ''})"
                 for what, paths in by_what.items()]
        return "left out of the folder search: " + ", ".join(parts)


def discover(paths: Iterable[str], exclude: Iterable[str] = (), ours: Iterable[str] = ()) -> Inputs:
    """The input files of PATH arguments, sorted and without duplicates; folders searched recursively.

    A path that does not exist stays in the list, so that it is reported as failed. A folder search
    leaves out the tool's own outputs (records and --errors files, review reports, evaluate --json
    reports, recognised by their content) and those of `exclude` (this run's outputs) that are
    empty, and those of `ours` (files only this run writes, as OUT.parts/part-00000.jsonl) whatever
    they hold: they are listed in `left_out`. A file named as a PATH is always taken.
    """
    skip = {os.path.realpath(p) for p in exclude}
    always = {os.path.realpath(p) for p in ours}
    seen: set[str] = set()
    found: list[str] = []
    left_out: list[tuple[str, tuple[str, str]]] = []
    for given in paths:
        searched = given != STDIN and Path(given).is_dir()
        for path in _folder(Path(given)) if searched else [given]:
            key = path if path == STDIN else os.path.realpath(path)
            if key in seen:
                continue
            seen.add(key)
            what = (THIS_RUN if key in always else own_output(path, key in skip)) if searched else None
            if what:
                left_out.append((path, what))
            else:
                found.append(path)
    return Inputs(sorted(found), sorted(left_out))


def own_output(path: str, this_run: bool = False) -> tuple[str, str] | None:
    """What output of this tool the file is (its description), by its content; None for an input.
    `this_run`: the file is one of the outputs of the run being started; left out when empty too."""
    kind = KINDS.get(os.path.splitext(path)[1].lower())
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
            if (kind == "jsonl" or this_run) and b"\n" not in head and len(head) == 4096:
                head += handle.readline(SNIFF_BYTES)        # a long first line: its record, whole
    except OSError:
        return None
    if this_run and not head.strip():
        return THIS_RUN
    what = None
    if kind == "jsonl" or this_run:
        try:
            first = json.loads(head.split(b"\n", 1)[0])
        except ValueError:
            first = None
        if isinstance(first, dict) and "text" not in first:
            what = OWN_RECORDS if RECORD_KEYS <= first.keys() else OWN_ERRORS if PROBLEM_KEYS <= first.keys() else None
    if kind == "json" or this_run:
        what = what or (OWN_EVALUATION if EVALUATION_START.match(head) else None)
    if kind == "html" or this_run:
        what = what or (OWN_REPORT if any(mark in head for mark in REPORT_MARKS) else None)
    return (THIS_RUN if this_run else what) if what else None


def same_file(first: str, second: str) -> bool:
    """Whether two paths name one file: the same path once links and `..` are resolved, or one
    file under two names (a hard link)."""
    if first == STDIN or second == STDIN:
        return False
    if os.path.realpath(first) == os.path.realpath(second):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def clashes(files: Iterable[str], outputs: dict[str, str | None]) -> list[tuple[str, str, str]]:
    """(option, output, input) for each output that is one of the input files."""
    named = {option: path for option, path in outputs.items() if path}
    if not named:
        return []
    targets = {option: (os.path.realpath(path), _identity(path)) for option, path in named.items()}
    found = []
    for path in files:
        if path == STDIN:
            continue
        real, identity = os.path.realpath(path), None
        for option, (target, target_identity) in targets.items():
            if real == target or (target_identity is not None
                                  and (identity := identity or _identity(path)) == target_identity):
                found.append((option, named[option], path))
    return found


def _identity(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _folder(folder: Path) -> list[str]:
    """The input files under `folder`, by os.walk: links to folders are not followed (no loops); a
    broken or looping link and a folder that cannot be listed are kept, for documents() to report."""
    files: list[str] = []
    unlisted: list[str] = []
    for parent, folders, names in os.walk(folder, onerror=lambda error: unlisted.append(error.filename)):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in KINDS:
                continue
            path = os.path.join(parent, name)
            if os.path.isfile(path) or (os.path.islink(path) and not os.path.exists(path)):
                files.append(path)
    articles = {os.path.splitext(f)[0] for f in files if KINDS[os.path.splitext(f)[1].lower()] in ARTICLE_KINDS}
    return unlisted + [f for f in files if not (KINDS[os.path.splitext(f)[1].lower()] == "json"
                                                and os.path.splitext(f)[0] in articles and _companion(Path(f)) is not None)]


def shown_path(path: str) -> str:
    """The path as records and messages show it: bytes of a file name that are not UTF-8 as \\xNN."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def documents(path: str, published: str | None = None, *, text_key: str = TEXT_KEY,
              stdin_format: str = "txt") -> Iterator[Document | Outcome]:
    """The documents of one input file, or the Outcome of each one that cannot be read.

    `text_key`: the field of a JSON object that holds its text; `stdin_format`: how standard input
    is read (txt, html, json, jsonl; files go by their suffix)."""
    raw, path = path, shown_path(path)
    kind = STDIN_FORMATS[stdin_format] if path == STDIN else KINDS.get(Path(path).suffix.lower(), "text")
    try:
        data = _read(raw, kind)
    except OSError as error:
        yield Outcome.failed(path, 1, path, "read", error)
        return
    if data is None:
        yield Outcome(path, 1, path, SKIPPED, "read", TOO_LARGE)
        return
    try:
        text, encoding = decode(data)
    except DecodeError as error:
        yield Outcome.failed(path, 1, path, "decode", str(error))
        return
    if kind in ARTICLE_KINDS:
        companion = _companion(Path(raw).with_suffix(".json")) if path != STDIN else None
        own, warnings = _published((companion or {}).get("published"), shown_path(str(Path(raw).with_suffix(".json"))))
        yield Document(path, 1, path, kind, text, own or published, encoding, warnings=warnings)
    elif kind == "json":
        yield from _json_documents(path, text, encoding, published, text_key)
    else:
        yield from _jsonl_documents(path, text, encoding, published, text_key)


def _read(path: str, kind: str) -> bytes | None:
    """The bytes of an input file; None when it is too large, known from its size before reading
    (standard input: from reading one byte more than the limit). A folder here is one that could
    not be listed: OSError says why."""
    limit = MAX_FEED_BYTES if kind in ("json", "jsonl") else MAX_DOCUMENT_BYTES
    if path == STDIN:
        data = sys.stdin.buffer.read(limit + 1)
        return None if len(data) > limit else data
    status = os.stat(path)
    if stat.S_ISDIR(status.st_mode):
        with os.scandir(path):
            pass
        raise IsADirectoryError(errno.EISDIR, "a folder, not a file", path)
    if status.st_size > limit:
        return None
    data = Path(path).read_bytes()
    return None if len(data) > limit else data


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding's name: UTF-8 (with or without BOM), else cp1252 or latin-1 as charset-normalizer finds.

    Binary data and UTF-8 with invalid bytes raise DecodeError rather than give garbled text.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise DecodeError(f"invalid UTF-8 after a UTF-8 byte order mark: {error.reason} at byte {error.start}") from None
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes)")
    try:
        text, name = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if _mostly_utf8(data):      # charset-normalizer would read it as cp1252 and give "SÃ¦le"
            raise DecodeError(f"invalid UTF-8: {error.reason} at byte {error.start}") from None
        best = from_bytes(data, cp_isolation=list(ENCODINGS)).best()
        if best is None:
            raise DecodeError("not text in UTF-8, cp1252 or latin-1 (invalid bytes for each)") from None
        text, name = data.decode(best.encoding), ENCODING_NAMES.get(best.encoding, best.encoding)
    if len(CONTROL.findall(text)) > max(2, len(text) // 100):
        raise DecodeError("binary file (control characters)")
    return text, name


def _mostly_utf8(data: bytes) -> bool:
    """Whether most non-ASCII bytes form UTF-8 sequences: UTF-8 with a few bad bytes, not a one-byte encoding."""
    in_sequences = sum(len(m) for m in UTF8_SEQUENCE.findall(data))
    return in_sequences * 2 > len(NON_ASCII.findall(data))


def _json_documents(path: str, text: str, encoding: str, published: str | None,
                    text_key: str = TEXT_KEY) -> Iterator[Document | Outcome]:
    try:
        data = json.loads(text) if text.strip() else []
    except json.JSONDecodeError as error:
        yield Outcome.failed(path, 1, path, "parse", f"invalid JSON: {error}", encoding)
        return
    if isinstance(data, dict):
        yield _json_document(data, path, 1, path, encoding, published, text_key, 1)
    elif isinstance(data, list) and data:
        for number, item in enumerate(data, 1):
            yield _json_document(item, path, number, f"{path}#{number}", encoding, published, text_key, len(data))
    elif isinstance(data, list):
        yield Outcome(path, 1, path, SKIPPED, "parse", "empty", encoding)
    else:
        yield Outcome.failed(path, 1, path, "parse", "JSON must be an object or a list of objects", encoding)


def _jsonl_documents(path: str, text: str, encoding: str, published: str | None,
                     text_key: str = TEXT_KEY) -> Iterator[Document | Outcome]:
    count = 0
    lines = text.splitlines()
    objects = sum(1 for line in lines if line.strip())
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        count += 1
        where = f"{path}#line{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield Outcome.failed(path, number, where, "parse", f"invalid JSON: {error}", encoding)
            continue
        yield _json_document(item, path, number, where, encoding, published, text_key, objects)
    if not count:
        yield Outcome(path, 1, path, SKIPPED, "parse", "empty", encoding)


def _json_document(item, path: str, position: int, where: str, encoding: str, published: str | None,
                   text_key: str = TEXT_KEY, in_file: int = 1) -> Document | Outcome:
    if not isinstance(item, dict) or not isinstance(item.get(text_key), str):
        hint = " (if another field holds the text: --text-key KEY)" if text_key == TEXT_KEY else ""
        return Outcome.failed(path, position, where, "parse",
                              f"no {json.dumps(text_key, ensure_ascii=False)} string in this JSON object{hint}", encoding)
    source = next((str(item[key]) for key in ("id", "url") if item.get(key) not in (None, "")), where)
    text = SURROGATE.sub("\ufffd", item[text_key])      # one character each: offsets stay
    url = SURROGATE.sub("\ufffd", str(item["url"])) if item.get("url") not in (None, "") else None
    own, warnings = _published(item.get("published"), where)
    return Document(path, position, SURROGATE.sub("\ufffd", source), "text", text, own or published, encoding, url,
                    warnings, in_file)


def _companion(path: Path) -> dict | None:
    """The metadata object in `path` (a JSON object without `text`), or None."""
    try:
        data = json.loads(decode(path.read_bytes())[0])
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "text" not in data else None


def _published(value, where: str) -> tuple[str | None, tuple[str, ...]]:
    """A document's own `published` and the warnings about it: one that is no date is dropped (the
    document is extracted without it, or with --published) and named with `where` (file#line)."""
    if value in (None, ""):
        return None, ()
    try:
        parse_published(value if isinstance(value, str) else str(value))
    except (TypeError, ValueError):
        shown = SURROGATE.sub("\ufffd", repr(value))
        return None, (f"{where}: published {shown} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): ignored",)
    return str(value), ()
