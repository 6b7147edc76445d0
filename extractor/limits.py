"""Limits on one document: a bigger one is not extracted (the batch skips it, reason `too_large`; the
library refuses it, ValueError); one that takes longer than a time limit is given up (reason `too_slow`).

Extraction is linear in a document's length (tests/test_hostile_cost.py, tests/test_cost_growth.py),
about 1 s per 100,000 characters of race text: 5 MB is a minute's work and some hundred MB of memory
at most. News articles are a few kB. The batch command checks a file's size before reading it.

The time limit is wall-clock seconds per document. The command line's default is DEFAULT_TIME_LIMIT
(`extractor extract --time-limit SECONDS`, 0 for none), so that one document never stalls a batch;
the library has none unless asked (`extract_document(text, time_limit=SECONDS)`).
"""
from __future__ import annotations

import math
import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

MAX_DOCUMENT_CHARS = 5_000_000        # extract_document: longer texts are skipped
MAX_DOCUMENT_BYTES = 5_000_000        # batch: bigger .txt/.html files (and standard input) are skipped unread
MAX_FEED_BYTES = 200_000_000          # batch: .json/.jsonl files hold many documents, each one under the limit above
TOO_LARGE = "too_large"

#: Seconds one document may take in the batch command (and runner) by default: a minute, about what
#: the largest document allowed (MAX_DOCUMENT_CHARS of race text) takes on a quiet machine, and
#: a thousand times a news article's p99.
DEFAULT_TIME_LIMIT = 60.0
TOO_SLOW = "too_slow"


class TooSlow(BaseException):
    """A document's time limit ran out. A BaseException, as KeyboardInterrupt is: no `except
    Exception` on the way may take it for a failure of one step and go on."""


class Deadline:
    """When the time runs out (None: never); `check()` raises TooSlow after it."""

    def __init__(self, seconds: float | None):
        self.at = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self.at is not None and time.monotonic() >= self.at:
            raise TooSlow()


def check_time_limit(seconds) -> float | None:
    """The time limit as a float, None for none; ValueError unless a positive number of seconds or None."""
    if seconds is None:
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"time_limit must be a positive number of seconds or None, got {seconds!r}")
    return float(seconds)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[Deadline]:
    """TooSlow is raised in the block once `seconds` of wall-clock time have passed (None: no limit).

    In the main thread (the command line, and each of its --jobs worker processes) an alarm signal
    interrupts the work wherever it is: Python code, or a match inside the regex engines, which stop
    for signals. Elsewhere (a thread: signals reach only the main one) the block's own
    `Deadline.check()` calls, between the pipeline's stages, are all there is. A timer the caller
    had set (ITIMER_REAL) is set again afterwards with what is left of it."""
    deadline = Deadline(seconds)
    if seconds is None or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield deadline
        return
    armed = [True]

    def alarm(signum, frame):
        if armed[0]:
            armed[0] = False            # once only: cleaning up below cannot be interrupted again
            raise TooSlow()
    previous = signal.signal(signal.SIGALRM, alarm)
    started = time.monotonic()
    outer, _interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield deadline
    finally:
        try:
            armed[0] = False
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            if outer:                   # the caller's own timer, less the time spent here
                signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-6), _interval)
