import json

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
    bad.write_bytes(b"\xff\xfe\xfa not utf-8 \xff")
    good = tmp_path / "good.txt"
    good.write_text("Jakob Ingebrigtsen vant 1500 meter på 3.29,50.", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    assert main(["extract", str(bad), str(good), "-o", str(out)]) == 1
    assert "bad.txt" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").count("\n") == 1


def test_bad_usage_exits_2():
    assert main(["extract"]) == 2
    assert main(["evaluate", "/nonexistent/folder"]) == 2
