"""Every SQL query in README.md and docs/ runs on a database built from corpus/ and gives a right answer.

Each query is known here by its first comment line, with a check of what its answer must be; a query
added to the documentation without a check here fails `test_every_documented_query_is_checked`.
"""
import json
import re
import sqlite3
from pathlib import Path

import pytest

from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]


def documented_queries() -> dict[str, str]:
    """{first comment line: statement} of every ```sql block in README.md and docs/*.md."""
    queries = {}
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for block in re.findall(r"^```sql\n(.*?)^```", page.read_text(encoding="utf-8"), re.S | re.M):
            for statement in re.split(r";[ \t]*$", block, flags=re.M):      # a statement ends a line
                if re.sub(r"--[^\n]*", "", statement).strip():
                    title = re.search(r"--\s*(.*)", statement)
                    queries[title.group(1).strip() if title else statement.strip()] = statement.strip()
    return queries


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("corpus-db") / "results.sqlite"
    assert main(["extract", str(ROOT / "corpus"), "--db", str(db), "--quiet"]) == 0
    connection = sqlite3.connect(db)
    yield connection
    connection.close()


def records(connection, where: str = "1", *arguments) -> list[dict]:
    return [json.loads(r) for (r,) in connection.execute(f"SELECT record FROM races WHERE {where}", arguments)]


def check_best_1500(connection, rows):
    """The ten best athletics 1500 m marks since 2024, one per athlete, as the stored records have them."""
    best: dict[str, float] = {}
    for record in records(connection, "sport = 'athletics' AND discipline = '1500m' AND date >= '2024-01-01'"):
        for result in record["results"]:
            seconds = _seconds(result["mark"])
            if seconds is not None and seconds < best.get(result["athlete"], float("inf")):
                best[result["athlete"]] = seconds
    expected = sorted(best.items(), key=lambda item: item[1])[:10]
    assert [(name, seconds) for name, _mark, seconds, *_ in rows] == expected
    assert len(expected) == 10
    skaters = {r["athlete"] for record in records(connection, "sport = 'speed_skating' AND discipline = '1500m'")
               for r in record["results"]}
    assert skaters and not skaters & {row[0] for row in rows}      # the answer that was wrong: skaters listed


def check_one_athlete(connection, rows):
    expected = connection.execute("SELECT COUNT(*) FROM results r JOIN athletes a ON a.id = r.athlete_id"
                                  " WHERE a.name = 'Jakob Ingebrigtsen'").fetchone()[0]
    assert len(rows) == expected > 3
    dates = [row[0] for row in rows]
    dated = [d for d in dates if d is not None]
    assert dates == dated + [None] * (len(dates) - len(dated)) and dated == sorted(dated)
    assert {row[1] for row in rows} == {"athletics"}
    assert all((ROOT / source).exists() for *_, source in rows)


def check_biathlon_misses(connection, rows):
    expected = [(record["date"], record["discipline"], record["category"], result["athlete"], result["place"],
                 result["misses"], result["gap_s"])
                for record in records(connection, "sport = 'biathlon'") for result in record["results"]
                if result["misses"] is not None]
    assert sorted(rows, key=repr) == sorted(expected, key=repr) and len(rows) >= 5
    dates = [row[0] or "" for row in rows]
    assert dates == sorted(dates)


def check_statuses(connection, rows):
    counts = {status: n for status, n, _reasons in rows}
    documents = list((ROOT / "corpus").rglob("*.txt"))         # extract searches corpus/held-out too
    assert sum(counts.values()) == len(documents)
    assert counts["extracted"] > 0.9 * len(documents)
    reasons = {status: reasons for status, _n, reasons in rows}
    assert all(reason.startswith("language:") for reason in reasons["skipped"].split(","))


CHECKS = {
    "Best 1500 m times in athletics since 2024, one per athlete (the discipline code alone would": check_best_1500,
    "One athlete's races, with the article each comes from (races without a date last)": check_one_athlete,
    "Biathlon: shots missed and seconds behind the winner, race by race": check_biathlon_misses,
    "What became of the documents: nothing lost": check_statuses,
}


def test_every_documented_query_is_checked():
    queries = documented_queries()
    assert queries, "no ```sql block found in README.md or docs/"
    assert set(queries) == set(CHECKS), "a documented query without a check here, or a check of a query no longer documented"


@pytest.mark.parametrize("title", sorted(CHECKS))
def test_documented_query_gives_the_right_answer(corpus_db, title):
    query = documented_queries().get(title)
    if query is None:
        pytest.fail(f"no documented query starts with -- {title}")
    rows = corpus_db.execute(query).fetchall()
    assert rows, query
    CHECKS[title](corpus_db, rows)


def _seconds(mark):
    from extractor.batch.outputs import mark_number
    return mark_number(mark)
