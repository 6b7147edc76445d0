"""The per-document time limit: a document that takes too long is skipped as `too_slow` (in the
library when asked, in the batch command by default), and the batch goes on with the next one.

A stage is made slow by monkeypatching it to sleep on documents holding a marker word; each test
would sleep far past its limit (SLEEP seconds) without the limit, and checks that it did not.
"""
from __future__ import annotations

import json
import signal
import threading
import time

import pytest

import extractor.pipeline as pipeline
from extractor import extract_document
from extractor.batch.inputs import Document
from extractor.batch.runner import run
from extractor.cli import main
from extractor.limits import DEFAULT_TIME_LIMIT, TOO_SLOW

MARKER = "Sneglefart"
SLEEP = 30.0
LIMIT = 0.5
FAST = "Jakob Ingebrigtsen vant 1500 meter på Bislett Games lørdag på 3.29,50, foran Narve Gilje Nordås."
SLOW = f"{MARKER} Hansen vant 800 meter på Bislett Games lørdag på 1.45,20, foran Ola Berg."


@pytest.fixture
def slow_stage(monkeypatch):
    """find_ages sleeps SLEEP seconds on a text holding MARKER (in this process, and in --jobs workers
    forked from it)."""
    real = pipeline.find_ages

    def sleepy(text):
        if MARKER in text:
            time.sleep(SLEEP)
        return real(text)
    monkeypatch.setattr(pipeline, "find_ages", sleepy)


def test_a_slow_document_is_skipped_as_too_slow(slow_stage):
    start = time.monotonic()
    found = extract_document(SLOW, "2024-06-01", "nb", time_limit=LIMIT)
    assert (found.records, found.skipped) == ([], TOO_SLOW)
    assert time.monotonic() - start < SLEEP / 3
    assert extract_document(FAST, "2024-06-01", "nb", time_limit=SLEEP).records      # the next one is extracted


def test_the_library_has_no_limit_unless_asked(monkeypatch):
    real = pipeline.find_ages
    monkeypatch.setattr(pipeline, "find_ages", lambda text: (time.sleep(0.6), real(text))[1])
    assert extract_document(FAST, "2024-06-01", "nb").records
    assert extract_document(FAST, "2024-06-01", "nb", time_limit=0.3).skipped == TOO_SLOW


def test_the_limit_leaves_no_timer_or_handler_behind(slow_stage):
    handler = signal.getsignal(signal.SIGALRM)
    extract_document(SLOW, "2024-06-01", "nb", time_limit=LIMIT)
    extract_document(FAST, "2024-06-01", "nb", time_limit=SLEEP)
    assert signal.getsignal(signal.SIGALRM) is handler and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_callers_own_timer_goes_on(slow_stage):
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 2.0)
        extract_document(SLOW, "2024-06-01", "nb", time_limit=LIMIT)
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < left < 2.0 and not fired
        time.sleep(left + 0.2)
        assert fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_in_a_thread_the_limit_is_checked_between_stages(monkeypatch):
    """Signals reach only the main thread: elsewhere the stage finishes, then the document is given up."""
    real = pipeline.find_ages
    monkeypatch.setattr(pipeline, "find_ages", lambda text: (time.sleep(1.0), real(text))[1])
    found = []
    worker = threading.Thread(target=lambda: found.append(extract_document(FAST, "2024-06-01", "nb", time_limit=0.2)))
    worker.start()
    worker.join()
    assert found[0].skipped == TOO_SLOW


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "5", True])
def test_a_bad_time_limit_is_refused(bad):
    with pytest.raises(ValueError, match="time_limit"):
        extract_document(FAST, time_limit=bad)


def test_the_runner_takes_a_time_limit(slow_stage):
    docs = [Document("a.txt", 1, "a.txt", "text", SLOW, None, "utf-8"), Document("b.txt", 1, "b.txt", "text", FAST, None, "utf-8")]
    outcomes = list(run(docs, "nb", 1, time_limit=LIMIT))
    assert [(o.status, o.message) for o in outcomes] == [("skipped", TOO_SLOW), ("extracted", None)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_batch_skips_a_slow_document_and_goes_on(slow_stage, tmp_path, capsys, jobs):
    """--time-limit in the command, in this process or in --jobs 2 workers: the slow document is
    skipped (too_slow) in the summary, the notes and the --errors file; the others are extracted."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-slow.txt").write_text(SLOW, encoding="utf-8")
    for i in range(3):
        (folder / f"b{i}.txt").write_text(FAST, encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    start = time.monotonic()
    code = main(["extract", str(folder), "-o", str(out), "--errors", str(errors), "--lang", "nb", "--no-model",
                 "--jobs", jobs, "--time-limit", str(LIMIT)])
    assert time.monotonic() - start < SLEEP / 2
    err = capsys.readouterr().err
    assert code == 0
    assert "a-slow.txt: skipped (too_slow)" in err and "3 extracted" in err and "1 skipped" in err
    problems = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(p["path"].endswith("a-slow.txt"), p["status"], p["message"]) for p in problems] == [(True, "skipped", TOO_SLOW)]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_the_command_has_a_default_limit_and_checks_it(monkeypatch, capsys, tmp_path):
    seen = []

    def runs(items, lang, jobs, time_limit=None):
        seen.append(time_limit)
        yield from ()
    monkeypatch.setattr("extractor.cli.run", runs)
    (tmp_path / "a.txt").write_text(FAST, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--quiet"]) == 0
    assert main(["extract", str(tmp_path / "a.txt"), "--quiet", "--time-limit", "0"]) == 0
    assert seen == [DEFAULT_TIME_LIMIT, None]
    assert main(["extract", str(tmp_path / "a.txt"), "--time-limit", "-1"]) == 2
    assert "--time-limit" in capsys.readouterr().err
