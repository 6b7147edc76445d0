"""The NorNE entity model as evidence (extractor/entities.py): the rules' athletes and venues weighed
against the model's entity types, where the model runs, the committed model itself, and the switch
that leaves it out (`extract(..., model=False)`, `--no-model`).

Sentences written for these tests; the model's training data (NorNE) stays outside the repository.
"""
from __future__ import annotations

import json
import re

import pytest

from extractor import entities, extract, extract_document, nlp
from extractor.batch import runner
from extractor.cli import main
from extractor.entities import Entity
from extractor.mentions import Mention


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _athlete(text: str, name: str) -> Mention:
    start, end = _at(text, name)
    return Mention("athlete", start, end, name, name, {"full": " " in name})


def _entities(text: str, tagged: list[tuple[str, str]]) -> list[Entity]:
    return [Entity(*_at(text, phrase), label) for phrase, label in tagged]


# (text, rule-found athletes, the model's entities, athletes kept)
NOT_PERSONS = [
    ("Tjalve vant stafetten foran Gular.", ["Tjalve"], [("Tjalve", "ORG")], []),
    ("Avisa Sunnmørsposten skreiv om løpet.", ["Sunnmørsposten"], [("Sunnmørsposten", "ORG")], []),
    ("Kongepokalen gikk til Hedda Strand.", ["Kongepokalen", "Hedda Strand"],
     [("Kongepokalen", "PROD"), ("Hedda Strand", "PER")], ["Hedda Strand"]),
    ("Lunde Pedersen vant.", ["Lunde Pedersen"], [("Lunde", "GPE_LOC"), ("Pedersen", "PER")], ["Lunde Pedersen"]),
    ("Strand vant igjen.", ["Strand"], [], ["Strand"]),                     # no verdict: the rules decide
    ("Strand vant. Rekorden til Strand sto.", ["Strand"], [("Strand", "LOC"), ("Rekorden til Strand", "PER")], ["Strand"]),  # a person elsewhere
    ("Strand vant igjen.", ["Strand"], [("Strand", "MISC")], ["Strand"]),   # MISC: no verdict either
    # full names, and the words of one, are no doubt: the rules keep them
    ("Kari Strand vant.", ["Kari Strand"], [("Kari Strand", "ORG")], ["Kari Strand"]),
    ("Tesfay Alemu vant.", ["Tesfay Alemu"], [("Tesfay Alemu", "ORG")], ["Tesfay Alemu"]),
    ("Strand jublet da Kari Strand vant.", ["Strand", "Kari Strand"], [("Strand", "GPE_LOC")], ["Strand", "Kari Strand"]),
    # a name with its age after it is a person, whatever the model says (issue 20's second report of one race)
    ("Norsk seier på Bislett: Strand (28) tok en klar seier.", ["Strand"], [("Strand", "GPE_LOC")], ["Strand"]),
    ("Strand (31 år) vann igjen.", ["Strand"], [("Strand", "LOC")], ["Strand"]),
]


@pytest.mark.parametrize("text,athletes,tagged,kept", NOT_PERSONS)
def test_athletes_the_model_reads_as_no_person_are_dropped(text, athletes, tagged, kept):
    found = entities.drop_non_persons([_athlete(text, a) for a in athletes], _entities(text, tagged), text)
    assert [m.value for m in found] == kept


# (text, the model's entities, athletes already claimed, new athlete candidates): a mark must follow on the line
CANDIDATES = [
    ("Sølvet gikk til Tesfay Gebru Alemu fra Bryne (2.21,40).", [("Tesfay Gebru Alemu", "PER")], [], ["Tesfay Gebru Alemu"]),
    ("Sølvet gikk til Alemu (2.21,40).", [("Alemu", "PER")], [], []),                      # one word: no full name
    ("Sølvet gikk til Tesfay Alemu (2.21,40).", [("Tesfay Alemu", "PER")], ["Tesfay Alemu"], []),   # the rules have it
    ("Sølvet gikk til Team Vestland på 2.21,40.", [("Team Vestland", "ORG")], [], []),
    ("Trener var mor Siri Hauge, og tida 2.21,40.", [("mor Siri Hauge", "PER")], [], []),   # not a capitalised name
    ("Tredje ble Eik Idrettslag med 2.21,40.", [("Eik Idrettslag", "PER")], [], []),        # a club
    ("Vinner ble Vestklubben Eik på 2.21,40.", [("Vestklubben Eik", "PER")], [], []),       # a club, definite
    ("Hun vant. Foto: Kari Lund\nTida var 2.21,40.", [("Kari Lund", "PER")], [], []),        # no mark on her line
    ("Hun vant foran Kari Lund.", [("Kari Lund", "PER")], [], []),
]


def _marks(text: str) -> list[Mention]:
    return [Mention("mark", m.start(), m.end(), m.group()) for m in re.finditer(r"\d+\.\d+,\d+", text)]


@pytest.mark.parametrize("text,tagged,claimed,names", CANDIDATES)
def test_full_names_the_model_reads_as_persons_become_candidates(text, tagged, claimed, names):
    found = entities.person_candidates(text, _entities(text, tagged), [_athlete(text, c) for c in claimed] + _marks(text))
    assert [(m.value, m.info) for m in found] == [(n, {"full": True, "model": True}) for n in names]


# (text, mentions, words of context, the windows the model reads)
WINDOWS = [
    ("a b c Kari Strand d e f", ["Kari Strand"], 2, ["b c Kari Strand d e"]),
    ("Kari Strand vant.", ["Kari Strand"], 2, ["Kari Strand vant."]),
    ("a b Kari c d Ola e f", ["Kari", "Ola"], 2, ["a b Kari c d Ola e f"]),         # overlapping: merged
    ("a b Kari c d e f g h Ola", ["Kari", "Ola"], 1, ["b Kari c", "h Ola"]),
    ("x y\nKari Strand\nz", ["Kari Strand"], 3, ["Kari Strand"]),                    # a line is the limit
]


@pytest.mark.parametrize("text,phrases,words,windows", WINDOWS)
def test_the_model_reads_windows_around_the_mentions(text, phrases, words, windows):
    mentions = [Mention("athlete", *_at(text, p), p) for p in phrases]
    assert [text[s:e] for s, e in entities.windows_around(text, mentions, words)] == windows


# (text, names no matcher claimed: capitalised runs of two words or more with a mark after them)
UNCLAIMED = [
    ("Sølvet gikk til Tesfay Gebru Alemu i 2.21,40.", ["Tesfay Gebru Alemu"]),
    ("Hun vant i Oslo på 2.21,40.", []),
    ("Det ble Jon-Are Lie til slutt, 2.21,40.", ["Jon-Are Lie"]),
    ("Foto: Jon-Are Lie\nHun vant på 2.21,40.", []),            # no mark on the name's line
]


@pytest.mark.parametrize("text,names", UNCLAIMED)
def test_unclaimed_capitalised_runs_are_name_candidates(text, names):
    assert [m.text for m in entities.unclaimed_names(text, _marks(text))] == names


# ------------------------------------------------------------------ the committed model and the switch

PERSON_SENTENCE = "Etter løpet sa trener Ola Bakkevold at laget hadde trent godt i Molde."


def test_the_committed_model_loads_and_tags_a_person():
    doc = entities.model()(PERSON_SENTENCE)
    assert ("Ola Bakkevold", "PER") in [(e.text, e.label_) for e in doc.ents]


@pytest.fixture(scope="module")
def full_model():
    import spacy
    return spacy.load(entities.MODEL_DIR)       # with its tagger


@pytest.mark.parametrize("text", [PERSON_SENTENCE, "vant Tjalve foran", "Kari Nordvik fra Bergen løp 800 meter på 2.05,11",
                                  "og Gular tok", "laget til Fana IL i Oslo", "Sølvet gikk til Per Hansen i Tromsø"])
def test_the_model_runs_without_its_tagger_and_finds_the_same_entities(text, full_model):
    assert "tagger" not in entities.model().pipe_names
    assert [(e.start_char, e.end_char, e.label_) for e in entities.model()(text).ents] == \
        [(e.start_char, e.end_char, e.label_) for e in full_model(text).ents]


def test_pipeline_docs_carry_the_models_entities():
    doc = nlp()("Siri Strand vant 800 meter på 2.04,11 foran Tone Hagen på Jessheim.")
    assert ("Siri Strand", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_extract_reads_records_without_building_span_groups(monkeypatch):
    """`extract` reads doc._.races only: the span groups (a Span per mention) are built for `nlp()` docs alone."""
    import extractor.pipeline as pipeline
    built = []
    real = pipeline.filter_spans        # called once per span-group build, on the model's entity spans
    monkeypatch.setattr(pipeline, "filter_spans", lambda spans: built.append(len(spans)) or real(spans))
    text = "Siri Strand vant 800 meter på 2.04,11 foran Tone Hagen på Jessheim."
    records = extract(text, published="2024-06-01")
    assert [r.athlete for r in records[0].results][:1] == ["Siri Strand"] and built == []
    doc = nlp()(text)
    assert built and [s.text for s in doc.spans["athlete"]] == ["Siri Strand", "Tone Hagen"]


def _no_model(*args, **kwargs):
    raise AssertionError("the model ran")


RACE = "Hauge vant 800 meter på 2.04,11 foran Siri Strand."     # a lone surname holds a result: the model reads around it


def test_model_false_leaves_the_model_out(monkeypatch):
    monkeypatch.setattr(entities, "find_entities", _no_model)
    with pytest.raises(AssertionError):
        extract(RACE)
    assert [r.athlete for r in extract(RACE, model=False)[0].results] == ["Hauge"]


def test_the_environment_switches_the_default_off(monkeypatch):
    monkeypatch.setattr(entities, "find_entities", _no_model)
    with entities.without_model():
        assert extract_document(RACE).records
    with pytest.raises(AssertionError):
        extract(RACE)


def test_cli_no_model_flag(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(entities, "find_entities", _no_model)
    article = tmp_path / "a.txt"
    article.write_text(RACE, encoding="utf-8")
    assert main(["extract", str(article), "--quiet", "--no-model"]) == 0
    assert [json.loads(line)["results"][0]["athlete"] for line in capsys.readouterr().out.splitlines()] == ["Hauge"]
    assert main(["extract", str(article), "--quiet"]) != 0          # with the model, the patched model fails


def test_the_batch_warm_up_loads_the_model_once_for_the_workers_it_forks(monkeypatch):
    monkeypatch.setattr(runner, "_warm", False)
    entities.model.cache_clear()
    runner._warm_up()
    assert entities.model.cache_info().currsize == 1
    with entities.without_model():
        monkeypatch.setattr(runner, "_warm", False)
        entities.model.cache_clear()
        runner._warm_up()
        assert entities.model.cache_info().currsize == 0


def test_the_issues_second_report_gives_warholm_the_win():
    text = "Det ble norsk seier på Bislett: Warholm (28) tok en klar seier på 400 meter hekk."
    assert [(x.athlete, x.place, x.age) for r in extract(text) for x in r.results] == [("Warholm", 1, 28)]


# (text, athletes, names holding a result, the windows the model reads with ner.RESULTS): only the
# athletes in doubt whose name holds a result, and the unclaimed full names with a mark after them
HOLDING = [
    ("Tjalve arrangerte det store stevnet. Strand vant.", ["Tjalve", "Strand"], {"Strand"}, ["store stevnet. Strand vant."]),
    ("Tjalve arrangerte det store stevnet. Strand vant.", ["Tjalve", "Strand"], set(), []),
    ("Tjalve arrangerte det store stevnet. Strand vant.", ["Tjalve", "Strand"], {"Tjalve", "Strand"},
     ["Tjalve arrangerte det", "store stevnet. Strand vant."]),
    ("Kari Strand vant. Strand jublet.", ["Kari Strand", "Strand"], {"Kari Strand", "Strand"}, []),   # a word of a full name
    ("Hauge vant foran Tesfay Gebru Alemu i 2.21,40.", ["Hauge"], set(), ["vant foran Tesfay Gebru Alemu i 2.21,40."]),
]


@pytest.mark.parametrize("text,athletes,holding,windows", HOLDING)
def test_after_linking_the_model_reads_only_around_names_holding_a_result(text, athletes, holding, windows):
    found = entities.where(entities.RESULTS, text, [_athlete(text, a) for a in athletes], _marks(text), frozenset(holding))
    assert [text[s:e] for s, e in found] == windows


def test_a_club_holding_a_result_is_dropped_and_the_race_linked_again():
    text = "Kari Lie, som løper for klubben Norna-Salhus, vant. Norna-Salhus fikk tiden 10,37 på 100 meter."
    assert [r.athlete for x in extract(text, model=False) for r in x.results] == ["Norna-Salhus"]
    assert [r.athlete for x in extract(text) for r in x.results] == ["Kari Lie"]       # the runner named before


def test_the_model_is_not_asked_when_no_name_in_doubt_holds_a_result(monkeypatch):
    monkeypatch.setattr(entities, "find_entities", _no_model)
    text = "Tjalve arrangerte stevnet på Bislett. Kari Strand vant 800 meter på 2.04,11."
    assert [r.athlete for x in extract(text) for r in x.results] == ["Kari Strand"]
