"""The results database (SQLite): sources, races, results, athletes.

One transaction per input file: its earlier rows are deleted (races and results go with them) and
its documents inserted again, so running a batch twice updates rather than duplicates. Every
document has a `sources` row with its status, so skipped and failed ones are there too. Races are
stored per source, not merged: a race told by two articles is two races rows. `mark_value` is
the mark as a number (seconds, metres or points) for sorting.

`races.race_id` is the record's stable id (text, as in JSON and CSV); `results.race_id` is the
`races.id` row it belongs to. The schema's version is SQLite's `user_version` (SCHEMA_VERSION): a
database of an older version gets the new columns added (ALTER TABLE; `races.category` filled from
the stored record, the other new columns empty until their files are run again); one of a newer
version is refused.
"""
from __future__ import annotations

import json
import os
import sqlite3

from .outcome import Outcome
from .outputs import mark_number

SCHEMA_VERSION = 2          # 2: races.race_id, category, published, url; results.gap_s, misses

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    id        INTEGER PRIMARY KEY,
    path      TEXT NOT NULL,           -- the input file, absolute ('-' for standard input)
    position  INTEGER NOT NULL,        -- the document inside the file, from 1
    source    TEXT NOT NULL,           -- the records' `source`
    status    TEXT NOT NULL,           -- extracted, no races found, skipped, failed
    stage     TEXT,
    message   TEXT,
    encoding  TEXT,
    language  TEXT,
    published TEXT,
    UNIQUE (path, position)
);
CREATE TABLE IF NOT EXISTS races (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    race_id    TEXT,                   -- the record's stable race_id
    sport      TEXT,
    discipline TEXT,
    distance_m REAL,
    indoor     INTEGER,
    category   TEXT,
    meet_name  TEXT,
    meet_city  TEXT,
    meet_event TEXT,
    date       TEXT,
    date_text  TEXT,
    margin_s   REAL,
    language   TEXT,
    published  TEXT,                   -- the publication date the dates were resolved with
    url        TEXT,
    warnings   TEXT,                   -- JSON list
    record     TEXT NOT NULL           -- the whole record as JSON, evidence included
);
CREATE TABLE IF NOT EXISTS athletes (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS results (
    id          INTEGER PRIMARY KEY,
    race_id     INTEGER NOT NULL REFERENCES races(id) ON DELETE CASCADE,
    athlete_id  INTEGER NOT NULL REFERENCES athletes(id),
    place       INTEGER,
    mark        TEXT,
    mark_value  REAL,
    gap_s       REAL,                  -- behind the winner, in seconds
    misses      INTEGER,               -- biathlon: shots missed
    age         INTEGER,
    nationality TEXT,
    flags       TEXT                   -- space-separated
);
CREATE INDEX IF NOT EXISTS races_source ON races(source_id);
CREATE INDEX IF NOT EXISTS races_race_id ON races(race_id);
CREATE INDEX IF NOT EXISTS races_discipline_date ON races(discipline, date);
CREATE INDEX IF NOT EXISTS races_meet_date ON races(meet_name, date);
CREATE INDEX IF NOT EXISTS results_race ON results(race_id);
CREATE INDEX IF NOT EXISTS results_athlete ON results(athlete_id, mark_value);
CREATE INDEX IF NOT EXISTS sources_status ON sources(status);
"""


class ResultsDB:
    def __init__(self, path: str):
        self.connection = sqlite3.connect(path, isolation_level=None)   # transactions by hand
        self.connection.execute("PRAGMA foreign_keys = ON")
        try:
            _migrate(self.connection)
        except BaseException:
            self.connection.close()
            raise
        self.file: str | None = None

    def add(self, outcome: Outcome) -> None:
        """Store a document; the first document of a file replaces the file's earlier rows."""
        path = outcome.path if outcome.path == "-" else os.path.abspath(outcome.path)
        if path != self.file:
            self.commit()
            self.connection.execute("BEGIN")
            self.connection.execute("DELETE FROM sources WHERE path = ?", (path,))
            self.file = path
        source_id = self.connection.execute(
            "INSERT INTO sources (path, position, source, status, stage, message, encoding, language, published)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (path, outcome.position, outcome.source, outcome.status, outcome.stage, outcome.message,
             outcome.encoding, outcome.language, outcome.published)).lastrowid
        for record in outcome.records:
            self._add_race(source_id, record)

    def _add_race(self, source_id: int, record: dict) -> None:
        meet = record.get("meet") or {}
        row_id = self.connection.execute(
            "INSERT INTO races (source_id, race_id, sport, discipline, distance_m, indoor, category, meet_name, meet_city,"
            " meet_event, date, date_text, margin_s, language, published, url, warnings, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (source_id, record.get("race_id"), record.get("sport"), record.get("discipline"), record.get("distance_m"),
             record.get("indoor"), record.get("category"), meet.get("name"), meet.get("city"), meet.get("event"),
             record.get("date"), record.get("date_text"), record.get("margin_s"), record.get("language"),
             record.get("published"), record.get("url"), json.dumps(record.get("warnings", []), ensure_ascii=False),
             json.dumps(record, ensure_ascii=False))).lastrowid
        for result in record.get("results", []):
            self.connection.execute("INSERT OR IGNORE INTO athletes (name) VALUES (?)", (result["athlete"],))
            self.connection.execute(
                "INSERT INTO results (race_id, athlete_id, place, mark, mark_value, gap_s, misses, age, nationality, flags)"
                " VALUES (?, (SELECT id FROM athletes WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?)",
                (row_id, result["athlete"], result.get("place"), result.get("mark"), mark_number(result.get("mark")),
                 result.get("gap_s"), result.get("misses"), result.get("age"), result.get("nationality"),
                 " ".join(result.get("flags", []))))

    def commit(self) -> None:
        if self.file is not None:
            self.connection.execute("COMMIT")
            self.file = None

    def close(self) -> None:
        """Commit the last file, drop athletes no result refers to any more, close."""
        self.commit()
        self.connection.execute("DELETE FROM athletes WHERE id NOT IN (SELECT athlete_id FROM results)")
        self.connection.close()

    def abort(self) -> None:
        """Roll back the file being written (earlier files stay), close."""
        if self.file is not None:
            self.connection.execute("ROLLBACK")
            self.file = None
        self.connection.close()


ADDED = {2: (("races", "race_id", "TEXT"), ("races", "category", "TEXT"), ("races", "published", "TEXT"),
             ("races", "url", "TEXT"), ("results", "gap_s", "REAL"), ("results", "misses", "INTEGER"))}


def _migrate(connection: sqlite3.Connection) -> None:
    """Bring the database to SCHEMA_VERSION in one transaction: a new one is created; an older one gets
    the columns added since."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(f"the database has schema version {version}, newer than this extractor's "
                                    f"{SCHEMA_VERSION}: use a newer extractor or another database")
    steps = []
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'races'").fetchone():
        for since, columns in sorted(ADDED.items()):
            for table, column, kind in columns if since > version else ():
                if column not in {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}:
                    steps.append(f"ALTER TABLE {table} ADD COLUMN {column} {kind};")
        if version < 2:
            steps.append("UPDATE races SET category = json_extract(record, '$.category') WHERE category IS NULL;")
    connection.executescript("BEGIN;\n" + "\n".join(steps) + SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")
