import json

import pytest

from extractor.evaluation import (
    Counts,
    EvaluationReport,
    align,
    evaluate,
    flatten_records,
    format_report,
    load_gold,
    mark_value,
    score_document,
)

FIELDS_NULL = {
    "sport": None,
    "discipline": None,
    "indoor": None,
    "mark": None,
    "place": None,
    "age": None,
    "nationality": None,
    "meet_name": None,
    "meet_city": None,
    "date": None,
    "flags": [],
}


def entry(athlete, **fields):
    """A gold-shaped entry: every field null unless given."""
    return {"athlete": athlete, **FIELDS_NULL, **fields}


def record(results, discipline=None, sport="athletics", meet=None, date=None, indoor=None, source="doc.txt"):
    return {
        "source": source,
        "sport": sport,
        "discipline": discipline,
        "indoor": indoor,
        "meet": meet or {"name": None, "city": None},
        "date": date,
        "results": results,
    }


def result(athlete, **fields):
    return {"athlete": athlete, "place": None, "mark": None, "age": None, "nationality": None, "flags": [], **fields}


def score(gold_entries, predicted_entries):
    return score_document("doc", "nb", gold_entries, predicted_entries)


def counts(document, field):
    found = document.field_counts[field]
    return found.tp, found.fp, found.fn


def write_gold(folder, stem, results, language="nb", text="Tekst.", published="2024-05"):
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    gold = {"id": stem, "source_url": None, "language": language, "published": published, "results": results}
    (folder / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")


# --- load_gold ---------------------------------------------------------------------------------


def test_load_gold_pairs_text_and_json_by_stem(tmp_path):
    write_gold(tmp_path, "b", [entry("Karsten Warholm")], text="Warholm vant.")
    write_gold(tmp_path, "a", [])
    (tmp_path / "notes.txt").write_text("no gold for this one", encoding="utf-8")

    documents = load_gold(tmp_path)

    assert [document.stem for document in documents] == ["a", "b"]
    assert documents[1].text == "Warholm vant."
    assert documents[1].text_path == tmp_path / "b.txt"
    assert documents[1].gold["results"][0]["athlete"] == "Karsten Warholm"


def test_load_gold_json_without_text_names_the_file(tmp_path):
    (tmp_path / "lonely.json").write_text('{"results": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="lonely.json"):
        load_gold(tmp_path)


def test_load_gold_unparsable_json_names_the_file(tmp_path):
    (tmp_path / "broken.txt").write_text("Tekst.", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json"):
        load_gold(tmp_path)


# --- flatten_records ---------------------------------------------------------------------------


def test_flatten_carries_record_fields_into_every_result():
    records = [
        record(
            [result("Josh Kerr", place=1, mark="3:45.34", age=26, nationality="GBR", flags=["WL"]), result("Yared Nuguse")],
            discipline="1500m",
            meet={"name": "Diamond League", "city": "Eugene", "country": "USA"},
            date="2024-05-25",
            indoor=False,
        )
    ]

    entries = flatten_records(records)

    assert entries[0] == {
        "athlete": "Josh Kerr",
        "sport": "athletics",
        "discipline": "1500m",
        "indoor": False,
        "mark": "3:45.34",
        "place": 1,
        "age": 26,
        "nationality": "GBR",
        "meet_name": "Diamond League",
        "meet_city": "Eugene",
        "date": "2024-05-25",
        "flags": ["WL"],
    }
    assert entries[1]["athlete"] == "Yared Nuguse"
    assert entries[1]["meet_city"] == "Eugene"


def test_flatten_result_discipline_overrides_record_only_when_present():
    records = [record([result("A", discipline="800m"), result("B", discipline=None), result("C")], discipline="1500m")]
    assert [entry["discipline"] for entry in flatten_records(records)] == ["800m", "1500m", "1500m"]


# --- mark_value --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mark, value",
    [
        ("3:45.34", 225.34),
        ("3:45.340", 225.34),
        ("2:05:48", 7548.0),
        ("59:47", 3587.0),
        ("1:00:26", 3626.0),
        ("33:38.8", 2018.8),
        ("46.52", 46.52),
        ("5.81", 5.81),
        ("82", 82.0),
        ("8608p", 8608.0),
    ],
)
def test_mark_value_of_canonical_marks(mark, value):
    assert mark_value(mark) == pytest.approx(value)


@pytest.mark.parametrize("mark", ["3.45,34", "46,52", "DNF", "", "12.3 s", "1:2:3:4", None])
def test_mark_value_of_non_canonical_marks_is_none(mark):
    assert mark_value(mark) is None


# --- alignment ---------------------------------------------------------------------------------


def test_align_by_surname_when_one_side_has_surname_only():
    gold = [entry("Josh Kerr", discipline="1500m"), entry("Jakob Ingebrigtsen", discipline="1500m")]
    predicted = [entry("Ingebrigtsen", discipline="1500m"), entry("kerr")]
    assert align(gold, predicted) == [(0, 1), (1, 0)]


def test_align_needs_same_athlete():
    # Different first names with the same surname are different people.
    assert align([entry("Filip Ingebrigtsen")], [entry("Jakob Ingebrigtsen")]) == []


def test_contradicting_disciplines_block_alignment():
    gold = [entry("Karsten Warholm", discipline="400mH", mark="46.52")]
    assert align(gold, [entry("Karsten Warholm", discipline="400m", mark="46.52")]) == []
    assert align(gold, [entry("Karsten Warholm", discipline=None, mark="46.52")]) == [(0, 0)]
    assert align(gold, [entry("Karsten Warholm", discipline="400mh")]) == [(0, 0)]


def test_align_takes_best_agreement_first():
    gold = [
        entry("Karsten Warholm", mark="46.52", meet_name="Bislett Games"),
        entry("Karsten Warholm", mark="45.94", meet_name="OL", meet_city="Tokyo"),
    ]
    predicted = [entry("Warholm", mark="45.94", meet_name="OL"), entry("Karsten Warholm", mark="46.52")]
    assert align(gold, predicted) == [(0, 1), (1, 0)]


def test_align_is_one_to_one_and_deterministic_on_ties():
    gold = [entry("Ingebrigtsen", place=1), entry("Ingebrigtsen", place=1)]
    predicted = [entry("Jakob Ingebrigtsen", place=1)]
    assert align(gold, predicted) == [(0, 0)]


def test_align_prefers_exact_name_on_equal_agreement():
    gold = [entry("Jakob Ingebrigtsen", place=1)]
    predicted = [entry("Ingebrigtsen", place=1), entry("Jakob Ingebrigtsen", place=1)]
    assert align(gold, predicted) == [(0, 1)]


# --- field scoring -----------------------------------------------------------------------------


def test_athlete_counts_as_true_positive_once_aligned():
    document = score([entry("Josh Kerr")], [entry("Kerr")])
    assert counts(document, "athlete") == (1, 0, 0)
    assert document.misses == []


def test_marks_compare_as_numbers():
    gold = [entry("Josh Kerr", mark="3:45.34"), entry("Jakob Ingebrigtsen", mark="3:43.73")]
    predicted = [entry("Josh Kerr", mark="3:45.340"), entry("Jakob Ingebrigtsen", mark="3:43.74")]
    document = score(gold, predicted)
    assert counts(document, "mark") == (1, 1, 1)
    assert [(miss.field, miss.gold, miss.predicted) for miss in document.misses] == [("mark", "3:43.73", "3:43.74")]


def test_non_canonical_predicted_mark_does_not_match():
    document = score([entry("Josh Kerr", mark="3:45.34")], [entry("Josh Kerr", mark="3.45,34")])
    assert counts(document, "mark") == (0, 1, 1)


def test_names_cities_and_codes_compare_case_insensitively():
    gold = [entry("Josh Kerr", meet_city="Eugene", nationality="GBR", discipline="60mH", sport="athletics")]
    predicted = [entry("JOSH KERR", meet_city="eugene", nationality="gbr", discipline="60mh", sport="Athletics")]
    document = score(gold, predicted)
    for field in ("athlete", "meet_city", "nationality", "discipline", "sport"):
        assert counts(document, field) == (1, 0, 0), field


@pytest.mark.parametrize("field,pairs", [
    ("meet_name", [("Diamond League", "Diamond League-stevnet i Eugene"), ("Bislett Games", "bislett"), ("EM", "VM")]),
    ("meet_city", [("Nadderud stadion", "Nadderud"), ("Bergen", "Fana stadion i Bergen"), ("Oslo", "Bislett")]),
])
def test_meets_and_venues_match_when_one_contains_the_other(field, pairs):
    """FORMAT.md: meet_name and meet_city match by containment, either way, case aside; a third pair differs."""
    gold = [entry(name, **{field: g}) for name, (g, _) in zip("ABC", pairs)]
    predicted = [entry(name, **{field: p}) for name, (_, p) in zip("ABC", pairs)]
    assert counts(score(gold, predicted), field) == (2, 1, 1)


def test_flags_compare_as_sets_and_empty_is_null():
    gold = [entry("A", flags=["WL", "PB"]), entry("B", flags=["PB"]), entry("C", flags=[])]
    predicted = [entry("A", flags=["PB", "WL"]), entry("B", flags=["PB", "NR"]), entry("C", flags=[])]
    document = score(gold, predicted)
    assert counts(document, "flags") == (1, 1, 1)
    assert [(miss.athlete, miss.gold, miss.predicted) for miss in document.misses] == [("B", ["PB"], ["NR", "PB"])]


def test_derived_flag_is_ignored_and_derived_mark_not_scored():
    gold = [entry("A", mark="2:05:48", flags=["PB"]), entry("B", mark="59:47")]
    predicted = [entry("A", mark="2:10:00", flags=["PB", "derived"]), entry("C", mark="1:00:00", flags=["derived"])]
    document = score(gold, predicted)
    # A: mark not scored at all, flags equal once "derived" is dropped; C: spurious, mark not scored.
    assert counts(document, "flags") == (1, 0, 0)
    assert counts(document, "mark") == (0, 0, 1)
    assert [(miss.athlete, miss.field) for miss in document.misses if miss.field == "mark"] == [("B", "mark")]


def test_date_scored_only_where_gold_has_one():
    gold = [entry("A", date="2024-05-25"), entry("B", date=None), entry("C", date="2024-06-01")]
    predicted = [entry("A", date="2024-05-25"), entry("B", date="2024-05-25"), entry("C", date=None)]
    assert counts(score(gold, predicted), "date") == (1, 0, 1)


def test_spurious_prediction_date_is_not_scored():
    document = score([], [entry("A", date="2024-05-25", place=1)])
    assert counts(document, "date") == (0, 0, 0)
    assert counts(document, "place") == (0, 1, 0)


def test_indoor_false_is_a_value_and_null_is_null():
    gold = [entry("A", indoor=None), entry("B", indoor=False), entry("C", indoor=True), entry("D", indoor=None)]
    predicted = [entry("A", indoor=False), entry("B", indoor=None), entry("C", indoor=True), entry("D", indoor=None)]
    assert counts(score(gold, predicted), "indoor") == (1, 1, 1)


def test_different_value_is_false_negative_and_false_positive():
    document = score([entry("A", place=2, age=26)], [entry("A", place=1, nationality="NOR")])
    assert counts(document, "place") == (0, 1, 1)
    assert counts(document, "age") == (0, 0, 1)
    assert counts(document, "nationality") == (0, 1, 0)
    assert sorted((miss.field, miss.gold, miss.predicted) for miss in document.misses) == [
        ("age", 26, None),
        ("nationality", None, "NOR"),
        ("place", 2, 1),
    ]


def test_unaligned_entries_score_every_non_null_field():
    gold = [entry("Karsten Warholm", discipline="400mH", mark="46.52", flags=["WL"])]
    predicted = [entry("Rai Benjamin", discipline="400mH", mark="46.70", place=2)]
    document = score(gold, predicted)
    assert document.aligned == 0
    assert counts(document, "athlete") == (0, 1, 1)
    assert counts(document, "discipline") == (0, 1, 1)
    assert counts(document, "mark") == (0, 1, 1)
    assert counts(document, "flags") == (0, 0, 1)
    assert counts(document, "place") == (0, 1, 0)
    assert (document.micro.tp, document.micro.fp, document.micro.fn) == (0, 4, 4)


def test_counts_precision_recall_f1():
    assert Counts(tp=3, fp=1, fn=2).precision == pytest.approx(0.75)
    assert Counts(tp=3, fp=1, fn=2).recall == pytest.approx(0.6)
    assert Counts(tp=3, fp=1, fn=2).f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 1.0  # nothing in gold, nothing predicted
    assert Counts(fn=3).f1 == 0.0


# --- evaluate ----------------------------------------------------------------------------------


def predict_from(table):
    """A predictor answering from a stem -> (records, skip_reason) table, recording its calls."""
    calls = []

    def predict(text, published, source):
        calls.append((text, published, source))
        stem = source.rsplit("/", 1)[-1].removesuffix(".txt")
        return table.get(stem, ([], None))

    predict.calls = calls
    return predict


def test_evaluate_scores_norwegian_documents(tmp_path):
    write_gold(tmp_path, "bokmal", [entry("Josh Kerr", sport="athletics", discipline="1500m", mark="3:45.34", place=1)])
    write_gold(tmp_path, "nynorsk", [entry("Kerr", sport="athletics", place=2)], language="nn", published=None)
    predict = predict_from(
        {
            "bokmal": ([record([result("Kerr", mark="3:45.340", place=1)], discipline="1500m")], None),
            "nynorsk": ([record([result("Josh Kerr", place=3)])], None),
        }
    )

    report = evaluate(tmp_path, predict)

    assert [document.stem for document in report.documents] == ["bokmal", "nynorsk"]
    assert report.skipped == []
    assert predict.calls[0] == ("Tekst.", "2024-05", str(tmp_path / "bokmal.txt"))
    assert predict.calls[1][1] is None
    fields = report.fields
    assert (fields["mark"].tp, fields["place"].tp, fields["place"].fp, fields["place"].fn) == (1, 1, 1, 1)
    assert report.micro.tp == 2 + 2 + 1 + 1 + 1  # athletes, sports, discipline, mark, place
    json.dumps(report.to_dict())


def test_evaluate_skips_non_norwegian_documents(tmp_path):
    write_gold(tmp_path, "svensk", [entry("Armand Duplantis", sport="athletics", mark="6.24")], language="sv")
    write_gold(tmp_path, "dansk", [], language="da")
    write_gold(tmp_path, "engelsk", [], language="en")
    predict = predict_from(
        {
            "svensk": ([], "language:sv"),
            "dansk": ([record([result("Jakob Ingebrigtsen", place=1)])], None),
            "engelsk": ([], None),
        }
    )

    report = evaluate(tmp_path, predict)

    assert report.documents == []
    assert report.micro.tp + report.micro.fp + report.micro.fn == 0
    verdicts = {skipped.stem: (skipped.reason, skipped.records, skipped.correct) for skipped in report.skipped}
    assert verdicts == {
        "dansk": (None, 1, False),
        "engelsk": (None, 0, False),
        "svensk": ("language:sv", 0, True),
    }


def test_evaluate_reports_a_norwegian_document_skipped_as_wrong_and_scores_it(tmp_path):
    write_gold(tmp_path, "norsk", [entry("Karsten Warholm", place=1)])
    report = evaluate(tmp_path, predict_from({"norsk": ([], "language:da")}))
    assert [(skipped.stem, skipped.correct) for skipped in report.skipped] == [("norsk", False)]
    assert report.fields["place"].fn == 1


def test_evaluate_sport_filter_keeps_documents_mostly_of_that_sport(tmp_path):
    write_gold(tmp_path, "friidrett", [entry("A", sport="athletics"), entry("B", sport="athletics"), entry("C", sport="biathlon")])
    write_gold(tmp_path, "halvt", [entry("A", sport="athletics"), entry("B", sport="swimming")])
    write_gold(tmp_path, "skiskyting", [entry("A", sport="biathlon")])
    write_gold(tmp_path, "tom", [])
    predict = predict_from({})

    athletics = evaluate(tmp_path, predict, sport="athletics")
    everything = evaluate(tmp_path, predict)

    assert [document.stem for document in athletics.documents] == ["friidrett"]
    assert [document.stem for document in everything.documents] == ["friidrett", "halvt", "skiskyting", "tom"]


# --- report ------------------------------------------------------------------------------------


def test_format_report_lists_fields_micro_worst_documents_and_skipped(tmp_path):
    write_gold(tmp_path, "bra", [entry("A", place=1)])
    write_gold(tmp_path, "darlig", [entry(f"Løper {n}", place=n) for n in range(1, 6)])
    write_gold(tmp_path, "svensk", [], language="sv")
    predict = predict_from({"bra": ([record([result("A", place=1)], sport=None)], None), "svensk": ([], "language:sv")})

    text = format_report(evaluate(tmp_path, predict), worst=5)
    lines = text.splitlines()

    assert lines[0].split() == ["field", "P", "R", "F1", "tp", "fp", "fn"]
    assert lines[1].split()[0] == "athlete"
    micro = next(line for line in lines if line.startswith("micro"))
    assert micro.split()[1:] == ["1.000", "0.167", "0.286", "2", "0", "10"]
    assert "darlig  F1 0.000" in text
    assert "bra  F1" not in text  # a perfect document has nothing to show
    assert sum(1 for line in lines if line.startswith("  missing")) == 8
    assert "... 2 more" in text
    assert "svensk  sv  language:sv  ok" in text


def test_format_report_of_empty_report():
    assert [line.split()[0] for line in format_report(EvaluationReport()).splitlines()[-2:]] == ["micro", "entries"]


def test_entries_and_groups_by_language_and_main_sport(tmp_path):
    write_gold(tmp_path, "bokmal", [entry("A", place=1), entry("B", place=2)])
    write_gold(tmp_path, "nynorsk", [entry("C", place=1, sport="biathlon")], language="nn")
    predict = predict_from({
        "bokmal": ([record([result("A", place=1), result("X", place=3)])], None),
        "nynorsk": ([record([result("C", place=2)], sport="biathlon")], None),
    })
    report = evaluate(tmp_path, predict)

    # entries: A and C aligned; B missed; X spurious
    assert (report.entries.tp, report.entries.fp, report.entries.fn) == (2, 1, 1)
    groups = report.groups()
    assert list(groups) == ["nb", "nn", "athletics", "biathlon"]
    assert [d.stem for d in groups["biathlon"]] == ["nynorsk"]
    assert report.to_dict()["groups"]["nn"]["entries"]["f1"] == 1.0
    text = format_report(report)
    assert next(line for line in text.splitlines() if line.startswith("biathlon")).split()[1] == "1"


@pytest.mark.parametrize("sports,main", [
    (["athletics", "swimming", "swimming"], "swimming"),
    (["biathlon", "athletics"], "athletics"),     # a tie goes to the first in alphabetical order
    ([], "athletics"),
    ([None], "athletics"),
])
def test_main_sport_is_the_sport_of_most_entries(tmp_path, sports, main):
    from extractor.evaluation import GoldDocument, main_sport
    gold = {"results": [{"athlete": f"A{i}", "sport": s} for i, s in enumerate(sports)]}
    assert main_sport(GoldDocument("x", tmp_path / "x.txt", "", gold)) == main


@pytest.mark.parametrize("sports,wanted,kept", [
    (["athletics", "athletics", "swimming"], "athletics", True),
    (["athletics", "swimming", "swimming"], "athletics", False),
    (["athletics", "swimming", "swimming"], "!athletics", True),
    (["biathlon", "cross_country_skiing"], "!athletics", True),
    (["athletics"], "!athletics", False),
    (["athletics"], None, True),
])
def test_mostly_sport_and_its_negation(tmp_path, sports, wanted, kept):
    from extractor.evaluation import GoldDocument, mostly_sport
    gold = {"results": [{"athlete": f"A{i}", "sport": s} for i, s in enumerate(sports)]}
    document = GoldDocument("x", tmp_path / "x.txt", "", gold)
    assert mostly_sport(document, wanted) is kept
