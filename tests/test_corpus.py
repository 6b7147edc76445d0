"""End to end on corpus/: every record valid against the published schema, every evidence span
equal to the text it points at, foreign articles skipped, and quality above a floor."""
import json
from pathlib import Path

import pytest

from extractor import extract_document
from extractor.evaluation import evaluate, load_gold
from extractor.schema import validation_errors

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCUMENTS = load_gold(CORPUS)
# Regression floor for the corpus micro-F1 (measured 0.909 on 77 articles when set): raise it as the extractor improves.
CORPUS_MICRO_F1_FLOOR = 0.87
# The held-out articles (corpus/held-out/README.md), written blind: batch 6 measured 0.723 when added, batch 7
# 0.748 (together 0.739), batch 8 0.806 (the three together 0.779 when it was added), batch 9 0.817 (the four
# together 0.788 when it was added).
HELD_OUT = CORPUS / "held-out"
HELD_OUT_MICRO_F1_FLOOR = 0.70


def test_corpus_is_big_enough():
    languages = [d.language for d in DOCUMENTS]
    assert len(DOCUMENTS) >= 40
    assert languages.count("nn") >= 8


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.stem)
def test_records_are_valid_and_evidenced(document):
    found = extract_document(document.text, document.gold.get("published"), None, str(document.text_path))
    if document.language not in ("nb", "nn"):
        assert found.skipped == f"language:{document.language}" and found.records == []
        return
    for record in found.records:
        data = json.loads(json.dumps(record.to_dict(), ensure_ascii=False))
        assert validation_errors(data) == []
        spans = [s for r in data["results"] for ss in r["evidence"].values() for s in ss]
        spans += [s for ss in data["evidence"].values() for s in ss]
        for span in spans:
            assert document.text[span["start"]:span["end"]] == span["text"]


def test_corpus_quality_floor():
    def predict(text, published, source):
        found = extract_document(text, published, None, source)
        return [r.to_dict() for r in found.records], found.skipped

    report = evaluate(CORPUS, predict)
    assert report.micro.f1 >= CORPUS_MICRO_F1_FLOOR
    assert all(s.correct for s in report.skipped)


def _predict(text, published, source):
    found = extract_document(text, published, None, source)
    return [r.to_dict() for r in found.records], found.skipped


@pytest.mark.parametrize("document", load_gold(HELD_OUT), ids=lambda d: d.stem)
def test_held_out_records_are_valid_and_evidenced(document):
    test_records_are_valid_and_evidenced(document)


def test_held_out_quality_floor():
    assert len(load_gold(HELD_OUT)) == 48
    assert evaluate(HELD_OUT, _predict).micro.f1 >= HELD_OUT_MICRO_F1_FLOOR
