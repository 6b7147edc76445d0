"""The `extractor` command: `extract` article files and folders to records, `evaluate` against gold."""
from __future__ import annotations

import argparse
import errno
import io
import json
import os
import signal
import sqlite3
import sys
from contextlib import closing, nullcontext
from pathlib import Path

from . import __version__
from .api import extract_document
from .batch.destinations import Destinations
from .batch.inputs import STDIN, STDIN_FORMATS, TEXT_KEY, clashes, discover, documents
from .batch.journal import Journal, JournalError, journal_path, journal_settings
from .batch.outcome import FAILED, SKIPPED, Outcome
from .batch.outputs import FORMATS, parquet_missing, write_atomically
from .batch.progress import Progress
from .batch.runner import run
from .dask import EngineError, missing as dask_missing, part_files, parts_folder   # Dask itself: only when --engine dask runs
from .entities import without_model
from .evaluation import evaluate, format_report
from .limits import DEFAULT_TIME_LIMIT
from .pipeline import parse_published
from .schema import record_schema
from .report import BatchReport, size_note
from .report import add_arguments as add_report_arguments, run as run_report

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_TERMINATED = 143                   # SIGTERM (128 + 15)
EXIT_CLOSED_PIPE = 141                  # standard output closed by its reader (`| head`): 128 + SIGPIPE, as a shell
                                        # reports a writer killed by it; no traceback, no message
EXIT_STATUS = ("exit status: 0 every document processed (extracted, no races found or skipped), "
               "1 some documents failed (see the summary and --errors) or the output could not be written, 2 bad usage, "
               "130 interrupted (Ctrl-C), 141 standard output closed early (| head; quietly), 143 terminated (SIGTERM).")
SUFFIX_FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_CLOSED_PIPE


def _silence_stdout() -> None:
    """Standard output's reader is gone: send what is still buffered to /dev/null, so that the
    interpreter's last flush does not report a BrokenPipeError either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="extractor", description="Race records from Norwegian sports news.",
                                     epilog=EXIT_STATUS)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="print the package version and exit")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract", help="extract race records from articles (.txt, .html, .json, .jsonl), files or folders",
        description="Extract race records from article files and folders (searched recursively for .txt, "
                    ".html, .htm, .json and .jsonl), or standard input ('-'). Output is sorted by input path, "
                    "then position in the file, whatever --jobs is.",
        epilog=EXIT_STATUS)
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="files, folders, or - for standard input (one text, or as --input-format says)")
    ex.add_argument("--input-format", choices=tuple(STDIN_FORMATS), default=None,
                    help="how standard input (-) is read: txt one text (default), html a web page, json an object "
                         "or a list of objects, jsonl an object per line (files go by their suffix)")
    ex.add_argument("--text-key", default=TEXT_KEY, metavar="KEY",
                    help="the field of a JSON or JSON Lines object that holds the article's text (default: text)")
    ex.add_argument("-o", "--output", metavar="OUT", help="output file, written atomically (default: standard output)")
    ex.add_argument("--format", choices=FORMATS,
                    help="jsonl (a record per line), csv, csv-excel (for Excel: BOM, ';', decimal commas) or parquet "
                         "(a row per result); default: from OUT's suffix, else jsonl")
    ex.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1; 0 = one per CPU)")
    ex.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                    help=f"give up a document after this many seconds: skipped, reason too_slow "
                         f"(default {DEFAULT_TIME_LIMIT:g}; 0 = no limit; not with --engine dask)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: this machine, --jobs processes (default); dask: a Dask cluster, the same output "
                         "(needs the dask extra; --jobs is not used)")
    ex.add_argument("--scheduler", metavar="ADDRESS",
                    help="with --engine dask: the scheduler to use, e.g. tcp://HOST:8786 "
                         "(default: a local cluster, one worker process per CPU)")
    ex.add_argument("--partitions", type=int, metavar="N",
                    help="with --engine dask: runs of consecutive input files, one task each "
                         "(default: 4 per worker thread, at most 500 files each); records also go to OUT.parts/part-NNNNN.jsonl")
    ex.add_argument("--published", metavar="DATE",
                    help="publication date (YYYY-MM-DD) for documents whose metadata has none")
    ex.add_argument("--lang", default="auto", choices=["auto", "nb", "nn"], help="language (default: detect)")
    ex.add_argument("--merge", action="store_true",
                    help="one record per race reported in several documents, with `sources` and warnings where they disagree")
    ex.add_argument("--errors", metavar="ERRFILE", help="JSON Lines of skipped and failed documents (path, stage, message)")
    ex.add_argument("--db", metavar="FILE.sqlite",
                    help="also store everything in this SQLite database (re-runs replace a file's rows); "
                         "without -o nothing goes to standard output")
    ex.add_argument("--quiet", action="store_true", help="no progress bar, skip notes or summary line")
    ex.add_argument("--resume", action="store_true",
                    help="continue an interrupted run: the documents in OUT.journal (written while -o OUT runs) "
                         "are not extracted again; OUT comes out as from an uninterrupted run")
    ex.add_argument("--report", metavar="REPORT.html",
                    help="also write the review page of the records (HTML: evidence in the text, warnings, summary)")
    ev = sub.add_parser("evaluate", help="score the extractor against a gold folder (FORMAT.md)")
    ev.add_argument("gold_dir")
    ev.add_argument("--sport", help="only documents whose gold entries are mostly of this sport (athletics, "
                                    "cross_country_skiing, biathlon, speed_skating, swimming, other; !SPORT: the others)")
    ev.add_argument("--json", dest="json_out",
                    help="also write the report as JSON to this file ('-': standard output, the JSON alone; the table goes to standard error)")
    ev.add_argument("--worst", type=int, default=5, help="how many worst documents to list")
    for command in (ex, ev):
        command.add_argument("--no-model", action="store_true",
                             help="rules only: leave out the NorNE entity model (extractor/models/norne, MODEL.md)")
    rp = sub.add_parser("report", help="the review page (HTML) of extracted records",
                        description="One self-contained HTML page of race records: the evidence highlighted in each "
                                    "article's text, results tables sorted by place, warnings, and a summary.")
    add_report_arguments(rp)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    with without_model() if getattr(args, "no_model", False) else nullcontext():
        if args.command == "extract":
            return _extract(args)
        if args.command == "report":
            return run_report(args)
        return _evaluate(args)


def _usage_problem(args) -> str | None:
    if args.jobs < 0:
        return "--jobs must be 0 or more"
    if not args.time_limit >= 0 or args.time_limit == float("inf"):
        return "--time-limit must be 0 (no limit) or a number of seconds"
    if args.engine != "dask" and (args.scheduler or args.partitions is not None):
        return "--scheduler and --partitions need --engine dask"
    if args.partitions is not None and args.partitions < 1:
        return "--partitions must be 1 or more"
    if args.engine == "dask" and dask_missing():
        return dask_missing()
    try:
        parse_published(args.published)
    except (TypeError, ValueError) as error:
        return f"--published: {error}"
    if args.input_format and STDIN not in args.paths:
        return "--input-format is for standard input: give - as a PATH (files are read by their suffix)"
    if not args.text_key:
        return "--text-key must not be empty"
    if args.resume and not args.output:
        return "--resume needs -o OUT (the journal is OUT.journal)"
    if args.format == "parquet":
        if not args.output:
            return "--format parquet needs -o OUT (Parquet is not written to standard output)"
        return parquet_missing()
    return None


def _extract(args) -> int:
    if args.format is None:
        args.format = SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), "jsonl") if args.output else "jsonl"
    problem = _usage_problem(args)
    if problem:
        print(f"extractor extract: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    lang = None if args.lang == "auto" else args.lang
    outputs = {"-o": args.output, "--errors": args.errors, "--db": args.db, "--report": args.report,
               "the journal": journal_path(args.output)}
    files = discover(args.paths, exclude=[p for p in outputs.values() if p], ours=part_files(args.output))
    for option, output, given in clashes(files, outputs):
        print(f"extractor extract: error: {option} {output} is also an input ({given}): the run would overwrite "
              "it; write the output elsewhere", file=sys.stderr)
        return EXIT_USAGE
    try:
        destinations = Destinations(args.format, args.output, args.errors, args.db, args.merge)
    except (OSError, sqlite3.Error) as error:
        print(f"extractor extract: error: cannot write the output: {error}", file=sys.stderr)
        return _write_error_status(error)
    try:
        journal = Journal(journal_path(args.output), journal_settings(lang, args.published, args.text_key), args.resume) \
            if args.output else None
    except (OSError, JournalError) as error:
        destinations.abort()
        print(f"extractor extract: error: {'cannot write the journal: ' if isinstance(error, OSError) else '--resume: '}{error}",
              file=sys.stderr)
        return _write_error_status(error) if isinstance(error, OSError) else EXIT_USAGE
    progress = Progress(len(files), quiet=args.quiet)
    report = BatchReport(args.report) if args.report else None
    try:
        reading = {"text_key": args.text_key, "stdin_format": args.input_format or "txt"}
        items = journal.items(files, args.published, **reading) if journal else \
            (item for path in files for item in documents(path, args.published, **reading))
        with closing(_outcomes(args, progress.reading(items), len(files), lang)) as outcomes, _sigterm_interrupts():
            for outcome in outcomes:
                progress.add(outcome)
                _note(outcome, progress, args.quiet)
                destinations.add(outcome)
                if journal:
                    journal.add(outcome)
                if report:
                    report.add(outcome)
        destinations.close()
        if report:
            report.close()
        if journal:
            journal.remove()
    except BaseException as error:
        destinations.abort()
        if report:
            report.abort()
        if journal:
            journal.close()
        progress.close()
        if isinstance(error, KeyboardInterrupt):
            done = sum(progress.counts.values())
            print(f"extractor: {'terminated' if isinstance(error, Terminated) else 'interrupted'} after "
                  f"{done} document{'' if done == 1 else 's'}, in {progress.files} of {len(files)} files: "
                  "output files left as they were"
                  + (f"; {journal.path} keeps what was done: run again with --resume to go on" if journal else ""),
                  file=sys.stderr)
            return EXIT_TERMINATED if isinstance(error, Terminated) else EXIT_INTERRUPTED
        if isinstance(error, BrokenPipeError) and destinations.sink and not args.output:
            raise                           # standard output closed (| head): main() exits quietly
        if isinstance(error, (OSError, sqlite3.Error)):
            print(f"extractor extract: error: cannot write the output: {error}; output files left as they were"
                  + (f"; {journal.path} keeps what was done (--resume)" if journal else ""), file=sys.stderr)
            return EXIT_FAILED
        if isinstance(error, EngineError):
            print(f"extractor extract: error: {error}", file=sys.stderr)
            return EXIT_USAGE
        raise
    progress.close()
    if not args.quiet:
        left_out = files.left_out_note()
        print(progress.counts.summary(len(files)) + (f"; {left_out}" if left_out else ""), file=sys.stderr)
        if report:
            print(f"extractor: wrote {size_note(args.report, report.size)}", file=sys.stderr)
    return EXIT_FAILED if progress.counts[FAILED] else EXIT_OK


def _outcomes(args, items, files: int, lang: str | None):
    """An Outcome per item, in input order: in --jobs processes here, or on a Dask cluster (extractor/dask.py)."""
    if args.engine == "dask":
        from .dask import run as run_on_dask
        return run_on_dask(items, lang, files, scheduler=args.scheduler, partitions=args.partitions,
                           parts=parts_folder(args.output) if args.output else None)
    return run(items, lang, args.jobs or os.cpu_count() or 1, time_limit=args.time_limit or None)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is."""


class _sigterm_interrupts:
    """While the batch runs, SIGTERM raises Terminated in the main thread (a clean stop, as Ctrl-C)."""

    def __enter__(self):
        def terminated(signum, frame):
            raise Terminated()
        try:
            self.previous = signal.signal(signal.SIGTERM, terminated)
        except ValueError:                  # not the main thread: leave SIGTERM alone
            self.previous = None
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def _write_error_status(error: BaseException) -> int:
    """1 when the output could not be written (no permission, read-only, disk full), 2 for a bad path (usage)."""
    failures = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG)
    return EXIT_FAILED if isinstance(error, OSError) and error.errno in failures else EXIT_USAGE


def _note(outcome: Outcome, progress: Progress, quiet: bool) -> None:
    if not quiet:
        for warning in outcome.warnings:
            progress.note(f"extractor: warning: {warning}")
    if outcome.status == FAILED:
        progress.note(f"extractor: {outcome.source}: failed ({outcome.stage}): {outcome.message}")
    elif outcome.status == SKIPPED and not quiet:
        progress.note(f"extractor: {outcome.source}: skipped ({outcome.message})")


def _predict(text: str, published: str | None, source: str):
    found = extract_document(text, published, None, source)
    return [r.to_dict() for r in found.records], found.skipped


def _evaluate(args) -> int:
    if not Path(args.gold_dir).is_dir():
        print(f"extractor: {args.gold_dir}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    sports = record_schema()["properties"]["sport"]["enum"]
    if args.sport is not None and args.sport.removeprefix("!").strip().casefold() not in sports:
        print(f"extractor evaluate: error: --sport {args.sport}: unknown sport; one of {', '.join(sports)} "
              "(or !SPORT: every other one)", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = evaluate(args.gold_dir, _predict, sport=args.sport)
    except ValueError as error:             # a gold file that does not parse, a .json without its .txt
        print(f"extractor evaluate: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if not report.documents and not report.skipped:
        print(f"extractor evaluate: error: nothing to score: no gold documents (NAME.txt with NAME.json) in "
              f"{args.gold_dir}{f' mostly of sport {args.sport}' if args.sport else ''}", file=sys.stderr)
        return EXIT_USAGE
    # with --json -, standard output holds the JSON alone: the table goes to standard error
    print(format_report(report, worst=args.worst), file=sys.stderr if args.json_out == "-" else sys.stdout)
    if args.json_out:
        data = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
        if args.json_out == "-":
            print(data)
        else:
            write_atomically(Path(args.json_out), data + "\n")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
