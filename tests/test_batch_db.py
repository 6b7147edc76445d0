"""`extractor extract --db`: idempotent re-runs, every document accounted for, the queries in docs/command-line.md."""
import json
import re
import shutil
import sqlite3
from pathlib import Path

from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("sources", "races", "results", "athletes")
RACE_A = ("Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag med tiden 3.29,50. "
          "Narve Gilje Nordås ble nummer to på 3.31,20.")
RACE_B = "Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag på 3.29,60. Narve Gilje Nordås ble nummer tre."


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def readme_queries() -> list[str]:
    readme = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", readme, re.S)
    statements = [s for block in blocks for s in block.split(";")]
    return [s.strip() for s in statements if re.sub(r"--[^\n]*", "", s).strip()]


def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(RACE_A, encoding="utf-8")
    (folder / "b.txt").write_text(RACE_B, encoding="utf-8")
    shutil.copy(ROOT / "corpus" / "sv-01.txt", folder / "sv.txt")
    (folder / "feed.jsonl").write_text(json.dumps({"text": RACE_A, "id": "feed-1"}) + "\n{broken\n", encoding="utf-8")
    return folder


def test_rerun_updates_rather_than_duplicates(tmp_path):
    folder, db = batch(tmp_path), tmp_path / "results.sqlite"
    args = ["extract", str(folder), "--db", str(db), "--published", "2024-05-31", "--quiet"]
    assert main(args) == 1                                  # the broken JSON line fails
    first = counts(db)
    assert first == {"sources": 5, "races": 3, "results": 6, "athletes": 2}
    assert main(args) == 1
    assert counts(db) == first
    (folder / "b.txt").write_text("Været i Oslo blir fint i morgen, med sol og lite vind.", encoding="utf-8")
    assert main(args) == 1
    assert counts(db) == {"sources": 5, "races": 2, "results": 4, "athletes": 2}
    with sqlite3.connect(db) as connection:
        statuses = dict(connection.execute("SELECT source, status FROM sources").fetchall())
    assert statuses[str(folder / "b.txt")] == "no races found"
    assert statuses[str(folder / "sv.txt")] == "skipped"
    assert statuses[f"{folder / 'feed.jsonl'}#line2"] == "failed"


def test_db_without_output_writes_nothing_to_stdout(tmp_path, capsys):
    folder, db = batch(tmp_path), tmp_path / "results.sqlite"
    main(["extract", str(folder / "a.txt"), "--db", str(db)])
    captured = capsys.readouterr()
    assert captured.out == "" and "1 file: 1 extracted" in captured.err


def test_readme_queries_run(tmp_path):
    folder, db = batch(tmp_path), tmp_path / "results.sqlite"
    main(["extract", str(folder), "--db", str(db), "--published", "2024-05-31", "--quiet"])
    best_1500, races_of_jakob, _biathlon, statuses = readme_queries()      # all four on corpus/: test_doc_queries.py
    with sqlite3.connect(db) as connection:
        best = connection.execute(best_1500).fetchall()
        assert [(name, mark) for name, mark, *_ in best] == [("Jakob Ingebrigtsen", "3:29.50"),
                                                             ("Narve Gilje Nordås", "3:31.20")]
        assert best[0][2] == 209.5 and best[0][3:] == (None, "Bislett Games", "2024-05-30")      # no category
        assert len(connection.execute(races_of_jakob).fetchall()) == 3
        assert {row[0]: row[1] for row in connection.execute(statuses)} == {
            "extracted": 3, "skipped": 1, "failed": 1}
        plan = " ".join(str(row) for row in connection.execute("EXPLAIN QUERY PLAN " + best_1500))
        assert "races_discipline_date" in plan
