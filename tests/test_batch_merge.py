"""--merge: which records are one race (a table of article pairs, then records), and what the merged record says."""
import pytest

from extractor.api import extract
from extractor.batch.merge import Merger


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


# Two articles each, (text, published): merged into one race or not, and what the merged race says.
PAIRS = [
    pytest.param(("Karsten Warholm vant 400 meter hekk på Bislett Games torsdag.", None),
                 ("Det ble norsk seier på Bislett: Warholm tok en klar seier på 400 meter hekk.", None),
                 True, {"athlete": "Karsten Warholm", "meet": {"name": "Bislett Games", "city": "Bislett", "event": None}},
                 id="issue-20: meet name and its ground, full name and surname"),
    pytest.param(("Hedda Hynne vant 800 meter på Bislett lørdag.", "2024-06-03"),
                 ("Hynne vant 800 meter i Oslo lørdag med tiden 2.00,12.", "2024-06-02"),
                 True, {"athlete": "Hedda Hynne", "mark": "2:00.12", "date": "2024-06-01"}, id="ground and its town"),
    pytest.param(("K. Warholm vant 400 meter hekk på Bislett torsdag.", "2024-05-31"),
                 ("Karsten Warholm vant 400 meter hekk på Bislett Games torsdag.", "2024-05-31"),
                 True, {"athlete": "Karsten Warholm"}, id="initial and first name"),
    pytest.param(("Ingrid Lund vant 3000 meter for kvinner i Drammen onsdag.", "2024-06-06"),
                 ("Ingrid Lund vant 3000 meter i kvinneklassen i Drammen onsdag.", "2024-06-06"),
                 True, {"category": "kvinner"}, id="one category in two words"),
    pytest.param(("Johannes Thingnes Bø vann sprinten i verdscupen i skiskyting i Hochfilzen laurdag.", "2024-12-15"),
                 ("Bø vant sprinten i verdenscupen i skiskyting i Hochfilzen lørdag.", "2024-12-15"),
                 True, {"athlete": "Johannes Thingnes Bø", "sport": "biathlon"}, id="Nynorsk and Bokmål cup"),
    pytest.param(("Karoline Bjerkeli Grøvdal vant 5000 meter på Bislett onsdag på tiden 14.50,02.", "2024-06-06"),
                 ("Karoline Bjerkeli Grøvdal ble nummer to på 5000 meter på Bislett onsdag.", "2024-06-06"),
                 True, {"warning": "sources disagree on the place of Karoline Bjerkeli Grøvdal: 1 (a) and 2 (b)"},
                 id="disagreeing places warned"),
    pytest.param(("Bakke vant 1500 meter for menn på Jessheim lørdag.", "2024-06-03"),
                 ("Bakke vant 1500 meter for kvinner på Jessheim lørdag.", "2024-06-03"),
                 False, {}, id="men's and women's race"),
    pytest.param(("Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag.", "2024-05-31"),
                 ("Jakob Ingebrigtsen vant 1500 meter på Bislett Games torsdag.", "2023-06-16"),
                 False, {}, id="same athlete, another year"),
    pytest.param(("Karsten Warholm vant 400 meter hekk i Oslo fredag.", "2024-06-01"),
                 ("Karsten Warholm vant 400 meter i Oslo fredag.", "2024-06-01"),
                 False, {}, id="other discipline"),
    pytest.param(("Sondre Guttormsen vant stavsprang i Bergen søndag.", "2024-06-10"),
                 ("Sondre Guttormsen vant stavsprang i Stavanger søndag.", "2024-06-10"),
                 False, {}, id="other town"),
    pytest.param(("Karoline Bjerkeli Grøvdal vant 5000 meter på Ekeberg onsdag.", "2024-06-06"),
                 ("Karoline Bjerkeli Grøvdal vant 5000 meter på Bislett onsdag.", "2024-06-06"),
                 False, {}, id="two grounds in one town"),
    pytest.param(("Karsten Warholm vant 400 meter hekk på Bislett Games torsdag.", "2024-05-31"),
                 ("Karsten Warholm vant 400 meter hekk i Bergen torsdag.", "2024-05-31"),
                 False, {}, id="meet held in another town"),
    pytest.param(("Henrik Ingebrigtsen vant 5000 meter i Bergen søndag.", "2024-06-10"),
                 ("Jakob Ingebrigtsen vant 5000 meter i Bergen søndag.", "2024-06-10"),
                 False, {}, id="no athlete in both (brothers)"),
    pytest.param(("Warholm vant 400 meter hekk.", None), ("Karsten Warholm vant 400 meter hekk.", None),
                 False, {}, id="nothing but athlete and discipline"),
]


@pytest.mark.parametrize("first, second, one_race, says", PAIRS)
def test_article_pairs_merged_or_kept_apart(first, second, one_race, says):
    records = []
    for source, (text, published) in zip("ab", (first, second)):
        [race] = extract(text, published=published, source=source)      # each article tells one race
        records.append(race.to_dict())
    races = merged(*records)
    assert [r["sources"] for r in races] == ([["a", "b"]] if one_race else [["a"], ["b"]])
    race = races[0]
    for key, value in says.items():
        if key in ("athlete", "mark"):
            assert race["results"][0][key] == value and race["results"][0]["sources"] == ["a", "b"]
        elif key == "warning":
            assert value in race["warnings"]
        else:
            assert race[key] == value
    # the other order gives the same race, the fuller name and the values of both
    if one_race:
        [other] = merged(*reversed(records))
        assert other["sources"] == ["b", "a"]
        assert [r["athlete"] for r in other["results"]] == [r["athlete"] for r in race["results"]]


def test_the_issue_records_meet_name_against_the_ground_only():
    """The records the issue's two articles give: one with the meet, one with the ground and surname only."""
    meet = record("a", [("Karsten Warholm", 1, None)], meet="Bislett Games", discipline="400mH", date=None)
    ground = record("b", [("Warholm", 1, None)], meet=None, city="Bislett", discipline="400mH", date=None)
    ground["results"][0]["age"] = 28
    [race] = merged(meet, ground)
    assert race["sources"] == ["a", "b"] and race["meet"] == {"name": "Bislett Games", "city": "Bislett", "event": None}
    assert [(r["athlete"], r["age"], r["sources"]) for r in race["results"]] == [("Karsten Warholm", 28, ["a", "b"])]
    assert race["warnings"] == []


def test_same_race_from_two_sources_with_disagreements():
    [race] = merged(record("a", [("Sjur Ness", 1, "3:41.07"), ("Eirik Heggdal", 2, None)], city="Gulen"),
                    record("b", [("Sjur Ness", 2, "3:41.07"), ("Eirik Heggdal", 3, "3:41.33"), ("Martin Hove", None, "3:42.10")],
                           margin_s=0.26),
                    record("c", [("Martin Hove", 3, "3:42.20"), ("Sjur Ness", 1, None)], margin_s=0.3))
    assert race["source"] == "a" and race["sources"] == ["a", "b", "c"] and race["margin_s"] == 0.26
    assert [(r["athlete"], r["place"], r["mark"], r["sources"]) for r in race["results"]] == [
        ("Sjur Ness", 1, "3:41.07", ["a", "b", "c"]), ("Eirik Heggdal", 2, "3:41.33", ["a", "b"]),
        ("Martin Hove", 3, "3:42.10", ["b", "c"])]
    assert race["warnings"] == ["sources disagree on the place of Sjur Ness: 1 (a) and 2 (b)",
                                "sources disagree on the place of Eirik Heggdal: 2 (a) and 3 (b)",
                                "sources disagree on the margin_s: 0.26 (b) and 0.3 (c)",   # b gave the first value
                                "sources disagree on the mark of Martin Hove: 3:42.10 (b) and 3:42.20 (c)"]
    assert list(race)[:2] == ["source", "sources"]


def test_races_of_one_source_stay_apart_and_others_join_by_athletes():
    men = record("a", [("Sjur Ness", 1, None)])
    women = record("a", [("Karoline Grøvdal", 1, None)])
    later_women = record("b", [("Karoline Grøvdal", 1, "4:05.11")])
    stranger = record("c", [("Ola Nordmann", 4, None)])      # shares no athlete with either
    races = merged(men, women, later_women, stranger)
    assert [r["sources"] for r in races] == [["a"], ["a", "b"], ["c"]]
    assert races[1]["results"][0]["mark"] == "4:05.11"


def test_a_surname_that_fits_two_athletes_or_two_races_joins_neither():
    brothers = record("a", [("Jakob Ingebrigtsen", 1, None), ("Henrik Ingebrigtsen", 2, None)])
    assert [r["sources"] for r in merged(brothers, record("b", [("Ingebrigtsen", 1, None)]))] == [["a"], ["b"]]
    # a record without a date fits the races of two days equally: it joins neither
    day1 = record("a", [("Sjur Ness", 1, None)], date="2024-08-24", city="Bergen")
    day2 = record("b", [("Sjur Ness", 2, None)], city="Bergen")
    undated = record("c", [("Sjur Ness", 1, None)], date=None, city="Bergen")
    assert [r["sources"] for r in merged(day1, day2, undated)] == [["a"], ["b"], ["c"]]


def test_records_without_a_discipline_are_never_merged():
    races = merged(record("a", [("Sjur Ness", 1, None)], discipline=None), record("b", [("Sjur Ness", 1, None)], discipline=None))
    assert [r["sources"] for r in races] == [["a"], ["b"]]


def test_a_race_told_without_a_date_is_none_run_after_its_article():
    """An article of 2024-08-12 that mentions a July race in Monaco without its day is not the report of
    a race in Monaco on 2025-07-11; it can be one of 2024-07-12 (the publication date bounds the race)."""
    undated = record("a", [("Jakob Ingebrigtsen", None, "3:26.73")], meet=None, city="Monaco", date=None)
    later = record("b", [("Jakob Ingebrigtsen", 1, None)], meet="Diamond League", city="Monaco", date="2025-07-11")
    same_year = dict(later, source="c", date="2024-07-12")
    for published, sources in (("2024-08-12", [["a"], ["b"]]), ("2024-08-12T09:30:00+02:00", [["a"], ["b"]]),
                               ("2025-08", [["a", "b"]]), (None, [["a", "b"]])):
        merger = Merger()
        merger.add(undated, published)
        merger.add(later, "2025-07-12")
        assert [r["sources"] for r in merger.records()] == sources, published
    merger = Merger()
    for r in (undated, later, same_year):
        merger.add(r, "2024-08-12" if r is undated else None)
    assert [r["sources"] for r in merger.records()] == [["a", "c"], ["b"]]
    # a record's own `published` serves as well
    merger = Merger()
    merger.add(dict(undated, published="2024-08-12"))
    merger.add(later)
    assert len(merger.records()) == 2


def test_merge_over_a_feed_bounds_undated_races_by_each_documents_published(tmp_path):
    import json

    from extractor.cli import main

    earlier = "Jakob Ingebrigtsen kom til OL som favoritt. I juli hadde han vunnet 1500 meter i Monaco på 3.26,73."
    report = "Jakob Ingebrigtsen vant 1500 meter i Monaco fredag."
    for published, races in (("2025-07-12", 2), ("2024-07-13", 1)):
        feed = tmp_path / f"feed-{published}.jsonl"
        feed.write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in (
            {"id": "a", "text": earlier, "published": "2024-08-12"}, {"id": "b", "text": report, "published": published})),
            encoding="utf-8")
        out = tmp_path / f"out-{published}.jsonl"
        assert main(["extract", str(feed), "-o", str(out), "--merge", "--quiet"]) == 0
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert len(records) == races, (published, records)


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
