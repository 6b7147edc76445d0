"""`extractor extract` on batches: input kinds, encodings, bad files, outputs, --merge, --jobs, atomic output."""
import csv
import io
import json
import multiprocessing
import os
import shutil
import sys
from pathlib import Path

import pytest

from extractor.batch import runner
from extractor.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
RACE_A = ("Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag med tiden 3.29,50. "
          "Narve Gilje Nordås ble nummer to på 3.31,20.")
RACE_B = "Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag på 3.29,60. Narve Gilje Nordås ble nummer tre."
NORWEGIAN = "Håkon Sæle (21) vant 1500 meter på Bislett Games lørdag med tiden 3.35,12. Øystein Ålvik ble nummer to på 3.36,40."
NO_RACES = "Været i Oslo blir fint i morgen, med sol og lite vind. Det meldte meteorologene fredag."
PAGE = ("<html><head><title>Sæle vant</title>"
        '<meta property="article:published_time" content="2024-06-03T10:00:00+02:00"></head>'
        f"<body><nav><a href='/'>Forside</a></nav><article><h1>Sæle vant</h1><p>{NORWEGIAN}</p></article></body></html>")


def records_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def summary_of(stderr: str) -> str:
    return stderr.strip().splitlines()[-1]


def test_each_input_kind_and_stdin(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(RACE_A, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"text": RACE_B, "id": "ntb-1", "published": "2024-05-31"}), encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": NO_RACES}) + "\n"
                                      + json.dumps({"text": NORWEGIAN, "url": "https://example.no/sæle"}) + "\n",
                                      encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RACE_A.encode("cp1252"))))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "-", "-o", str(out), "--published", "2024-05-26"]) == 0
    records = records_of(out)
    assert [r["source"] for r in records] == ["-", str(tmp_path / "a.txt"), str(tmp_path / "b.html"), "ntb-1",
                                             "https://example.no/sæle"]
    assert [r["encoding"] for r in records] == ["cp1252", "utf-8", "utf-8", "utf-8", "utf-8"]
    dates = [r["date"] for r in records]
    # --published (Sunday 26 May) for text files, the page's metadata (3 June) and the JSON field (31 May) otherwise.
    assert dates == ["2024-05-23", "2024-05-23", "2024-06-01", "2024-05-30", "2024-05-25"]
    assert {r["athlete"] for r in records[2]["results"]} == {"Håkon Sæle", "Øystein Ålvik"}
    assert summary_of(capsys.readouterr().err) == "5 files, 6 documents: 5 extracted, 1 no races found, 0 skipped, 0 failed"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1"])
def test_norwegian_letters_in_each_encoding(tmp_path, encoding):
    article = tmp_path / "a.txt"
    article.write_bytes(NORWEGIAN.encode(encoding))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(article), "-o", str(out), "--quiet"]) == 0
    [record] = records_of(out)
    assert [r["athlete"] for r in record["results"]] == ["Håkon Sæle", "Øystein Ålvik"]
    assert record["evidence"]["meet.name"][0]["text"] == "Bislett Games"
    assert record["encoding"] in ({encoding} if encoding.startswith("utf") else {"cp1252", "latin-1"})


def _locked_read(monkeypatch, name: str) -> None:
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)


def test_mixed_folder_nothing_lost(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(RACE_A, encoding="utf-8")
    (folder / "weather.txt").write_text(NO_RACES, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "broken.txt").write_bytes(NORWEGIAN.encode("utf-8")[:40] + b"\xff\xfe" + NORWEGIAN.encode("utf-8")[40:])
    shutil.copy(CORPUS / "sv-01.txt", folder / "swedish.txt")
    (folder / "locked.txt").write_text(RACE_B, encoding="utf-8")
    _locked_read(monkeypatch, "locked.txt")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "--errors", str(errors)]) == 1
    summary = summary_of(capsys.readouterr().err)
    assert summary == "7 files: 1 extracted, 1 no races found, 2 skipped, 3 failed"
    assert sum(int(part.split()[0]) for part in summary.split(": ")[1].split(", ")) == 7
    assert [r["source"] for r in records_of(out)] == [str(folder / "good.txt")]
    problems = {Path(p["path"]).name: p for p in records_of(errors)}
    assert {name: (p["status"], p["stage"]) for name, p in problems.items()} == {
        "broken.txt": ("failed", "decode"), "empty.txt": ("skipped", "extract"), "image.txt": ("failed", "decode"),
        "locked.txt": ("failed", "read"), "swedish.txt": ("skipped", "extract")}
    assert problems["swedish.txt"]["message"] == "language:sv"
    assert problems["empty.txt"]["message"] == "empty"
    assert "invalid UTF-8" in problems["broken.txt"]["message"]
    assert "binary" in problems["image.txt"]["message"]
    assert "Permission denied" in problems["locked.txt"]["message"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway (the test above simulates it)")
def test_chmod_000_file_fails_alone(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(RACE_A, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(RACE_B, encoding="utf-8")
    locked.chmod(0)
    try:
        assert main(["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl")]) == 1
    finally:
        locked.chmod(0o644)
    assert "1 extracted, 0 no races found, 0 skipped, 1 failed" in capsys.readouterr().err


def test_csv_one_row_per_result(tmp_path):
    (tmp_path / "a.txt").write_text(RACE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NORWEGIAN, encoding="utf-8")
    out = tmp_path / "out" / "races.csv"            # the format comes from the suffix
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out), "--quiet"]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(Path(r["source"]).name, r["athlete"], r["place"], r["mark"]) for r in rows] == [
        ("a.txt", "Jakob Ingebrigtsen", "1", "3:29.50"), ("a.txt", "Narve Gilje Nordås", "2", "3:31.20"),
        ("b.txt", "Håkon Sæle", "1", "3:35.12"), ("b.txt", "Øystein Ålvik", "2", "3:36.40")]
    assert {(r["meet_name"], r["discipline"], r["encoding"]) for r in rows} == {("Bislett Games", "1500m", "utf-8")}
    assert rows[2]["age"] == "21" and rows[3]["age"] == ""


def test_parquet_one_row_per_result(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "a.txt").write_text(RACE_A, encoding="utf-8")
    out = tmp_path / "races.parquet"
    assert main(["extract", str(tmp_path), "-o", str(out), "--format", "parquet", "--quiet"]) == 0
    table = pq.read_table(out)
    assert table.num_rows == 2
    rows = table.to_pylist()
    assert [(r["athlete"], r["place"], r["mark"], r["distance_m"]) for r in rows] == [
        ("Jakob Ingebrigtsen", 1, "3:29.50", 1500.0), ("Narve Gilje Nordås", 2, "3:31.20", 1500.0)]
    assert rows[0]["flags"] == [] and rows[0]["warnings"] == []


def test_parquet_usage_errors(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text(RACE_A, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--format", "parquet"]) == 2
    assert "needs -o" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "pyarrow", None)           # as if pyarrow were not installed
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "r.parquet")]) == 2
    assert "pip install 'norsk-race-extractor[parquet]'" in capsys.readouterr().err
    assert not (tmp_path / "r.parquet").exists()


def test_merge_same_race_from_two_sources(tmp_path):
    (tmp_path / "a.txt").write_text(RACE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RACE_B, encoding="utf-8")
    (tmp_path / "c.txt").write_text(NORWEGIAN, encoding="utf-8")
    out = tmp_path / "merged.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--merge", "--published", "2024-05-31", "--quiet"]) == 0
    merged, other = records_of(out)
    a, b = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    assert merged["source"] == a and merged["sources"] == [a, b]
    assert other["sources"] == [str(tmp_path / "c.txt")]       # a different date (Saturday): another race
    results = {r["athlete"]: r for r in merged["results"]}
    assert results["Jakob Ingebrigtsen"]["mark"] == "3:29.50" and results["Jakob Ingebrigtsen"]["sources"] == [a, b]
    assert results["Narve Gilje Nordås"]["place"] == 2 and results["Narve Gilje Nordås"]["mark"] == "3:31.20"
    assert f"sources disagree on the mark of Jakob Ingebrigtsen: 3:29.50 ({a}) and 3:29.60 ({b})" in merged["warnings"]
    assert f"sources disagree on the place of Narve Gilje Nordås: 2 ({a}) and 3 ({b})" in merged["warnings"]


def _batch_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("nb-01", "nb-02", "nb-03", "nn-01", "sv-01"):
        shutil.copy(CORPUS / f"{name}.txt", folder / f"{name}.txt")
    shutil.copy(CORPUS / "nb-01.json", folder / "nb-01.json")       # nb-01's published date
    (folder / "feed.jsonl").write_text("\n".join(json.dumps({"text": t, "id": f"feed-{i}"})
                                                 for i, t in enumerate([RACE_A, NO_RACES, RACE_B, NORWEGIAN])),
                                       encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    return folder


def test_jobs_2_gives_the_same_bytes_as_jobs_1(tmp_path):
    folder = _batch_folder(tmp_path)
    outputs = {}
    for jobs in ("1", "2"):
        out, errors = tmp_path / f"out{jobs}.jsonl", tmp_path / f"errors{jobs}.jsonl"
        assert main(["extract", str(folder), "-o", str(out), "--errors", str(errors), "--jobs", jobs, "--quiet"]) == 1
        outputs[jobs] = (out.read_bytes(), errors.read_bytes())
    assert outputs["1"] == outputs["2"]
    assert outputs["1"][0].count(b"\n") > 5


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the crash is patched in before fork")
def test_a_worker_crash_fails_only_its_document(tmp_path, monkeypatch, capsys):
    real = runner.extract_document

    def crashing(text, *args):
        if "KRASJ" in text:
            os._exit(1)         # as if the worker were killed
        return real(text, *args)
    monkeypatch.setattr(runner, "extract_document", crashing)
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(RACE_A, encoding="utf-8")
    (tmp_path / "a2.txt").write_text("KRASJ " + RACE_A, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--jobs", "2"]) == 1
    assert [Path(r["source"]).name for r in records_of(out)] == ["a0.txt", "a1.txt", "a3.txt", "a4.txt", "a5.txt"]
    err = capsys.readouterr().err
    assert "a2.txt: failed (extract): the worker process died" in err
    assert summary_of(err) == "6 files: 5 extracted, 0 no races found, 0 skipped, 1 failed"


def test_interrupted_run_leaves_the_old_output(tmp_path, monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(RACE_A, encoding="utf-8")
    out = tmp_path / "out" / "records.jsonl"
    out.parent.mkdir()
    out.write_text("old\n", encoding="utf-8")
    real, calls = runner.extract_document, []

    def interrupted(*args):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args)
    monkeypatch.setattr(runner, "extract_document", interrupted)
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
                 "-o", str(out), "--errors", str(tmp_path / "out" / "errors.jsonl")]) == 130
    assert out.read_text(encoding="utf-8") == "old\n"
    # no temporary file, no errors file; the journal of the one document done, for --resume
    assert sorted(os.listdir(out.parent)) == ["records.jsonl", "records.jsonl.journal"]


def test_stdout_by_default_and_usage_errors(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(RACE_A, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["results"][0]["athlete"] == "Jakob Ingebrigtsen" and captured.err == ""
    assert main(["extract", str(tmp_path), "--published", "last friday"]) == 2
    assert main(["extract", str(tmp_path), "--jobs", "-1"]) == 2
    assert main(["extract", str(tmp_path), "--format", "xml"]) == 2
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "a.txt" / "out.jsonl")]) == 2
    assert "cannot write the output" in capsys.readouterr().err


def test_help_documents_exit_statuses(capsys):
    assert main(["extract", "--help"]) == 0
    out = capsys.readouterr().out
    assert "exit status: 0" in out and "1 some documents failed" in out and "2 bad usage" in out
