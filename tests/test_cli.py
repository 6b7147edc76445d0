import json
import subprocess
import sys

from extractor.cli import main


def test_extract_writes_jsonl_with_source(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Karsten Warholm (28) vant 400 meter hekk på Bislett Games torsdag med tiden 46,52. "
                       "Amerikaneren CJ Allen ble nummer to på 47,58.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out" / "records.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1 and records[0]["source"] == str(article)
    results = {r["athlete"]: r for r in records[0]["results"]}
    assert results["Karsten Warholm"]["mark"] == "46.52" and results["Karsten Warholm"]["place"] == 1
    assert results["CJ Allen"]["place"] == 2 and results["CJ Allen"]["mark"] == "47.58"
    summary = capsys.readouterr().err
    assert "2 files: 1 extracted, 0 no races found, 1 skipped, 0 failed" in summary


def test_unreadable_file_fails_only_itself(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Jakob Ingebrigtsen vant på Bislett, sa Ødegård.".encode("utf-8") + b" \xff not utf-8 \xfe")
    good = tmp_path / "good.txt"
    good.write_text("Jakob Ingebrigtsen vant 1500 meter på 3.29,50.", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    assert main(["extract", str(bad), str(good), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "bad.txt: failed (decode): invalid UTF-8" in err
    assert "2 files: 1 extracted, 0 no races found, 0 skipped, 1 failed" in err
    assert out.read_text(encoding="utf-8").count("\n") == 1


def test_bad_usage_exits_2():
    assert main(["extract"]) == 2
    assert main(["evaluate", "/nonexistent/folder"]) == 2


def test_python_dash_m_reads_standard_input(tmp_path):
    text = "Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag med tiden 3.29,50."
    done = subprocess.run([sys.executable, "-m", "extractor", "extract", "-", "--lang", "nb"], input=text.encode("utf-8"),
                          capture_output=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert record["source"] == "-" and record["results"][0]["mark"] == "3:29.50"
    assert done.stderr.decode("utf-8").strip().endswith("1 file: 1 extracted, 0 no races found, 0 skipped, 0 failed")


def test_extract_writes_the_review_report_beside_the_records(tmp_path):
    from pathlib import Path

    from extractor.cli import main
    article = Path(__file__).resolve().parent.parent / "corpus" / "nb-01.txt"
    out, page = tmp_path / "out.jsonl", tmp_path / "report.html"
    assert main(["extract", str(article), "-o", str(out), "--report", str(page), "--quiet"]) == 0
    html = page.read_text(encoding="utf-8")
    assert "<html" in html and "nb-01.txt" in html
    assert main(["report", str(out), "-o", str(tmp_path / "again.html")]) == 0
    assert (tmp_path / "again.html").stat().st_size > 0


def test_version_prints_the_package_version(capsys):
    from pathlib import Path

    from extractor.version import pyproject_version
    version = pyproject_version(Path(__file__).resolve().parent.parent / "pyproject.toml")
    assert version and main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"extractor {version}"


def test_version_falls_back_to_pyproject_when_not_installed(tmp_path, monkeypatch):
    from importlib import metadata

    from extractor import version

    def not_installed(name):
        raise metadata.PackageNotFoundError(name)
    monkeypatch.setattr(metadata, "version", not_installed)
    project = tmp_path / "pyproject.toml"
    project.write_text('[build-system]\nrequires = ["x"]\n\n[project]\nname = "n"\nversion = "7.8.9"\n\n'
                       '[tool.other]\nversion = "1.0"\n', encoding="utf-8")
    monkeypatch.setattr(version, "PYPROJECT", project)
    assert version.package_version() == "7.8.9"
    monkeypatch.setattr(version, "PYPROJECT", tmp_path / "missing.toml")
    assert version.package_version() == "unknown"


def test_closed_standard_output_exits_quietly_with_141(tmp_path):
    """`extractor extract ... | head -1`: the reader closes the pipe; no traceback, no error message, 141."""
    import os
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"d{n}", "text": "Jakob Ingebrigtsen vant 1500 meter på Bislett Games "
                                        f"torsdag med tiden 3.29,{n:02d}."}) + "\n" for n in range(3)), encoding="utf-8")
    read, write = os.pipe()
    os.close(read)                  # the reader is gone before the first record is flushed
    try:
        done = subprocess.run([sys.executable, "-m", "extractor", "extract", str(feed), "--lang", "nb", "--no-model"],
                              stdout=write, stderr=subprocess.PIPE, timeout=120, cwd=tmp_path)
    finally:
        os.close(write)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 141, err
    assert "Traceback" not in err and "Broken pipe" not in err and "BrokenPipe" not in err, err


RACE = "Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag med tiden 3.29,50. Narve Gilje Nordås ble nummer to."


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, capsys, monkeypatch):
    import os
    feed = tmp_path / "feed.jsonl"
    content = json.dumps({"id": "a", "text": RACE}, ensure_ascii=False) + "\n"
    feed.write_text(content, encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to(feed)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    for args in (["../feed.jsonl", "-o", "../feed.jsonl"], [str(tmp_path / "link.jsonl"), "-o", "../feed.jsonl"],
                 [str(feed), "-o", str(tmp_path / "out.jsonl"), "--errors", str(feed)],
                 [str(feed), "--db", "../link.jsonl"], [str(feed), "--report", str(feed)],
                 [str(tmp_path), "-o", str(feed)]):      # a real feed inside the searched folder
        assert main(["extract", *args, "--no-model"]) == 2, args
        err = capsys.readouterr().err
        assert "is also an input" in err and "feed.jsonl" in err, err
        assert feed.read_text(encoding="utf-8") == content
    assert not (tmp_path / "out.jsonl").exists() and sorted(os.listdir(tmp_path)) == ["feed.jsonl", "link.jsonl", "sub"]


def test_outputs_inside_the_input_folder_are_not_read_back(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(RACE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Dette er ikke norsk nok? This is an English text about nothing at all, really.",
                                    encoding="utf-8")
    out, errors, page = tmp_path / "out" / "records.jsonl", tmp_path / "errors.jsonl", tmp_path / "review.html"
    args = ["extract", str(tmp_path), "-o", str(out), "--errors", str(errors), "--report", str(page), "--no-model"]
    assert main(args) == 0
    first = out.read_text(encoding="utf-8")
    assert "2 files: 1 extracted, 0 no races found, 1 skipped, 0 failed" in capsys.readouterr().err
    assert main(args) == 0
    summary = capsys.readouterr().err.strip().splitlines()[-2]      # the last line names the report
    assert summary.startswith("2 files: 1 extracted, 0 no races found, 1 skipped, 0 failed; "
                              "left out of the folder search: 3 outputs of this run ("), summary
    assert out.read_text(encoding="utf-8") == first
    other = tmp_path / "second.jsonl"           # another run's outputs in the folder: left out, said why
    assert main(["extract", str(tmp_path), "-o", str(other), "--no-model"]) == 0
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith("2 files: 1 extracted, 0 no races found, 1 skipped, 0 failed; left out of the folder "
                              "search: 1 --errors file ("), summary
    assert "1 records file written by the extractor (" in summary and "1 review report (" in summary
    assert other.read_text(encoding="utf-8") == first


def test_a_bad_published_in_a_feed_gives_records_without_a_date_and_a_warning(tmp_path, capsys):
    # before: "b: failed (extract): ValueError: published must be an ISO date", exit 1
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": RACE, "published": "2024-06-13"}) + "\n"
                    + json.dumps({"id": "b", "text": RACE, "published": "igår"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(feed), "-o", str(out), "--no-model", "--lang", "nb"]) == 0
    err = capsys.readouterr().err
    warning = f"{feed}#line2: published 'igår' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): ignored"
    assert f"extractor: warning: {warning}" in err
    assert err.strip().splitlines()[-1] == "1 file, 2 documents: 2 extracted, 0 no races found, 0 skipped, 0 failed"
    a, b = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert a["date"] == "2024-06-13" and a["warnings"] == []
    assert b["source"] == "b" and b["date"] is None and b["warnings"] == [warning]


def _gold(folder, stem, sport="athletics"):
    folder.mkdir(exist_ok=True)
    (folder / f"{stem}.txt").write_text(RACE, encoding="utf-8")
    gold = {"id": stem, "language": "nb", "published": "2024-06-13", "results": [
        {"athlete": "Jakob Ingebrigtsen", "sport": sport, "discipline": "1500m", "place": 1, "mark": "3:29.50"}]}
    (folder / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_evaluate_json_to_standard_output_is_json_alone(tmp_path, capsys):
    _gold(tmp_path / "gold", "g1")
    assert main(["evaluate", str(tmp_path / "gold"), "--json", "-", "--no-model"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)           # the text table before it made this fail
    assert report["micro"]["tp"] > 0 and len(report["documents"]) == 1
    assert captured.err.startswith("field ") and "micro" in captured.err


def test_evaluate_unknown_sport_or_empty_selection_exits_2(tmp_path, capsys):
    # before: P/R/F1 1.000 and exit 0 for each of these
    _gold(tmp_path / "gold", "g1")
    (tmp_path / "empty").mkdir()
    for args, message in (([str(tmp_path / "gold"), "--sport", "athletic"], "--sport athletic: unknown sport; one of athletics,"),
                          ([str(tmp_path / "gold"), "--sport", "!athletic"], "unknown sport"),
                          ([str(tmp_path / "gold"), "--sport", "swimming"], "nothing to score: no gold documents"),
                          ([str(tmp_path / "empty")], "nothing to score: no gold documents")):
        assert main(["evaluate", *args, "--no-model"]) == 2, args
        captured = capsys.readouterr()
        assert message in captured.err and captured.out == "", (args, captured)
    assert "mostly of sport swimming" in (main(["evaluate", str(tmp_path / "gold"), "--sport", "swimming"]),
                                          capsys.readouterr().err)[1]
    assert main(["evaluate", str(tmp_path / "gold"), "--sport", "!swimming", "--no-model"]) == 0


def _stdin(monkeypatch, data: str):
    import io
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))


def test_standard_input_as_json_lines_json_or_a_web_page(tmp_path, monkeypatch, capsys):
    # standard input was always one text: a JSON Lines feed piped in became one document of JSON
    lines = "".join(json.dumps({"id": f"d{n}", "body": RACE, "published": "2024-06-13"}, ensure_ascii=False) + "\n"
                    for n in (1, 2))
    _stdin(monkeypatch, lines)
    out = tmp_path / "out.jsonl"
    assert main(["extract", "-", "--input-format", "jsonl", "--text-key", "body", "-o", str(out), "--no-model"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == ["d1", "d2"] and all(r["date"] == "2024-06-13" for r in records)
    assert capsys.readouterr().err.strip().endswith("1 file, 2 documents: 2 extracted, 0 no races found, 0 skipped, 0 failed")
    _stdin(monkeypatch, lines)                                              # without --text-key: a clear failure
    assert main(["extract", "-", "--input-format", "jsonl", "-o", str(out), "--no-model"]) == 1
    assert '-#line1: failed (parse): no "text" string in this JSON object (if another field holds the text: ' \
           "--text-key KEY)" in capsys.readouterr().err
    _stdin(monkeypatch, json.dumps([{"text": RACE, "id": "one"}], ensure_ascii=False))
    assert main(["extract", "-", "--input-format", "json", "-o", str(out), "--no-model"]) == 0
    assert [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()] == ["one"]
    _stdin(monkeypatch, f"<html><head><title>Bislett</title></head><body><article><p>{RACE}</p></article></body></html>")
    assert main(["extract", "-", "--input-format", "html", "-o", str(out), "--no-model"]) == 0
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "<p>" not in json.dumps(record) and record["results"][0]["athlete"] == "Jakob Ingebrigtsen"
    capsys.readouterr()
    assert main(["extract", str(tmp_path), "--input-format", "jsonl"]) == 2
    assert "--input-format is for standard input" in capsys.readouterr().err


def test_text_key_for_feed_files(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "article": RACE}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(feed), "--text-key", "article", "-o", str(out), "--no-model", "--lang", "nb"]) == 0
    assert [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a"]
