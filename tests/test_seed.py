"""The article the project started from: seven snippets of one race must become ONE record."""
from extractor import extract
from extractor.schema import validation_errors


def test_seed_is_one_record(seed_text):
    records = extract(seed_text, published="2024-05-26")
    assert len(records) == 1
    record = records[0].to_dict()
    assert validation_errors(record) == []
    assert record["discipline"] == "mile" and record["distance_m"] == 1609.344
    assert record["meet"] == {"name": "Diamond League", "city": "Eugene", "event": "The Bowerman Mile"}
    assert record["margin_s"] == 0.26
    assert record["warnings"] == []
    first, second = record["results"]
    assert (first["place"], first["athlete"], first["age"], first["mark"]) == (1, "Josh Kerr", 26, "3:45.34")
    assert (second["place"], second["athlete"], second["age"], second["mark"]) == (2, "Jakob Ingebrigtsen", 23, "3:45.60")
    assert second["flags"] == ["season_debut"] and first["flags"] == []


def test_seed_evidence_points_into_the_text(seed_text):
    record = extract(seed_text, published="2024-05-26")[0].to_dict()
    spans = [s for r in record["results"] for ss in r["evidence"].values() for s in ss]
    spans += [s for ss in record["evidence"].values() for s in ss]
    assert spans
    for span in spans:
        assert seed_text[span["start"]:span["end"]] == span["text"]


def test_seed_date_resolves_against_publication(seed_text):
    record = extract(seed_text, published="2024-05-26")[0].to_dict()
    assert record["date"] == "2024-05-25"      # natt til søndag / lørdag, published Sunday 26 May
    assert extract(seed_text)[0].to_dict()["date"] is None
