"""CSV, Parquet and SQLite carry what tells races apart and what makes marks sortable: race_id,
category, published, url, mark_value, gap_s, misses. And an older results database is migrated."""
import csv
import json
import sqlite3

import pytest

from extractor.batch.db import SCHEMA_VERSION, ResultsDB
from extractor.cli import main

BIATHLON = ("Sturla Holm Lægreid vant sprinten i skiskyting i Oberhof fredag. Johannes Thingnes Bø ble nummer to "
            "etter to bom.\n\nResultater, sprint menn:\n1. Sturla Holm Lægreid, Norge 24.10,5\n"
            "2. Johannes Thingnes Bø, Norge +12,3\n3. Tarjei Bø, Norge +20,1\n")
HIGH_JUMP = "Hedda Lien vant høyde på Bislett Games torsdag med 1,91. Mia Berg ble nummer to med 1,87."
# (athlete, category, published, url, mark_value, gap_s, misses) per row, in output order
EXPECTED = [
    ("Sturla Holm Lægreid", "menn", "2024-01-06", None, 1450.5, None, None),
    ("Johannes Thingnes Bø", "menn", "2024-01-06", None, 1462.8, 12.3, 2),
    ("Tarjei Bø", "menn", "2024-01-06", None, 1470.6, 20.1, None),
    ("Hedda Lien", None, "2024-05-31", "https://example.no/hoyde", 1.91, None, None),
    ("Mia Berg", None, "2024-05-31", "https://example.no/hoyde", 1.87, None, None),
]


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(BIATHLON, encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"id": "ntb-1", "url": "https://example.no/hoyde", "published": "2024-05-31",
                                                "text": HIGH_JUMP}) + "\n", encoding="utf-8")
    return folder


def json_race_ids(folder, tmp_path) -> list[str]:
    out = tmp_path / "records.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "--published", "2024-01-06", "--quiet"]) == 0
    return [r["race_id"] for r in map(json.loads, out.read_text(encoding="utf-8").splitlines()) for _ in r["results"]]


def test_csv_has_race_id_category_source_and_numbers(inputs, tmp_path):
    out = tmp_path / "rows.csv"
    assert main(["extract", str(inputs), "-o", str(out), "--published", "2024-01-06", "--quiet"]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))

    def cell(value):
        return None if value == "" else value
    assert [(r["athlete"], cell(r["category"]), cell(r["published"]), cell(r["url"]),
             float(r["mark_value"]), cell(r["gap_s"]) and float(r["gap_s"]), cell(r["misses"]) and int(r["misses"]))
            for r in rows] == EXPECTED
    assert [r["race_id"] for r in rows] == json_race_ids(inputs, tmp_path)
    assert len({r["race_id"] for r in rows}) == 2


def test_parquet_has_them_typed(inputs, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "rows.parquet"
    assert main(["extract", str(inputs), "-o", str(out), "--published", "2024-01-06", "--quiet"]) == 0
    table = pq.read_table(out)
    assert {name: str(table.schema.field(name).type) for name in ("mark_value", "gap_s", "misses", "race_id")} == {
        "mark_value": "double", "gap_s": "double", "misses": "int64", "race_id": "string"}
    rows = table.to_pylist()
    assert [(r["athlete"], r["category"], r["published"], r["url"], r["mark_value"], r["gap_s"], r["misses"])
            for r in rows] == EXPECTED
    assert [r["race_id"] for r in rows] == json_race_ids(inputs, tmp_path)


def test_sqlite_has_them(inputs, tmp_path):
    db = tmp_path / "results.sqlite"
    assert main(["extract", str(inputs), "--db", str(db), "--published", "2024-01-06", "--quiet"]) == 0
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT a.name, ra.category, ra.published, ra.url, r.mark_value, r.gap_s, r.misses, ra.race_id"
            " FROM results r JOIN races ra ON ra.id = r.race_id JOIN athletes a ON a.id = r.athlete_id"
            " ORDER BY ra.id, r.id").fetchall()
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [row[:7] for row in rows] == EXPECTED
    assert [row[7] for row in rows] == json_race_ids(inputs, tmp_path)


# The schema before version 2, as databases made by earlier versions have it.
VERSION_1 = """
CREATE TABLE sources (id INTEGER PRIMARY KEY, path TEXT NOT NULL, position INTEGER NOT NULL, source TEXT NOT NULL,
    status TEXT NOT NULL, stage TEXT, message TEXT, encoding TEXT, language TEXT, published TEXT, UNIQUE (path, position));
CREATE TABLE races (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    sport TEXT, discipline TEXT, distance_m REAL, indoor INTEGER, meet_name TEXT, meet_city TEXT, meet_event TEXT,
    date TEXT, date_text TEXT, margin_s REAL, language TEXT, warnings TEXT, record TEXT NOT NULL);
CREATE TABLE athletes (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE results (id INTEGER PRIMARY KEY, race_id INTEGER NOT NULL REFERENCES races(id) ON DELETE CASCADE,
    athlete_id INTEGER NOT NULL REFERENCES athletes(id), place INTEGER, mark TEXT, mark_value REAL, age INTEGER,
    nationality TEXT, flags TEXT);
INSERT INTO sources VALUES (1, '/old/a.txt', 1, '/old/a.txt', 'extracted', NULL, NULL, 'utf-8', 'nb', NULL);
INSERT INTO races (id, source_id, sport, discipline, record) VALUES (1, 1, 'athletics', 'HJ', '{"category": "kvinner"}');
"""


def test_an_older_database_gets_the_new_columns_and_keeps_its_rows(inputs, tmp_path):
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as connection:
        connection.executescript(VERSION_1)
    assert main(["extract", str(inputs), "--db", str(db), "--published", "2024-01-06", "--quiet"]) == 0
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("SELECT discipline, category, race_id FROM races WHERE id = 1").fetchone() == ("HJ", "kvinner", None)
        assert connection.execute("SELECT COUNT(*) FROM races WHERE race_id IS NOT NULL").fetchone()[0] == 2
        assert connection.execute("SELECT COUNT(*) FROM results WHERE gap_s IS NOT NULL").fetchone()[0] == 2


def test_a_database_of_a_newer_version_is_refused(tmp_path, capsys):
    db = tmp_path / "new.sqlite"
    with sqlite3.connect(db) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(sqlite3.DatabaseError, match="newer than this extractor"):
        ResultsDB(str(db))
    (tmp_path / "a.txt").write_text(HIGH_JUMP, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--db", str(db)]) == 2        # another database is wanted: usage
    assert "newer than this extractor" in capsys.readouterr().err


def from_excel(key: str, cell: str) -> str:
    """What a cell of the Excel CSV means, written as the plain CSV writes it."""
    if cell.startswith('="') and cell.endswith('"'):
        return cell[2:-1].replace('""', '"')
    return cell.replace(",", ".") if key in ("distance_m", "margin_s", "mark_value", "gap_s") else cell


def test_csv_excel_has_bom_semicolons_decimal_commas_and_guarded_text(inputs, tmp_path):
    feed = inputs / "c.jsonl"
    feed.write_text(json.dumps({"id": "=HYPERLINK(\"http://x\")", "text": HIGH_JUMP}) + "\n"
                    + json.dumps({"id": "1234e56", "text": HIGH_JUMP}) + "\n", encoding="utf-8")
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert main(["extract", str(inputs), "-o", str(plain), "--published", "2024-01-06", "--quiet"]) == 0
    assert main(["extract", str(inputs), "-o", str(excel), "--format", "csv-excel", "--published", "2024-01-06", "--quiet"]) == 0
    data = excel.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfrace_id;source;url;published;") and data.count(b"\r\n") == data.count(b"\n")
    with excel.open(encoding="utf-8-sig", newline="") as handle:
        excel_rows = list(csv.DictReader(handle, delimiter=";"))
    with plain.open(encoding="utf-8", newline="") as handle:
        plain_rows = list(csv.DictReader(handle))
    assert [{k: from_excel(k, v) for k, v in row.items()} for row in excel_rows] == plain_rows
    first = excel_rows[0]
    assert (first["mark"], first["mark_value"], excel_rows[1]["gap_s"]) == ('="24:10.5"', "1450,5", "12,3")
    assert first["date"] == "2024-01-05"                                  # ISO dates: Excel reads them right
    assert {r["source"] for r in excel_rows[-4:]} == {'="=HYPERLINK(""http://x"")"', '="1234e56"'}
    assert "ntb-1" in {r["source"] for r in excel_rows}                   # plain text stays plain


def test_csv_excel_guards_every_cell_excel_would_change():
    from extractor.batch.outputs import _excel_cell
    for key, text in [("mark", "2.05"), ("mark", "2:05:48"), ("race_id", "0123456789012345"), ("race_id", "12e4567890123456"),
                      ("athlete", "-1"), ("source", "@SUM(A1)"), ("source", "+47 22"), ("source", "17.5.")]:
        assert _excel_cell(key, text) == f'="{text}"', text
    for key, text in [("mark", "8062p"), ("race_id", "3f27b4c0a9ccb417"), ("athlete", "Sondre Guttormsen"),
                      ("date", "2024-06-22"), ("published", "2024")]:
        assert _excel_cell(key, text) == text
    assert (_excel_cell("distance_m", 1609.344), _excel_cell("place", 2), _excel_cell("indoor", True)) == ("1609,344", 2, "true")
