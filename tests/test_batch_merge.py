"""--merge at the dict level: which records are one race, and what the merged record says."""
from extractor.batch.merge import Merger, race_key


def record(source, athletes, meet="NM", discipline="1500m", date="2024-08-25", city=None, **fields):
    results = [{"athlete": a, "place": p, "mark": m, "age": None, "nationality": None, "flags": [], "evidence": {}}
               for a, p, m in athletes]
    return {"source": source, "sport": "athletics", "discipline": discipline, "distance_m": 1500, "indoor": None,
            "meet": {"name": meet, "city": city, "event": None}, "date": date, "date_text": None, "margin_s": None,
            "language": "nb", "warnings": [], "results": results, "evidence": {}, "encoding": "utf-8", **fields}


def merged(*records):
    merger = Merger()
    for r in records:
        merger.add(r)
    return merger.records()


def test_race_key_needs_meet_and_discipline():
    assert race_key(record("a", [], meet="Bislett  games")) == race_key(record("b", [], meet="Bislett Games"))
    assert race_key(record("a", [], meet=None)) is None
    assert race_key(record("a", [], discipline=None)) is None
    assert race_key(record("a", [], date=None)) != race_key(record("a", []))
    assert race_key(record("a", [], category="kvinner")) != race_key(record("a", [], category="menn"))


def test_same_race_from_two_sources_with_disagreements():
    [race] = merged(record("a", [("Sjur Ness", 1, "3:41.07"), ("Eirik Heggdal", 2, None)], city="Gulen"),
                    record("b", [("Sjur Ness", 2, "3:41.07"), ("Eirik Heggdal", 3, "3:41.33"), ("Martin Hove", None, "3:42.10")],
                           city="Bergen", margin_s=0.26))
    assert race["source"] == "a" and race["sources"] == ["a", "b"] and race["margin_s"] == 0.26
    assert [(r["athlete"], r["place"], r["mark"], r["sources"]) for r in race["results"]] == [
        ("Sjur Ness", 1, "3:41.07", ["a", "b"]), ("Eirik Heggdal", 2, "3:41.33", ["a", "b"]),
        ("Martin Hove", None, "3:42.10", ["b"])]
    assert race["warnings"] == ["sources disagree on the meet city: Gulen (a) and Bergen (b)",
                                "sources disagree on the place of Sjur Ness: 1 (a) and 2 (b)",
                                "sources disagree on the place of Eirik Heggdal: 2 (a) and 3 (b)"]
    assert list(race)[:2] == ["source", "sources"]


def test_races_of_one_source_stay_apart_and_others_join_by_athletes():
    men = record("a", [("Sjur Ness", 1, None)])
    women = record("a", [("Karoline Grøvdal", 1, None)])
    later_women = record("b", [("Karoline Grøvdal", 1, "4:05.11")])
    stranger = record("c", [("Ola Nordmann", 4, None)])      # shares no athlete with either: ambiguous
    races = merged(men, women, later_women, stranger)
    assert [r["sources"] for r in races] == [["a"], ["a", "b"], ["c"]]
    assert races[1]["results"][0]["mark"] == "4:05.11"


def test_records_without_identity_are_never_merged():
    races = merged(record("a", [("Sjur Ness", 1, None)], meet=None), record("b", [("Sjur Ness", 1, None)], meet=None))
    assert [r["sources"] for r in races] == [["a"], ["b"]]


def test_batch_output_validates_against_the_published_schema(tmp_path):
    """Extra batch keys (encoding, sources) and merged records stay inside the record JSON Schema."""
    import json
    from pathlib import Path

    from extractor.cli import main
    from extractor.schema import validation_errors

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    for extra in ([], ["--merge"]):
        out = tmp_path / f"out{len(extra)}.jsonl"
        assert main(["extract", *(str(p) for p in sorted(corpus.glob("nb-0*.txt"))), "-o", str(out), "--quiet", *extra]) == 0
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert records
        for record in records:
            assert validation_errors(record) == [], record.get("source")
