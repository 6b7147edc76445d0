"""What a record says about where it comes from: `race_id` (stable), `published` (ISO) and `url`."""
import datetime as dt
import json

import pytest

from extractor import extract
from extractor.cli import main

TWO_RACES = ("Sondre Kvamme vant 800 meter på Jessheim lørdag med tiden 1.47,10. Eirik Lunde ble nummer to på 1.48,02. "
             "På 5000 meter vant Ola Bakken på 13.40,55 foran Per Haugen, som løp inn til 13.44,10.")
ONE_RACE = "Ida Strand vant 400 meter hekk på Bislett Games torsdag med tiden 55,10. Kari Moe ble nummer to på 55,80."


def test_published_is_the_iso_date_used_and_url_is_kept():
    record = extract(ONE_RACE, published=dt.datetime(2024, 5, 31, 21, 15), url="https://example.no/a/1")[0].to_dict()
    assert (record["published"], record["url"], record["date"]) == ("2024-05-31", "https://example.no/a/1", "2024-05-30")
    assert extract(ONE_RACE, published="2024-05-31T23:30:00+02:00")[0].published == "2024-05-31"
    assert extract(ONE_RACE, published=" 2024-06 ")[0].published == "2024-06"
    assert extract(ONE_RACE, published="2024")[0].published == "2024"
    assert extract(ONE_RACE)[0].to_dict()["published"] is None and extract(ONE_RACE)[0].url is None


def test_race_id_is_stable_and_tells_races_and_sources_apart():
    first = [r.race_id for r in extract(TWO_RACES, source="a.txt")]
    assert len(first) == 2 and len(set(first)) == 2
    assert all(len(i) == 16 and int(i, 16) >= 0 for i in first)
    assert [r.race_id for r in extract(TWO_RACES, source="a.txt")] == first
    assert {r.race_id for r in extract(TWO_RACES, source="b.txt")}.isdisjoint(first)
    # Without a source the text is the key: the same text, the same ids; another text, others.
    assert [r.race_id for r in extract(TWO_RACES)] == [r.race_id for r in extract(TWO_RACES)]
    assert {r.race_id for r in extract(TWO_RACES)}.isdisjoint(r.race_id for r in extract(ONE_RACE + " " + TWO_RACES))
    # The id does not hang on the other races of the document: the 5000 m keeps its id when the 800 m goes.
    five_k = TWO_RACES[TWO_RACES.index("På 5000"):]
    assert extract(five_k, source="a.txt")[0].race_id == first[1]


def test_a_feed_keeps_url_beside_id_and_gives_published_and_race_id(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "ntb-9", "url": "https://example.no/ntb-9", "published": "2024-05-31",
                                "text": ONE_RACE}) + "\n" + json.dumps({"text": ONE_RACE}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(feed), "-o", str(out), "--quiet"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["source"], r["url"], r["published"]) for r in records] == [
        ("ntb-9", "https://example.no/ntb-9", "2024-05-31"), (f"{feed}#line2", None, None)]
    assert records[0]["race_id"] != records[1]["race_id"]
    again = tmp_path / "again.jsonl"
    assert main(["extract", str(feed), "-o", str(again), "--quiet", "--jobs", "2"]) == 0
    assert [json.loads(line)["race_id"] for line in again.read_text(encoding="utf-8").splitlines()] == \
        [r["race_id"] for r in records]


@pytest.mark.parametrize("key", ["race_id", "url", "published"])
def test_the_schema_requires_them(key):
    from extractor.schema import validation_errors
    record = extract(ONE_RACE, published="2024-05-31", source="a")[0].to_dict()
    assert validation_errors(record) == []
    assert validation_errors({k: v for k, v in record.items() if k != key}) != []


def test_a_web_page_gives_its_canonical_address(tmp_path):
    page = tmp_path / "a.html"
    page.write_text('<html><head><link rel="canonical" href="https://example.no/sport/strand">'
                    '<meta property="article:published_time" content="2024-05-31"></head>'
                    f"<body><article><p>{ONE_RACE}</p></article></body></html>", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(page), "-o", str(out), "--quiet"]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert (record["url"], record["published"], record["date"]) == ("https://example.no/sport/strand", "2024-05-31", "2024-05-30")


def test_a_merged_race_keeps_its_first_records_id():
    from extractor.batch.merge import Merger
    merger = Merger()
    for source in ("a", "b"):
        for record in extract(ONE_RACE, published="2024-05-31", source=source):
            merger.add(record.to_dict())
    [race] = merger.records()
    assert race["sources"] == ["a", "b"] and race["race_id"] == extract(ONE_RACE, source="a")[0].race_id


def test_dask_items_keep_their_url():
    from extractor.dask import extract_records
    [record] = extract_records([{"text": ONE_RACE, "id": "x", "url": "https://example.no/x", "published": "2024-05-31"}])
    assert (record["source"], record["url"], record["published"]) == ("x", "https://example.no/x", "2024-05-31")


# A result that only echoes another record's (same athlete and place, no mark, every race field the same) goes;
# one that differs in any race field is another race ("EM-gull" told without venue beside EM in Torun).
from extractor.records import RaceRecord, Result, without_echoes  # noqa: E402

ECHOES = [
    # (race fields of the markless record, of the marked one, results kept per record)
    ({"discipline": "1500m"}, {"discipline": "1500m"}, [0, 1]),
    ({"discipline": None, "meet_city": "Frette"}, {"discipline": None, "meet_city": "Frette"}, [0, 1]),
    ({"discipline": "3000m", "meet_name": "EM"}, {"discipline": "3000m", "meet_name": "EM", "meet_city": "Torun"}, [1, 1]),
    ({"discipline": None, "meet_name": "EM"}, {"discipline": "1500m"}, [1, 1]),
    ({"discipline": "800m", "date": "2024-06-01"}, {"discipline": "800m", "date": "2024-06-02"}, [1, 1]),
]


@pytest.mark.parametrize("echo,held,kept", ECHOES)
def test_a_markless_echo_of_a_marked_result_goes(echo, held, kept):
    a = RaceRecord(**echo, results=[Result("Ola Berg", place=1)])
    b = RaceRecord(**held, results=[Result("Ola Berg", place=1, mark="4:05.87", mark_value=245.87)])
    out = without_echoes([a, b])
    assert [len(r.results) for r in (a, b)] == kept
    assert len(out) == sum(1 for k in kept if k)


# The team's own corpus articles whose prose echoes a list row ("Maria Falch ble nummer to" above "2) Maria Falch,
# Kristiansand 7,32"): the spaCy pipeline drops the echo too, as `extract` does (the linker drops it, not the API).
@pytest.mark.parametrize("name", ["nb-52", "ski-nb-04"])
def test_the_spacy_pipeline_drops_echoes_as_extract_does(name):
    from pathlib import Path
    from extractor import nlp
    text = (Path(__file__).parent.parent / "corpus" / f"{name}.txt").read_text(encoding="utf-8")
    races = nlp("nb")(text)._.races
    counts = [len(r.results) for r in races]
    assert [len(r.results) for r in without_echoes(races)] == counts
