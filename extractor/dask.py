"""The same extraction on a Dask cluster: `extractor extract --engine dask`, and `extract_bag` for Dask users.

    extractor extract corpus/ -o out/records.jsonl --engine dask                      # a local cluster
    extractor extract corpus/ -o out/records.jsonl --engine dask --scheduler tcp://HOST:8786

The command lists its inputs once (`batch.inputs.discover`), cuts the files into `--partitions`
runs of consecutive files (a file is never split), reads and decodes each partition's documents in
this process (`batch.inputs.documents`: workers need no access to the files) and submits one Dask
task per partition, a few partitions per worker thread at a time. A task is `extract_partition`:
`batch.runner.extract` on each document, the very function of the local engine, in a worker
process that builds the spaCy pipeline and language models once (the caches of `pipeline.build`
and of language detection live as long as the process) and extracts under a process-wide lock,
so several threads in one worker never share the pipeline at once. The Outcomes come back
partition by partition in input order and go to the same destinations (`batch.destinations`) as
with `--engine local`, so OUT, the errors file, the database and the summary are byte for byte
those of the local engine. Each partition's records are also written, as JSON Lines, to
`OUT.parts/part-00000.jsonl`, `part-00001.jsonl` ... (a folder built under a hidden temporary name
and renamed over `OUT.parts` at the end of a complete run, like OUT itself).

Nothing is lost when a worker dies: Dask runs its tasks again on another worker; a partition that
keeps killing workers (Dask's `KilledWorker`) or fails for any other reason is run again one
document per task, and only a document whose own task fails is reported failed.

For Dask users, `extract_bag(bag)` maps `extract_records` over a bag of texts (or of dicts with
`text`, `published`, `source`) and gives a bag of records. `extract_records` is a plain function
of an iterable, so it also fits Spark's `rdd.mapPartitions` and Ray Data's `map_batches` (docs/distributed.md).

Nothing here imports Dask until a cluster or bag is used: `import extractor` does not.
"""
from __future__ import annotations

import importlib.util
import json
import logging
import math
import os
import shutil
import tempfile
import threading
import uuid
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from .api import extract_document
from .batch import runner
from .batch.inputs import Document
from .batch.outcome import Outcome

INSTALL = "pip install 'norsk-race-extractor[dask]'"
PARTITION_FILES = 500           # default partitions hold at most this many files ...
PARTITIONS_PER_THREAD = 4       # ... and there are at least this many per worker thread
IN_FLIGHT_PER_THREAD = 2        # partitions submitted and not yet written, per worker thread: bounds memory
CONNECT_TIMEOUT = "10s"         # to reach a --scheduler
WORKERS_TIMEOUT = 60            # seconds to wait for the first worker of a --scheduler
PARTS_SUFFIX = ".parts"

_LOCK = threading.Lock()        # one extraction at a time per worker process, whatever its thread count
_ready = False                  # this process's pipeline and language models are built


class EngineError(Exception):
    """The cluster cannot be used (no Dask, no scheduler at the address, no workers): a usage error, exit 2."""


def missing() -> str | None:
    """Why `--engine dask` cannot run here, or None; imports nothing."""
    for module in ("dask", "distributed"):
        try:
            if importlib.util.find_spec(module) is None:
                raise ImportError(module)
        except (ImportError, ValueError):
            return f"--engine dask needs Dask (dask[distributed]): {INSTALL}"
    return None


def parts_folder(output: str | os.PathLike) -> Path:
    """Where the per-partition files of OUT go: OUT.parts/ beside it."""
    output = Path(output)
    return output.with_name(output.name + PARTS_SUFFIX)


def part_files(output: str | os.PathLike | None) -> list[str]:
    """The part files a run with this OUT has written: never inputs of another run."""
    if not output:
        return []
    return sorted(str(p) for p in parts_folder(output).glob("part-*.jsonl"))


# --------------------------------------------------------------------------- in the worker

def _prepare(lang: str | None) -> None:
    """Build the pipeline (and the language models, unless `lang` is given) once per process (under _LOCK)."""
    global _ready
    if not _ready:
        try:
            extract_document(runner.WARM_UP, None, lang, None)
        except Exception:       # noqa: BLE001 - a real document will report it
            pass
        _ready = True


def extract_partition(docs: Iterable[Document], lang: str | None = None) -> list[Outcome]:
    """The Outcome of each document, in order: the task of one partition (never raises for a bad document)."""
    with _LOCK:
        _prepare(lang)
        return [runner.extract(doc, lang) for doc in docs]


def extract_records(items: Iterable[Any], lang: str | None = None, outcomes: bool = False) -> Iterator[dict]:
    """Race records of each item: a text (str) or a dict with `text` and optional `published`, `source`, `url`.

    The per-partition function of `extract_bag`, and of Spark's `mapPartitions` or Ray's
    `map_batches` (docs/distributed.md). `source` falls back to `id`, then `url`. Records are dicts as
    `RaceRecord.to_dict()` gives them. Documents that are skipped (not Norwegian, empty) or fail
    give no record; with `outcomes=True` every item gives one dict instead: `source`, `status`
    (extracted, no races found, skipped, failed), `stage`, `message`, `language`, `published`, `records`.
    """
    for position, item in enumerate(items, 1):
        document = _document(item, position)
        if isinstance(document, Outcome):
            outcome = document
        else:
            with _LOCK:
                _prepare(lang)
                outcome = runner.extract(document, lang)
        records = [{key: value for key, value in record.items() if key != "encoding"} for record in outcome.records]
        if outcomes:
            yield {"source": outcome.source, "status": outcome.status, "stage": outcome.stage,
                   "message": outcome.message, "language": outcome.language, "published": outcome.published,
                   "records": records}
        else:
            yield from records


def _document(item: Any, position: int) -> Document | Outcome:
    if isinstance(item, str):
        return Document("", position, None, "text", item, None, None)
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        source = next((str(item[key]) for key in ("source", "id", "url") if item.get(key) not in (None, "")), None)
        published, url = item.get("published"), item.get("url")
        return Document("", position, source, "text", item["text"], None if published in (None, "") else str(published),
                        None, None if url in (None, "") else str(url))
    source = str(item.get("source")) if isinstance(item, dict) and item.get("source") is not None else None
    return Outcome.failed("", position, source, "parse", f"not a text or a dict with a \"text\" string: {type(item).__name__}")


def _records_of_partition(partition: Iterable[Any], lang: str | None, outcomes: bool) -> list[dict]:
    return list(extract_records(partition, lang, outcomes))


def extract_bag(bag, lang: str | None = None, outcomes: bool = False):
    """A Dask bag of race records (dicts) from a bag of texts, or of dicts with `text`, `published`, `source`.

        import dask.bag as db
        from extractor.dask import extract_bag
        records = extract_bag(db.from_sequence(texts, npartitions=8)).compute()

    Each partition is one `extract_records` call; a worker process builds the pipeline once. Order
    follows the bag. `outcomes=True` gives one dict per input instead (see `extract_records`).
    """
    if not hasattr(bag, "map_partitions"):
        raise TypeError(f"extract_bag needs a dask.bag.Bag, got {type(bag).__name__}")
    return bag.map_partitions(_records_of_partition, lang, outcomes)


# --------------------------------------------------------------------------- in the command

def local_workers() -> int:
    """Worker processes of the local cluster: one per CPU this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:          # not on Linux
        return max(1, os.cpu_count() or 1)


def partition_count(requested: int | None, files: int, threads: int) -> int:
    """`--partitions`, else at least PARTITIONS_PER_THREAD per worker thread and at most PARTITION_FILES files each; never more than the files."""
    wanted = requested or max(PARTITIONS_PER_THREAD * threads, math.ceil(files / PARTITION_FILES))
    return max(1, min(wanted, files))


def split(items: Iterable[Document | Outcome], files: int, count: int) -> Iterator[list[Document | Outcome]]:
    """The items in `count` runs of consecutive files: run k holds files k*files//count up to (k+1)*files//count."""
    bounds = iter([k * files // count for k in range(1, count)])
    bound = next(bounds, None)
    part: list[Document | Outcome] = []
    seen, last = 0, object()
    for item in items:
        if item.path != last:
            while bound is not None and seen >= bound:
                if part:
                    yield part
                    part = []
                bound = next(bounds, None)
            seen, last = seen + 1, item.path
        part.append(item)
    if part:
        yield part


class PartFiles:
    """OUT.parts/part-NNNNN.jsonl: each partition's records, in a new folder that replaces the old one on `commit()`."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        self.building = Path(tempfile.mkdtemp(dir=self.folder.parent, prefix=f".{self.folder.name}.", suffix=".tmp"))

    def write(self, index: int, outcomes: list[Outcome]) -> None:
        with open(self.building / f"part-{index:05d}.jsonl", "w", encoding="utf-8", newline="") as handle:
            for outcome in outcomes:
                for record in outcome.records:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    def commit(self) -> None:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.building, 0o777 & ~umask)         # mkdtemp makes it private; give it a normal folder's mode
        old = None
        if self.folder.exists() or self.folder.is_symlink():
            old = self.folder.with_name(f".{self.folder.name}.{uuid.uuid4().hex[:8]}.old")
            os.replace(self.folder, old)
        os.replace(self.building, self.folder)
        if old is not None:
            _remove(old)

    def abort(self) -> None:
        _remove(self.building)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class Cluster:
    """A client of the scheduler at `address`, or of a local cluster (one single-threaded worker process per CPU) started here."""

    def __init__(self, address: str | None = None, workers: int | None = None):
        problem = missing()
        if problem:
            raise EngineError(problem)
        from dask.distributed import Client, LocalCluster

        self.local = self.client = None
        try:
            if address is None:
                self.local = LocalCluster(n_workers=workers or local_workers(), threads_per_worker=1, processes=True,
                                          dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
                self.client = Client(self.local, set_as_default=False)
            else:
                try:
                    self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
                except (OSError, ValueError) as error:
                    raise EngineError(f"cannot reach the Dask scheduler at {address}: {error}") from None
                try:
                    self.client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
                except (OSError, TimeoutError):
                    raise EngineError(f"no Dask worker joined the scheduler at {address} "
                                      f"within {WORKERS_TIMEOUT} s") from None
            self.threads = max(1, sum(self.client.nthreads().values()))
        except BaseException:
            self.close()
            raise
        self.token = uuid.uuid4().hex[:8]

    def submit(self, docs: list[Document], lang: str | None, name: str):
        return self.client.submit(extract_partition, docs, lang, key=f"extract-{name}-{self.token}", pure=False)

    def outcomes(self, future, docs: list[Document], lang: str | None, index: int) -> list[Outcome]:
        """The Outcomes of a submitted partition; one task per document if the partition's task failed."""
        try:
            results = future.result()
            if isinstance(results, list) and len(results) == len(docs):
                return results
        except Exception:       # noqa: BLE001 - KilledWorker, a lost connection, a result that cannot be sent
            pass
        finally:
            future.release()
        singles = [self.submit([doc], lang, f"partition-{index:05d}-document-{n}") for n, doc in enumerate(docs)]
        outcomes = []
        for doc, single in zip(docs, singles):
            try:
                outcomes.append(single.result()[0])
            except Exception as error:      # noqa: BLE001
                outcomes.append(Outcome.failed(doc.path, doc.position, doc.source, "extract", _why(error), doc.encoding))
            finally:
                single.release()
        return outcomes

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.local is not None:
            self.local.close()


def _why(error: Exception) -> str:
    if type(error).__name__ == "KilledWorker":
        return "the Dask workers died on this document (killed or out of memory?)"
    return f"the Dask task failed on this document: {type(error).__name__}: {error}"


@dataclass
class _Partition:
    index: int
    items: list[Document | Outcome]
    docs: list[Document]
    future: Any = None


def run(items: Iterable[Document | Outcome], lang: str | None = None, files: int = 0, scheduler: str | None = None,
        partitions: int | None = None, parts: str | os.PathLike | None = None,
        workers: int | None = None) -> Iterator[Outcome]:
    """An Outcome per item, in order, like `batch.runner.run`, the documents extracted on a Dask cluster.

    `files`: how many input files `items` comes from (to cut `partitions` runs of files);
    `scheduler`: an address, else a local cluster of `workers` processes (default one per CPU);
    `parts`: a folder for one JSON Lines file of records per partition, committed when the run is complete.
    Raises EngineError (at the first `next`) when the cluster cannot be used.
    """
    try:
        writer = PartFiles(parts) if parts else None
    except OSError as error:
        raise EngineError(f"cannot write the part files: {error}") from None
    cluster = None
    complete = False
    try:
        cluster = Cluster(scheduler, workers)
        count = partition_count(partitions, files, cluster.threads)
        window = max(2, IN_FLIGHT_PER_THREAD * cluster.threads)
        pending: deque[_Partition] = deque()

        def settle(partition: _Partition) -> list[Outcome]:
            results = iter(cluster.outcomes(partition.future, partition.docs, lang, partition.index)
                           if partition.docs else [])
            outcomes = [next(results) if isinstance(item, Document) else item for item in partition.items]
            if writer:
                writer.write(partition.index, outcomes)
            return outcomes

        for index, part in enumerate(split(items, files, count)):
            docs = [item for item in part if isinstance(item, Document)]
            future = cluster.submit(docs, lang, f"partition-{index:05d}") if docs else None
            pending.append(_Partition(index, part, docs, future))
            while pending and (len(pending) > window or pending[0].future is None or pending[0].future.done()):
                yield from settle(pending.popleft())
        while pending:
            yield from settle(pending.popleft())
        complete = True
    finally:
        try:
            if writer:
                writer.commit() if complete else writer.abort()
        finally:
            if cluster is not None:
                cluster.close()
