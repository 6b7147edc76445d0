"""`extractor extract --engine dask` and `extractor.dask` (issue 7).

On a LocalCluster of 2 single-threaded worker processes (shared by the tests of this module): the
output is byte for byte that of `--engine local` over `corpus/`, with one JSON Lines file per
partition; a worker killed mid-run loses no document; `extract_bag` gives the records of
`extractor.extract`. Without Dask those tests skip, and `--engine dask` exits with 2 and says how to
install it; `import extractor` never imports Dask.
"""
import contextlib
import importlib.util
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from extractor import dask as engine
from extractor.batch import runner
from extractor.batch.inputs import Document
from extractor.batch.outcome import FAILED, Outcome
from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
CORPUS_FILES = len(list(CORPUS.rglob("*.txt")))     # held-out/ too; each .json beside them is metadata: one document per file
HAVE_DASK = importlib.util.find_spec("dask") is not None and importlib.util.find_spec("distributed") is not None
needs_dask = pytest.mark.skipif(not HAVE_DASK, reason="Dask is not installed (pip install 'norsk-race-extractor[dask]'; "
                                                      "the test extra has it)")
RACE = "Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag med tiden 3.29,50. Narve Gilje Nordås ble nummer to på 3.31,20."
NYNORSK = "Karsten Warholm (28) vann 400 meter hekk på Bislett Games torsdag med tida 46,52. Rai Benjamin vart nummer to."


def summary_of(stderr: str) -> str:
    return stderr.strip().splitlines()[-1]


def cli(*args: str) -> tuple[int, str]:
    """main(args) with standard error captured (module fixtures cannot use capsys)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["extract", *args])
    return code, err.getvalue()


# --------------------------------------------------------------------------- without Dask

def test_import_extractor_does_not_import_dask():
    code = ("import sys, extractor, extractor.cli, extractor.dask; "
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')); "
            "assert not loaded, loaded")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_engine_dask_without_dask_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "dask", None)          # `import dask` fails, find_spec gives None
    monkeypatch.setitem(sys.modules, "distributed", None)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(CORPUS / "nb-01.txt"), "-o", str(out), "--engine", "dask"]) == 2
    err = capsys.readouterr().err
    assert "--engine dask needs Dask" in err and "pip install 'norsk-race-extractor[dask]'" in err
    assert not out.exists()


def test_dask_options_need_engine_dask(tmp_path, capsys):
    article = str(CORPUS / "nb-01.txt")
    assert main(["extract", article, "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert main(["extract", article, "--partitions", "4"]) == 2
    assert "need --engine dask" in capsys.readouterr().err
    if HAVE_DASK:
        assert main(["extract", article, "--engine", "dask", "--partitions", "0"]) == 2
        assert "--partitions must be 1 or more" in capsys.readouterr().err


def test_partitions_are_runs_of_whole_files():
    items = [Document(f"f{i}", n, f"f{i}", "text", "x", None, "utf-8") for i in range(10) for n in (1, 2)]
    items.insert(5, Outcome.failed("f2", 3, "f2#line3", "parse", "invalid JSON"))
    for count in (1, 3, 4, 10):
        parts = list(engine.split(items, 10, count))
        assert len(parts) == count and [item for part in parts for item in part] == items
        assert all(len({item.path for item in part}) in (10 // count, -(-10 // count)) for part in parts)
        assert len({item.path for part in parts for item in part}) == 10
        assert all(not ({i.path for i in a} & {i.path for i in b}) for a, b in zip(parts, parts[1:]))
    assert engine.partition_count(None, 55, 2) == 8
    assert engine.partition_count(None, 5, 2) == 5 and engine.partition_count(3, 0, 2) == 1
    assert engine.partition_count(None, 100_000, 2) == 200 and engine.partition_count(7, 100, 2) == 7


def test_part_files_are_never_inputs(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(RACE, encoding="utf-8")
    parts = engine.parts_folder(tmp_path / "out.jsonl")
    parts.mkdir()
    (parts / "part-00000.jsonl").write_text(json.dumps({"text": RACE}) + "\n", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert summary_of(capsys.readouterr().err).startswith(
        "1 file: 1 extracted, 0 no races found, 0 skipped, 0 failed; left out of the folder search: 1 output of this run")


def test_part_files_replace_the_old_folder_or_leave_it(tmp_path):
    folder = tmp_path / "out.jsonl.parts"
    folder.mkdir()
    (folder / "part-00007.jsonl").write_text("old\n", encoding="utf-8")
    aborted = engine.PartFiles(folder)
    aborted.write(0, [Outcome("a.txt", 1, "a.txt", "extracted", records=[{"x": "ø"}])])
    aborted.abort()
    assert os.listdir(tmp_path) == ["out.jsonl.parts"] and os.listdir(folder) == ["part-00007.jsonl"]
    parts = engine.PartFiles(folder)
    parts.write(0, [Outcome("a.txt", 1, "a.txt", "extracted", records=[{"x": "ø"}, {"y": 1}])])
    parts.write(1, [Outcome("b.txt", 1, "b.txt", "no races found")])
    parts.commit()
    assert os.listdir(tmp_path) == ["out.jsonl.parts"]
    assert sorted(os.listdir(folder)) == ["part-00000.jsonl", "part-00001.jsonl"]
    assert (folder / "part-00000.jsonl").read_text(encoding="utf-8") == '{"x": "ø"}\n{"y": 1}\n'
    assert (folder / "part-00001.jsonl").read_text(encoding="utf-8") == ""


# --------------------------------------------------------------------------- on a LocalCluster

@pytest.fixture(scope="module")
def client():
    if not HAVE_DASK:
        pytest.skip("Dask is not installed (pip install 'norsk-race-extractor[dask]'; the test extra has it)")
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0")
    dask_client = Client(cluster, set_as_default=False)
    yield dask_client
    dask_client.close()
    cluster.close()


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    """`--engine local` over corpus/: (exit code, OUT bytes, errors bytes, summary line)."""
    folder = tmp_path_factory.mktemp("local")
    code, err = cli(str(CORPUS), "-o", str(folder / "out.jsonl"), "--errors", str(folder / "errors.jsonl"))
    return code, (folder / "out.jsonl").read_bytes(), (folder / "errors.jsonl").read_bytes(), summary_of(err)


def corpus_on_dask(client, folder: Path, *options: str) -> tuple[int, bytes, bytes, str]:
    code, err = cli(str(CORPUS), "-o", str(folder / "out.jsonl"), "--errors", str(folder / "errors.jsonl"),
                    "--engine", "dask", "--scheduler", client.scheduler.address, *options)
    return code, (folder / "out.jsonl").read_bytes(), (folder / "errors.jsonl").read_bytes(), summary_of(err)


@needs_dask
def test_same_bytes_as_the_local_engine_over_the_corpus(client, local_run, tmp_path):
    stale = engine.parts_folder(tmp_path / "out.jsonl")
    stale.mkdir()
    (stale / "part-00099.jsonl").write_text("from an earlier run\n", encoding="utf-8")
    result = corpus_on_dask(client, tmp_path)
    assert result == local_run
    code, out, errors, summary = result
    assert code == 0 and summary == f"{CORPUS_FILES} files: {CORPUS_FILES - 3} extracted, 0 no races found, 3 skipped, 0 failed"    # da-01, en-01, sv-01 are skipped
    parts = sorted(stale.iterdir())
    assert [p.name for p in parts] == [f"part-{k:05d}.jsonl" for k in range(8)]    # 4 per worker thread
    assert b"".join(p.read_bytes() for p in parts) == out
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]          # no temporary left
    # Each worker process built each language's pipeline once at most, not once per document.
    from extractor.pipeline import build
    builds = client.run(lambda: build.cache_info().misses)
    assert len(builds) == 2 and all(1 <= n <= 2 for n in builds.values())


@needs_dask
def test_mixed_inputs_merge_and_csv_same_as_local(client, tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "feed.jsonl").write_text("\n".join([json.dumps({"text": RACE, "id": "feed-1"}), "{not json",
                                                 json.dumps({"text": NYNORSK, "published": "2024-05-31"})]) + "\n",
                                      encoding="utf-8")
    (extra / "bad.txt").write_bytes("Jakob Ingebrigtsen vant på Bislett, sa Ødegård.".encode() + b" \xff\xfe")
    (extra / "page.html").write_text(f"<html><body><article><p>{RACE}</p></article></body></html>", encoding="utf-8")
    paths = [str(CORPUS / name) for name in ("nb-01.txt", "nb-02.txt", "nn-01.txt", "sv-01.txt")] + [str(extra)]
    runs = {}
    for name, options in (("local", ["--jobs", "1"]),
                          ("dask", ["--engine", "dask", "--scheduler", client.scheduler.address, "--partitions", "3"])):
        out, errors = tmp_path / f"{name}.csv", tmp_path / f"{name}-errors.jsonl"
        code, err = cli(*paths, "-o", str(out), "--merge", "--errors", str(errors), *options)
        runs[name] = (code, out.read_bytes(), errors.read_bytes(), summary_of(err))
    assert runs["dask"] == runs["local"]
    assert runs["local"][0] == 1 and runs["local"][3] == "7 files, 9 documents: 6 extracted, 0 no races found, 1 skipped, 2 failed"
    assert len(list((tmp_path / "dask.csv.parts").iterdir())) == 3


@needs_dask
def test_extract_bag(client):
    import dask.bag as db

    from extractor import extract

    items = [RACE, {"text": NYNORSK, "published": "2024-05-31", "source": "ntb-7"}, "Været blir fint i morgen.",
             {"text": RACE, "published": "not a date"}, 42]
    bag = engine.extract_bag(db.from_sequence(items, npartitions=2))
    expected = ([r.to_dict() for r in extract(RACE)]
                + [r.to_dict() for r in extract(NYNORSK, published="2024-05-31", source="ntb-7")])
    assert bag.compute(scheduler=client.get) == expected
    assert engine.extract_bag(db.from_sequence(items[:2], npartitions=1)).compute(scheduler="sync") == expected
    outcomes = engine.extract_bag(db.from_sequence(items, npartitions=2), outcomes=True).compute(scheduler=client.get)
    assert [o["status"] for o in outcomes] == ["extracted", "extracted", "no races found", "failed", "failed"]
    assert outcomes[1]["source"] == "ntb-7" and outcomes[1]["language"] == "nn" and outcomes[3]["stage"] == "extract"
    with pytest.raises(TypeError):
        engine.extract_bag(items)


@needs_dask
def test_a_failed_partition_is_run_again_document_by_document(client):
    class Broken:
        def result(self):
            raise RuntimeError("lost")

        def release(self):
            pass

    docs = [Document("a.txt", 1, "a.txt", "text", RACE, None, "utf-8"),
            Document("b.txt", 1, "b.txt", "text", NYNORSK, "2024-05-31", "utf-8")]
    cluster = engine.Cluster(client.scheduler.address)
    try:
        assert cluster.outcomes(Broken(), docs, None, 0) == [runner.extract(doc) for doc in docs]
    finally:
        cluster.close()
    from distributed import KilledWorker
    assert "died on this document" in engine._why(KilledWorker.__new__(KilledWorker))   # its arguments vary by version


@needs_dask
def test_no_scheduler_at_the_address_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", "1s")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(CORPUS / "nb-01.txt"), "-o", str(out), "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
    assert not out.exists() and not engine.parts_folder(out).exists() and not list(tmp_path.iterdir())


@needs_dask
def test_without_scheduler_a_local_cluster_is_started(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(engine, "local_workers", lambda: 1)      # the machine's size is one per CPU; one is enough here
    paths = [str(CORPUS / "nb-01.txt"), str(CORPUS / "nb-02.txt"), "--lang", "nb"]   # --lang: no language models to load
    assert main(["extract", *paths, "-o", str(tmp_path / "local.jsonl"), "--quiet"]) == 0
    assert main(["extract", *paths, "-o", str(tmp_path / "dask.jsonl"), "--engine", "dask"]) == 0
    assert summary_of(capsys.readouterr().err) == "2 files: 2 extracted, 0 no races found, 0 skipped, 0 failed"
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    # 2 files on 1 worker thread: 4 partitions wanted, 2 made (a file is never split).
    assert sorted(p.name for p in (tmp_path / "dask.jsonl.parts").iterdir()) == ["part-00000.jsonl", "part-00001.jsonl"]


@needs_dask
def test_a_worker_killed_mid_run_loses_no_document(client, local_run, tmp_path):
    """Kills (SIGKILL) the worker process running a partition; Dask runs it again elsewhere (last: the nanny restarts it cold)."""
    pids = client.run(os.getpid)
    killed: list[int] = []
    done = threading.Event()

    def kill_a_busy_worker():
        # Late in the run (partition 30 of 55 or later), so that the rest is done before the nanny's
        # replacement worker, cold, could hold up the run; partitions are still in flight then.
        while not done.is_set():
            busy = [worker for worker, keys in client.processing().items()
                    if any(str(key).startswith("extract-partition-") and int(str(key).split("-")[2]) >= 30
                           for key in keys)]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(pids[busy[0]])
                return
            time.sleep(0.01)

    killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
    killer.start()
    try:
        # One partition per file: tasks are in flight all along the run.
        result = corpus_on_dask(client, tmp_path, "--partitions", str(CORPUS_FILES))
    finally:
        done.set()
        killer.join(10)
    assert killed, "no partition was seen running: nothing was killed"
    code, out, errors, summary = result
    counts = {status: int(n) for n, status in
              (part.strip().split(" ", 1) for part in summary.split(": ", 1)[1].split(","))}
    assert sum(counts.values()) == CORPUS_FILES and counts[FAILED] == 0
    assert result == local_run                  # run again, the partition gives the same records
    assert len(list((tmp_path / "out.jsonl.parts").iterdir())) == CORPUS_FILES
