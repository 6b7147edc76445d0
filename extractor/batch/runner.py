"""Documents -> Outcomes, in input order, in this process or in N worker processes.

Workers get chunks of documents and build the spaCy pipeline and language models once each.
Results come back in submission order, so the output is the same for any number of jobs. A worker
that dies (killed, out of memory) breaks the pool: the pool is restarted and the documents it held
are run again one by one, so only the document that kills a worker again is failed.
"""
from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Iterable, Iterator

from .. import entities
from ..api import extract_document
from ..entities import model_default
from ..limits import MAX_DOCUMENT_CHARS, TOO_LARGE
from . import pages
from .inputs import Document
from .outcome import EXTRACTED, NO_RACES, SKIPPED, Outcome

CHUNK = 4                 # documents per task: fewer round trips, still fine-grained ordering
TASKS_PER_JOB = 4         # tasks in flight per worker: keeps workers busy, bounds memory
# Long enough for the language detector's usual path (a short text would load all of lingua's models).
WARM_UP = ("Jakob Ingebrigtsen vant 1500 meter på Bislett Games lørdag. Nordmannen løp inn til 3.29,50 og var "
           "et halvt sekund foran britiske Josh Kerr, som ble nummer to. Narve Gilje Nordås tok tredjeplassen med "
           "ny personlig rekord, og det var fullt på tribunene hele kvelden i Oslo.")


def extract(doc: Document, lang: str | None = None, time_limit: float | None = None) -> Outcome:
    """One document's Outcome; never raises for a bad document. Over `time_limit` seconds: skipped, `too_slow`."""
    outcome = Outcome(doc.path, doc.position, doc.source, NO_RACES, encoding=doc.encoding, published=doc.published,
                      warnings=list(doc.warnings))
    text, url = doc.content, doc.url
    if doc.kind == "html":
        try:
            text, date, page_url = pages.article(text)
        except Exception as error:      # noqa: BLE001 - a bad page fails itself, not the batch
            return Outcome.failed(doc.path, doc.position, doc.source, "html", error, doc.encoding)
        outcome.published, url = date or doc.published, url or page_url
    if len(text) > MAX_DOCUMENT_CHARS:     # the library raises ValueError: here it is a skip, as a big file is
        outcome.status, outcome.stage, outcome.message = SKIPPED, "extract", TOO_LARGE
        return outcome
    try:
        found = extract_document(text, outcome.published, lang, doc.source, None, url, time_limit)  # None: the model as set
        records = [r.to_dict() for r in found.records]
    except Exception as error:          # noqa: BLE001
        return Outcome.failed(doc.path, doc.position, doc.source, "extract", error, doc.encoding)
    outcome.language = found.language
    if found.skipped:
        outcome.status, outcome.stage, outcome.message = SKIPPED, "extract", found.skipped
    elif records:
        outcome.status = EXTRACTED
        outcome.records = [dict(record, encoding=doc.encoding) for record in records]
        outcome.text = text         # for the report (`extract --report`): a web page's text is known only here
        if doc.warnings:
            for record in outcome.records:
                record["warnings"] = [*record.get("warnings", []), *doc.warnings]
    return outcome


def run(items: Iterable[Document | Outcome], lang: str | None = None, jobs: int = 1,
        time_limit: float | None = None) -> Iterator[Outcome]:
    """An Outcome per item, in order: documents are extracted, ready Outcomes (failures) pass through.
    A document that takes over `time_limit` seconds (None: no limit) is skipped as `too_slow`; in --jobs
    workers too (each interrupts its own document: extractor.limits.time_limit)."""
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, Outcome) else extract(item, lang, time_limit)
        return
    workers = _Workers(jobs, lang, time_limit)
    try:
        pending: deque[Outcome | _Task] = deque()
        in_flight = 0
        for batch in _batches(items):
            if isinstance(batch, Outcome):
                pending.append(batch)
            else:
                pending.append(workers.submit(batch))
                in_flight += 1
            while pending and (isinstance(pending[0], Outcome) or in_flight > jobs * TASKS_PER_JOB):
                item = pending.popleft()
                in_flight -= isinstance(item, _Task)
                yield from workers.settle(item)
        while pending:
            yield from workers.settle(pending.popleft())
    finally:
        workers.close()


def _batches(items: Iterable[Document | Outcome]) -> Iterator[Outcome | list[Document]]:
    chunk: list[Document] = []
    for item in items:
        if isinstance(item, Outcome):
            if chunk:
                yield chunk
                chunk = []
            yield item
        else:
            chunk.append(item)
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def _extract_all(docs: list[Document], lang: str | None, time_limit: float | None = None) -> list[Outcome]:
    return [extract(doc, lang, time_limit) for doc in docs]


_warm = False


def _warm_up() -> None:
    """Build the pipeline and load the language models, lexicons and the NorNE entity model (unless
    switched off), once per process."""
    global _warm
    if not _warm:
        _warm = True
        try:
            extract_document(WARM_UP, None, None, None)
            if model_default():
                entities.model()    # the warm-up text may hold no name in doubt: load it anyway
        except Exception:                               # noqa: BLE001 - a real document will report it
            pass


def _start_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the main process's to handle
    _warm_up()      # a forked worker finds it done: it inherited the main process's warm pipeline


@dataclass
class _Task:
    docs: list[Document]
    future: Future
    generation: int


class _Workers:
    """A process pool that is restarted when a worker dies."""

    def __init__(self, jobs: int, lang: str | None, time_limit: float | None = None):
        self.jobs, self.lang, self.time_limit, self.generation = jobs, lang, time_limit, 0
        if multiprocessing.get_start_method() == "fork":
            # Warm up here, once, before the workers are forked: they share the built pipeline and the
            # loaded models (copy-on-write) instead of each loading its own. On --jobs 2 that saved
            # ~1.5-4 CPU-seconds per 1,000 documents. Other start methods warm up in each worker.
            _warm_up()
        self.pool = ProcessPoolExecutor(jobs, initializer=_start_worker)

    def submit(self, docs: list[Document]) -> _Task:
        try:
            future = self.pool.submit(_extract_all, docs, self.lang, self.time_limit)
        except BrokenProcessPool:
            self._restart()
            future = self.pool.submit(_extract_all, docs, self.lang, self.time_limit)
        return _Task(docs, future, self.generation)

    def settle(self, item: Outcome | _Task) -> list[Outcome]:
        if isinstance(item, Outcome):
            return [item]
        try:
            return item.future.result()
        except BrokenProcessPool:
            if item.generation == self.generation:
                self._restart()
            return [self._alone(doc) for doc in item.docs]
        except Exception as error:      # noqa: BLE001 - e.g. a result that cannot be sent back
            return [Outcome.failed(d.path, d.position, d.source, "extract", error, d.encoding) for d in item.docs]

    def _alone(self, doc: Document) -> Outcome:
        try:
            return self.pool.submit(_extract_all, [doc], self.lang, self.time_limit).result()[0]
        except BrokenProcessPool:
            self._restart()
            return Outcome.failed(doc.path, doc.position, doc.source, "extract",
                                  "the worker process died on this document (killed or out of memory?)", doc.encoding)

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.generation += 1
        self.pool = ProcessPoolExecutor(self.jobs, initializer=_start_worker)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
