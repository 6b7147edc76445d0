"""The `extractor` command: `extract` article files/folders to JSON Lines, `evaluate` against gold."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from .api import extract_document
from .evaluation import evaluate, format_report

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Race records from Norwegian sports news.",
        epilog="Exit status: 0 all files processed, 1 some files failed, 2 bad usage.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract race records from .txt files or folders")
    ex.add_argument("paths", nargs="+", help="files or folders (searched recursively for .txt)")
    ex.add_argument("-o", "--output", help="output JSON Lines file (default: standard output)")
    ex.add_argument("--published", help="publication date for relative dates (YYYY-MM-DD)")
    ex.add_argument("--lang", default="auto", choices=["auto", "nb", "nn"], help="language (default: detect)")
    ex.add_argument("--quiet", action="store_true", help="no summary line")
    ev = sub.add_parser("evaluate", help="score the extractor against a gold folder (FORMAT.md)")
    ev.add_argument("gold_dir")
    ev.add_argument("--sport", help="only documents whose gold entries are mostly of this sport")
    ev.add_argument("--json", dest="json_out", help="also write the report as JSON to this file ('-' = stdout)")
    ev.add_argument("--worst", type=int, default=5, help="how many worst documents to list")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    if args.command == "extract":
        return _extract(args)
    return _evaluate(args)


def _inputs(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*.txt") if f.is_file()))
        else:
            files.append(p)
    return files


def _extract(args) -> int:
    files = _inputs(args.paths)
    counts = {"extracted": 0, "no races found": 0, "skipped": 0, "failed": 0}
    lines: list[str] = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8-sig")
            found = extract_document(text, args.published, None if args.lang == "auto" else args.lang, str(path))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            counts["failed"] += 1
            print(f"extractor: {path}: {exc}", file=sys.stderr)
            continue
        if found.skipped:
            counts["skipped"] += 1
            if not args.quiet:
                print(f"extractor: {path}: skipped ({found.skipped})", file=sys.stderr)
        elif found.records:
            counts["extracted"] += 1
        else:
            counts["no races found"] += 1
        lines.extend(json.dumps(r.to_dict(), ensure_ascii=False) for r in found.records)
    payload = "".join(line + "\n" for line in lines)
    if args.output:
        _write_atomically(Path(args.output), payload)
    else:
        sys.stdout.write(payload)
    if not args.quiet:
        summary = ", ".join(f"{v} {k}" for k, v in counts.items())
        print(f"{len(files)} files: {summary}", file=sys.stderr)
    return EXIT_FAILED if counts["failed"] else EXIT_OK


def _write_atomically(path: Path, payload: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _predict(text: str, published: str | None, source: str):
    found = extract_document(text, published, None, source)
    return [r.to_dict() for r in found.records], found.skipped


def _evaluate(args) -> int:
    if not Path(args.gold_dir).is_dir():
        print(f"extractor: {args.gold_dir}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    report = evaluate(args.gold_dir, _predict, sport=args.sport)
    print(format_report(report, worst=args.worst))
    if args.json_out:
        data = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
        if args.json_out == "-":
            print(data)
        else:
            _write_atomically(Path(args.json_out), data + "\n")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
