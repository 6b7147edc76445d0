"""Batch faults: workers that die, Ctrl-C and SIGTERM, --resume, a full disk or an unwritable
output, files over the size limit, and hostile paths (symlink loops, unreadable folders, odd file
names, FIFOs, 100,000 tiny files)."""
from __future__ import annotations

import errno
import io
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from extractor.api import extract_document
from extractor.batch import outputs, runner
from extractor.batch.inputs import discover
from extractor.cli import main
from extractor.limits import MAX_DOCUMENT_BYTES
from extractor.schema import validation_errors

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
RACE = "Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag med tiden 3.29,50. Narve Gilje Nordås ble nummer to på 3.31,20."
fork_only = pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the fault is patched in before fork")
as_root = os.geteuid() == 0


def records_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def last_line(stderr: str) -> str:
    return stderr.strip().splitlines()[-1]


def articles(folder: Path, count: int = 12) -> Path:
    """`count` articles: corpus texts with their numbers in them, so that each is a different document."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("nb-0*.txt"))]
    for i in range(count):
        (folder / f"a{i:03d}.txt").write_text(f"Artikkel {i}.\n" + texts[i % len(texts)], encoding="utf-8")
    (folder / "feed.jsonl").write_text("\n".join(json.dumps({"text": t, "id": f"feed-{i}"}) for i, t in enumerate(texts[:3])),
                                       encoding="utf-8")
    return folder


def counting(monkeypatch, stop_after: int | None = None, error: type[BaseException] = KeyboardInterrupt) -> list[str]:
    """Count the documents extracted (their first words); raise `error` when document `stop_after`+1 starts."""
    real, calls = extract_document, []

    def extracting(text, *args):
        if stop_after is not None and len(calls) == stop_after:
            raise error()
        calls.append(text[:20])
        return real(text, *args)
    monkeypatch.setattr(runner, "extract_document", extracting)
    return calls


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# --------------------------------------------------------------------------- workers that die

@fork_only
@pytest.mark.parametrize("death", ["sigkill", "memory"])
def test_a_dying_worker_fails_only_its_document(tmp_path, monkeypatch, capsys, death):
    real = runner.extract_document

    def dying(text, *args):
        if "KRASJ" in text:
            if death == "sigkill":
                os.kill(os.getpid(), signal.SIGKILL)       # killed (the OOM killer sends SIGKILL)
            raise MemoryError()                            # out of memory inside Python
        return real(text, *args)
    monkeypatch.setattr(runner, "extract_document", dying)
    for i in range(7):
        (tmp_path / f"a{i}.txt").write_text(("KRASJ " if i == 3 else "") + RACE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--jobs", "2"]) == 1
    assert [Path(r["source"]).name for r in records_of(out)] == ["a0.txt", "a1.txt", "a2.txt", "a4.txt", "a5.txt", "a6.txt"]
    err = capsys.readouterr().err
    why = "the worker process died on this document" if death == "sigkill" else "MemoryError"
    assert f"a3.txt: failed (extract): {why}" in err
    assert last_line(err) == "7 files: 6 extracted, 0 no races found, 0 skipped, 1 failed"


# --------------------------------------------------------------------------- interrupted, resumed

@pytest.mark.parametrize("options", [[], ["--errors", "ERR"], ["--merge"], ["--format", "csv"]])
def test_resume_continues_without_redoing_or_duplicating(tmp_path, monkeypatch, capsys, options):
    folder = articles(tmp_path / "in")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    (folder / "swedish.txt").write_text((CORPUS / "sv-01.txt").read_text(encoding="utf-8"), encoding="utf-8")
    options = [str(tmp_path / "errors.jsonl") if o == "ERR" else o for o in options]
    whole, out = tmp_path / "whole.out", tmp_path / "out" / "records.out"
    out.parent.mkdir()
    assert main(["extract", str(folder), "-o", str(whole), "--quiet", *options]) == 1
    expected = whole.read_bytes(), (tmp_path / "errors.jsonl").read_bytes() if "--errors" in options else None

    out.write_text("old\n", encoding="utf-8")
    calls = counting(monkeypatch, stop_after=5)
    assert main(["extract", str(folder), "-o", str(out), *options]) == 130
    err = capsys.readouterr().err
    assert "interrupted after 5 documents, in " in err and "run again with --resume" in err
    assert out.read_text(encoding="utf-8") == "old\n"                      # the old output, whole
    assert listing(out.parent) == ["records.out", "records.out.journal"]      # no partial output
    done_first = list(calls)

    calls = counting(monkeypatch)
    assert main(["extract", str(folder), "-o", str(out), "--resume", "--quiet", *options]) == 1
    assert not set(done_first) & set(calls), "documents done before the interruption were extracted again"
    assert len(done_first) + len(calls) == 16                # 12 articles, 3 feed lines, the Swedish one
    assert out.read_bytes() == expected[0]
    if expected[1] is not None:
        assert (tmp_path / "errors.jsonl").read_bytes() == expected[1]
    assert listing(out.parent) == ["records.out"]                            # the journal is gone


def test_sigterm_and_resume_in_a_real_process(tmp_path):
    folder = articles(tmp_path / "in", count=40)
    out, whole = tmp_path / "records.jsonl", tmp_path / "whole.jsonl"
    command = [sys.executable, "-m", "extractor", "extract", str(folder), "--jobs", "2", "--quiet"]
    process = subprocess.Popen(command + ["-o", str(out)], cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    journal = Path(f"{out}.journal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not journal.exists() or journal.read_text().count("\n") < 4):
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    stderr = process.communicate(timeout=120)[1]
    assert process.returncode == 143, stderr
    assert "terminated after" in stderr and "--resume" in stderr
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    done = journal.read_text(encoding="utf-8").count("\n") - 1
    assert 3 <= done < 43

    resumed = subprocess.run(command + ["-o", str(out), "--resume"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert not journal.exists()
    complete = subprocess.run(command + ["-o", str(whole)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert complete.returncode == 0, complete.stderr
    assert out.read_bytes() == whole.read_bytes() and out.read_bytes().count(b"\n") >= 40


def test_ctrl_c_with_workers_in_a_real_process(tmp_path):
    folder = articles(tmp_path / "in", count=40)
    out = tmp_path / "records.jsonl"
    out.write_text("old\n", encoding="utf-8")
    # SIGINT back to its default in the child: a shell's background job (nohup ... &) starts with SIGINT
    # ignored, and Python then installs no KeyboardInterrupt handler, so the signal would do nothing
    process = subprocess.Popen([sys.executable, "-m", "extractor", "extract", str(folder), "-o", str(out), "--jobs", "2"],
                               cwd=tmp_path, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    journal = Path(f"{out}.journal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not journal.exists() or journal.read_text().count("\n") < 3):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    stderr = process.communicate(timeout=120)[1]
    assert process.returncode == 130, stderr
    assert "interrupted after" in last_line(stderr)
    assert out.read_text(encoding="utf-8") == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == [
        "in", "records.jsonl", "records.jsonl.journal"]


def test_journal_cut_short_by_a_kill_and_changed_files(tmp_path, monkeypatch):
    folder = articles(tmp_path / "in", count=6)
    out = tmp_path / "out.jsonl"
    counting(monkeypatch, stop_after=5)
    assert main(["extract", str(folder), "-o", str(out), "--quiet"]) == 130
    journal = Path(f"{out}.journal")
    lines = journal.read_bytes().splitlines(keepends=True)
    assert len(lines) == 6                                     # the options, then 5 documents
    journal.write_bytes(b"".join(lines[:-1]) + lines[-1][:25])  # the last line half written
    (folder / "a000.txt").write_text("Artikkel null, endret.\n" + RACE, encoding="utf-8")    # changed since
    calls = counting(monkeypatch)
    assert main(["extract", str(folder), "-o", str(out), "--resume", "--quiet"]) == 0
    assert len(calls) == 9 - 3                                 # 9 documents; 3 journaled and unchanged
    assert [r["source"] for r in records_of(out)][:1] == [str(folder / "a000.txt")]
    assert records_of(out)[0]["results"][0]["athlete"] == "Jakob Ingebrigtsen"


def test_resume_needs_the_same_options_and_an_output(tmp_path, monkeypatch, capsys):
    folder = articles(tmp_path / "in", count=3)
    out = tmp_path / "out.jsonl"
    counting(monkeypatch, stop_after=2)
    assert main(["extract", str(folder), "-o", str(out), "--quiet", "--lang", "nb"]) == 130
    counting(monkeypatch)
    assert main(["extract", str(folder), "-o", str(out), "--resume", "--lang", "nn"]) == 2
    assert "written with other options" in capsys.readouterr().err
    assert main(["extract", str(folder), "--resume"]) == 2
    assert "--resume needs -o OUT" in capsys.readouterr().err
    Path(f"{out}.journal").write_text("not a journal\n", encoding="utf-8")
    assert main(["extract", str(folder), "-o", str(out), "--resume"]) == 2
    assert "not a journal" in capsys.readouterr().err
    assert main(["extract", str(folder), "-o", str(out), "--quiet"]) == 0      # without --resume: a fresh start
    assert not Path(f"{out}.journal").exists() and len(records_of(out)) >= 3


# --------------------------------------------------------------------------- unwritable output, full disk

def test_full_disk_while_writing(tmp_path, monkeypatch, capsys):
    folder = articles(tmp_path / "in", count=4)
    out = tmp_path / "out" / "records.jsonl"
    out.parent.mkdir()
    out.write_text("old\n", encoding="utf-8")
    written = []

    def write(self, record):
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(record)
    monkeypatch.setattr(outputs.JsonLinesSink, "write", write)
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "cannot write the output: [Errno 28] No space left on device" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [name for name in listing(out.parent) if not name.endswith(".journal")] == ["records.jsonl"]   # no temporary file


def test_full_disk_when_finishing(tmp_path, monkeypatch, capsys):
    folder = articles(tmp_path / "in", count=2)
    out = tmp_path / "records.csv"
    out.write_text("old\n", encoding="utf-8")

    def fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(outputs.os, "fsync", fsync)
    assert main(["extract", str(folder), "-o", str(out), "--quiet"]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "old\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_unwritable_output_folder(tmp_path, monkeypatch, capsys):
    folder = articles(tmp_path / "in", count=2)
    out = tmp_path / "locked" / "records.jsonl"
    out.parent.mkdir()
    out.write_text("old\n", encoding="utf-8")

    def mkstemp(*args, **kwargs):         # what a read-only folder gives (root writes into chmod 555 anyway)
        raise PermissionError(errno.EACCES, "Permission denied", str(out.parent))
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    assert "cannot write the output: [Errno 13] Permission denied" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "old\n"
    assert main(["extract", str(folder), "-o", str(tmp_path / "in" / "a000.txt" / "out.jsonl")]) == 2   # a bad path: usage


@pytest.mark.skipif(as_root, reason="root writes into a read-only folder (the test above simulates it)")
def test_read_only_output_folder(tmp_path, capsys):
    folder = articles(tmp_path / "in", count=2)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "records.jsonl").write_text("old\n", encoding="utf-8")
    locked.chmod(0o555)
    try:
        assert main(["extract", str(folder), "-o", str(locked / "records.jsonl")]) == 1
    finally:
        locked.chmod(0o755)
    assert "Permission denied" in capsys.readouterr().err
    assert listing(locked) == ["records.jsonl"] and (locked / "records.jsonl").read_text(encoding="utf-8") == "old\n"


# --------------------------------------------------------------------------- size limit

def test_too_large_files_are_skipped_unread(tmp_path, monkeypatch, capsys):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:                 # sparse: 5 MB + 1 byte of nothing on disk
        handle.truncate(MAX_DOCUMENT_BYTES + 1)
    (tmp_path / "edge.txt").write_bytes((RACE.encode("utf-8") + b" " * MAX_DOCUMENT_BYTES)[:MAX_DOCUMENT_BYTES])
    (tmp_path / "small.txt").write_text(RACE, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        assert self.name != "big.txt", "a file over the limit was read"
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--errors", str(errors), "--lang", "nb"]) == 0
    err = capsys.readouterr().err
    assert "big.txt: skipped (too_large)" in err
    assert last_line(err) == "3 files: 2 extracted, 0 no races found, 1 skipped, 0 failed"
    [problem] = records_of(errors)
    assert (Path(problem["path"]).name, problem["status"], problem["stage"], problem["message"]) == (
        "big.txt", "skipped", "read", "too_large")


def test_too_large_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * (MAX_DOCUMENT_BYTES + 1))))
    assert main(["extract", "-"]) == 0
    assert "-: skipped (too_large)" in capsys.readouterr().err


def test_too_large_document_in_a_feed(tmp_path, capsys):
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "a" * (MAX_DOCUMENT_BYTES + 1), "id": "huge"}) + "\n"
                                         + json.dumps({"text": RACE, "id": "ok"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--lang", "nb"]) == 0
    assert "huge: skipped (too_large)" in capsys.readouterr().err
    assert [r["source"] for r in records_of(out)] == ["ok"]


# --------------------------------------------------------------------------- paths

def test_symlink_loops_and_broken_links(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(RACE, encoding="utf-8")
    os.symlink("..", folder / "sub" / "up")                  # a folder loop: not followed
    os.symlink(folder, folder / "sub" / "again")
    os.symlink("loop.txt", folder / "loop.txt")             # a link to itself
    os.symlink("missing.txt", folder / "dangling.txt")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "loop.txt: failed (read)" in err and "Too many levels of symbolic links" in err
    assert "dangling.txt: failed (read)" in err
    assert last_line(err) == "3 files: 1 extracted, 0 no races found, 0 skipped, 2 failed"
    assert [Path(r["source"]).name for r in records_of(out)] == ["a.txt"]


def test_odd_file_names(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["with space.txt", "new\nline.txt", "tab\there.txt", "æøå «sitat».txt", "-dash.txt", "emoji 🏃.txt"]
    for name in names:
        (folder / name).write_text(RACE, encoding="utf-8")
    undecodable = os.fsencode(folder) + b"/caf\xe9 latin-1.txt"        # a name that is not UTF-8
    with open(undecodable, "wb") as handle:
        handle.write(RACE.encode("utf-8"))
    out, errors, db = tmp_path / "out.jsonl", tmp_path / "errors.jsonl", tmp_path / "r.sqlite"
    assert main(["extract", str(folder), "-o", str(out), "--errors", str(errors), "--db", str(db)]) == 0
    records = records_of(out)
    sources = sorted(Path(r["source"]).name for r in records)
    assert sources == sorted(names + ["caf\\xe9 latin-1.txt"])
    assert all(validation_errors({k: v for k, v in r.items() if k != "encoding"}) == [] for r in records)
    assert last_line(capsys.readouterr().err) == "7 files: 7 extracted, 0 no races found, 0 skipped, 0 failed"
    assert main(["extract", str(folder), "-o", str(tmp_path / "out.csv"), "--quiet"]) == 0


def test_empty_folders_and_fifos(tmp_path, capsys):
    empty = tmp_path / "empty"
    (empty / "deeper" / "still").mkdir(parents=True)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(empty), "-o", str(out)]) == 0
    assert last_line(capsys.readouterr().err) == "0 files: 0 extracted, 0 no races found, 0 skipped, 0 failed"
    assert out.read_text(encoding="utf-8") == ""
    os.mkfifo(empty / "pipe.txt")               # reading it would wait for ever: a folder search leaves it out
    (empty / "deeper" / "a.txt").write_text(RACE, encoding="utf-8")
    assert discover([str(empty)]) == [str(empty / "deeper" / "a.txt")]


def test_unreadable_folder_is_reported(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "a.txt").write_text(RACE, encoding="utf-8")
    (folder / "b.txt").write_text(RACE, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):                      # what chmod 000 gives (root lists it anyway)
        if os.fspath(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{folder / 'locked'}: failed (read): PermissionError: [Errno 13] Permission denied" in err
    assert last_line(err) == "2 files: 1 extracted, 0 no races found, 0 skipped, 1 failed"


@pytest.mark.skipif(as_root, reason="root lists a chmod 000 folder anyway (the test above simulates it)")
def test_chmod_000_folder_is_reported(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "b.txt").write_text(RACE, encoding="utf-8")
    (folder / "locked").chmod(0)
    try:
        assert main(["extract", str(folder), "-o", str(tmp_path / "out.jsonl")]) == 1
    finally:
        (folder / "locked").chmod(0o755)
    assert "locked: failed (read)" in capsys.readouterr().err


_MEMORY = """
import resource, sys
from extractor.cli import main
code = main(["extract", sys.argv[1], "-o", sys.argv[2], "--quiet", "--lang", "nb"])
print(code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@pytest.mark.slow
def test_a_folder_of_100000_tiny_files_keeps_memory_flat(tmp_path):
    def folder(name: str, files: int) -> Path:
        made = tmp_path / name
        for start in range(0, files, 1000):
            part = made / f"part{start // 1000:03d}"
            part.mkdir(parents=True)
            for i in range(start, min(files, start + 1000)):
                (part / f"{i:06d}.txt").write_bytes(b"" if i % 1000 else RACE.encode("utf-8"))
        return made

    def peak(made: Path) -> int:
        done = subprocess.run([sys.executable, "-c", _MEMORY, str(made), str(tmp_path / f"{made.name}.jsonl")],
                              capture_output=True, text=True, timeout=1200, cwd=ROOT)
        code, kilobytes = done.stdout.split()
        assert code == "0", done.stderr
        return int(kilobytes)
    few, many = peak(folder("few", 1_000)), peak(folder("many", 100_000))
    # 99,000 more files: their paths (and the outcomes' counts) only, never their texts or records
    assert (many - few) * 1024 < 64 * 1024 * 1024, (few, many)
    assert (tmp_path / "many.jsonl").read_text(encoding="utf-8").count("\n") == 100


def test_lone_surrogates_in_json_input(tmp_path, capsys):
    # "\ud800" is valid JSON but no UTF-8: written out as it was, it stopped the whole batch
    # (UnicodeEncodeError) with a traceback. It becomes U+FFFD, one character for one: offsets stay.
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "\ud800 " + RACE + " \udfff", "id": "x\udc80y"}) + "\n"
                                         + json.dumps({"text": RACE, "id": "ok"}) + "\n", encoding="utf-8")
    out, db = tmp_path / "out.jsonl", tmp_path / "r.sqlite"
    assert main(["extract", str(tmp_path), "-o", str(out), "--db", str(db), "--lang", "nb"]) == 0
    records = records_of(out)
    assert [r["source"] for r in records] == ["x\ufffdy", "ok"]
    text = "\ufffd " + RACE + " \ufffd"
    for span in (s for r in records[0]["results"] for spans in r["evidence"].values() for s in spans):
        assert text[span["start"]:span["end"]] == span["text"]
