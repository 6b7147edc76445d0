"""The review report (`extractor report`): plain checks of the HTML, then the page in headless Chromium.

The browser tests drive the system Chromium (Debian `chromium` and `chromium-driver`, installed by
`.ci/run`) through selenium, and skip with the reason when either is missing. They leave
screenshots in out/ (report-corpus.png, report-seed.png; docs/report-seed.png is a copy of the latter).
"""
from __future__ import annotations

import html
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from extractor import extract, extract_document
from extractor.report import main, write_report
from extractor.report.render import ARTICLES_PER_PAGE

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

ARTEFACTS = ROOT / "out"
EXAMPLE_TEXT = ("Karsten Warholm (28) vant 400 meter hekk på Bislett Games torsdag med tiden 46,52, ny "
                "stevnerekord. Amerikaneren CJ Allen ble nummer to på 47,58.")


def example_record(source: str, **changes) -> dict:
    """The example record of docs/record-format.md (evidence in EXAMPLE_TEXT), results given worst place first."""
    record = {
        "source": source, "sport": "athletics", "discipline": "400mH", "distance_m": 400, "indoor": None,
        "meet": {"name": "Bislett Games", "city": None, "event": None}, "date": "2024-05-30",
        "date_text": "torsdag", "margin_s": None, "language": "nb", "warnings": [],
        "results": [
            {"athlete": "CJ Allen", "place": 2, "mark": "47.58", "age": None, "nationality": "USA", "flags": [],
             "evidence": {"nationality": [{"start": 100, "end": 112, "text": "Amerikaneren"}],
                          "mark": [{"start": 139, "end": 144, "text": "47,58"}]}},
            {"athlete": "Karsten Warholm", "place": 1, "mark": "46.52", "age": 28, "nationality": None,
             "flags": ["MR"], "evidence": {"age": [{"start": 16, "end": 20, "text": "(28)"}],
                                           "mark": [{"start": 76, "end": 81, "text": "46,52"}],
                                           "place": [{"start": 21, "end": 25, "text": "vant"}],
                                           "flags": [{"start": 86, "end": 98, "text": "stevnerekord"}]}}],
        "evidence": {"meet.name": [{"start": 44, "end": 57, "text": "Bislett Games"}],
                     "date": [{"start": 58, "end": 65, "text": "torsdag"}]},
    }
    record.update(changes)
    return record


def articles_of(page: str) -> list[dict]:
    """The articles embedded in the page as JSON, each with its HTML fragment."""
    data = re.search(r'<script type="application/json" id="articles-data">(.*?)</script>', page, re.S)
    return json.loads(data.group(1))


def static_markup(page: str) -> str:
    """The page without the embedded articles: what the browser lays out before the script runs."""
    return re.sub(r'<script type="application/json" id="articles-data">.*?</script>', "", page, flags=re.S)


def report(tmp_path: Path, records: list[dict], **options) -> str:
    out = tmp_path / "report.html"
    size = write_report(records, out, **options)
    assert size == out.stat().st_size
    return out.read_text(encoding="utf-8")


@pytest.fixture
def example_text(tmp_path) -> Path:
    path = tmp_path / "warholm.txt"
    path.write_text(EXAMPLE_TEXT, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# The HTML


def test_evidence_is_highlighted_by_kind_with_the_normalised_value(tmp_path, example_text):
    page = report(tmp_path, [example_record(str(example_text))])
    article = articles_of(page)[0]["html"]
    marks = re.findall(r'<mark class="span ([^"]+)" data-value="([^"]*)"[^>]*>\s*([^<]+)', article)
    found = {(classes, text.strip()): value for classes, value, text in marks}
    assert found[("k-mark", "46,52")] == "Karsten Warholm: mark 46.52"
    assert found[("k-age", "(28)")] == "Karsten Warholm: age 28"
    assert found[("k-placing", "vant")] == "Karsten Warholm: place 1"
    assert found[("k-flag", "stevnerekord")] == "Karsten Warholm: flags MR"
    assert found[("k-nationality", "Amerikaneren")] == "CJ Allen: nationality USA"
    assert found[("k-meet", "Bislett Games")] == "name: Bislett Games"
    assert found[("k-date", "torsdag")] == "date: 2024-05-30 (torsdag)"
    assert found[("k-athlete", "Karsten Warholm")] == "athlete: Karsten Warholm"
    assert 'class="entities"' in article                            # displaCy's markup
    for kind in ("athlete", "mark", "placing", "age", "nationality", "meet", "venue", "discipline", "date", "flag"):
        assert f'<span class="span k-{kind}">{kind}</span>' in page    # the legend


def test_race_headings_show_the_category_and_venues_have_their_own_kind(tmp_path):
    text = "Karsten Warholm vant 400 meter hekk på Bislett Games i Oslo, og Femke Bol vant kvinnenes 400 meter hekk."
    (tmp_path / "oslo.txt").write_text(text, encoding="utf-8")
    city = {"start": text.index("Oslo"), "end": text.index("Oslo") + 4, "text": "Oslo"}
    meet = {"name": "Bislett Games", "city": "Oslo", "event": None}
    records = [example_record(str(tmp_path / "oslo.txt"), category=category, meet=meet, results=[], warnings=warnings,
                              evidence={"meet.city": [city]})
               for category, warnings in (("menn", []), ("kvinner", ["two winners in one race: A, B"]))]
    page = report(tmp_path, records)
    article = articles_of(page)[0]["html"]
    assert re.findall(r'<section class="race"><h3>(.*?)</h3>', article) == [
        "race 1 · 400mH · menn · Bislett Games, Oslo", "race 2 · 400mH · kvinner · Bislett Games, Oslo"]
    assert "<li><b>race 2 · 400mH · kvinner · Bislett Games, Oslo</b>: two winners in one race: A, B</li>" in article
    assert re.search(r'<mark class="span k-venue" data-value="city: Oslo"[^>]*>\s*Oslo', article)
    assert "k-meet" not in article                                 # the city is no meet
    assert '<span class="span k-venue">venue</span>' in page
    untitled = articles_of(report(tmp_path, [example_record(str(tmp_path / "oslo.txt"), meet={}, discipline=None)]))
    assert "<h3>race 1 · discipline?</h3>" in untitled[0]["html"]


def test_results_table_is_sorted_by_place(tmp_path, example_text):
    article = articles_of(report(tmp_path, [example_record(str(example_text))]))[0]["html"]
    table = re.search(r'<table class="results">(.*?)</table>', article).group(1)
    assert re.findall(r"<th>(\w+)</th>", table) == ["place", "athlete", "age", "nationality", "mark", "flags"]
    rows = re.findall(r"<tr[^>]*><td>(.*?)</td><td>(.*?)</td>", table)
    assert rows == [("1", "Karsten Warholm"), ("2", "CJ Allen")]


def test_each_results_row_links_to_its_evidence_in_the_text(tmp_path, example_text):
    record = example_record(str(example_text))
    record["results"].append({"athlete": "Rai Benjamin", "place": 3, "mark": None, "age": None, "nationality": None,
                              "flags": [], "evidence": {}})          # named nowhere in the text: nothing to link to
    article = articles_of(report(tmp_path, [record, example_record(str(example_text), results=[])]))[0]["html"]
    rows = re.findall(r'<tr([^>]*)><td>(\d)</td><td>([^<]+)</td>', article)
    assert rows == [(' data-ref="1-2" tabindex="0"', "1", "Karsten Warholm"), (' data-ref="1-1" tabindex="0"', "2", "CJ Allen"),
                    ("", "3", "Rai Benjamin")]                     # sorted by place, numbered as in the record
    marks = re.findall(r'<mark class="span [^"]+" data-value="[^"]*" data-refs="([^"]*)"[^>]*>\s*([^<]+)', article)
    refs = {text.strip(): set(refs.split()) for refs, text in marks}
    assert {text for text, ref in refs.items() if "1-2" in ref} == {"Karsten Warholm", "(28)", "vant", "46,52", "stevnerekord"}
    assert {text for text, ref in refs.items() if "1-1" in ref} == {"Amerikaneren", "CJ Allen", "47,58"}
    assert refs["Bislett Games"] == refs["torsdag"] == set()         # the race's own evidence is no row's
    assert 'closest("tr[data-ref]")' in report(tmp_path, [record])    # the page's script follows the links


def test_overlapping_evidence_is_one_mark_with_both_kinds(tmp_path):
    text = "Duplantis tok VM-gull i Eugene."
    (tmp_path / "vm.txt").write_text(text, encoding="utf-8")
    record = example_record(str(tmp_path / "vm.txt"), evidence={"meet.name": [{"start": 14, "end": 21, "text": "VM-gull"}]},
                            meet={"name": "VM", "city": None, "event": None},
                            results=[{"athlete": "Armand Duplantis", "place": 1, "mark": None, "age": None,
                                      "nationality": None, "flags": [],
                                      "evidence": {"place": [{"start": 17, "end": 21, "text": "gull"}]}}])
    article = articles_of(report(tmp_path, [record]))[0]["html"]
    assert re.search(r'<mark class="span k-meet k-placing" data-value="name: VM\nArmand Duplantis: place 1"[^>]*>\s*VM-gull', article)


def test_warnings_come_first_in_their_own_style_and_are_counted(tmp_path, example_text):
    records = [example_record(str(example_text), warnings=["two marks for CJ Allen in the same race: 47.58 and 47.85"],
                              date=None),
               example_record(str(tmp_path / "calm.txt"))]
    page = report(tmp_path, records)
    first, second = articles_of(page)
    assert first["warnings"] == 2 and second["warnings"] == 0
    assert 'class="article has-warnings"' in first["html"] and "has-warnings" not in second["html"]
    warnings = re.search(r'<div class="warnings">(.*?)</div>', first["html"]).group(1)
    assert "two marks for CJ Allen" in warnings
    assert "date not resolved: &#x27;torsdag&#x27;" in warnings
    assert first["html"].index('class="warnings"') < first["html"].index('class="text"')
    assert re.search(r'<tr class="warning" title="two marks for CJ Allen[^"]*"[^>]*><td>2</td>', first["html"])
    assert '<div class="figure"><b>2</b>warnings</div>' in page
    assert '<div class="figure"><b>1</b>unresolved dates</div>' in page
    assert '<input type="checkbox" id="only-warnings"> only articles with warnings (1)' in page
    assert "onlyWarnings.checked" in page


def warned_marks(article_html: str) -> dict[str, str]:
    """The text of each mark outlined as named by a warning -> its hover value."""
    marks = re.findall(r'<mark class="span ([^"]+)" data-value="([^"]*)"[^>]*>\s*([^<]+)', article_html)
    return {text.strip(): html.unescape(value) for classes, value, text in marks if "warned" in classes.split()}


def test_every_value_a_warning_names_is_highlighted_also_the_one_not_kept(tmp_path):
    text = ("Karsten Warholm (28) vant 400 meter hekk på Bislett Games torsdag med tiden 46,52. Amerikaneren CJ Allen "
            "(25) ble nummer to på 47,58. CJ Allen (26) løp på 47,85, ifølge den offisielle resultatlisten.")
    (tmp_path / "allen.txt").write_text(text, encoding="utf-8")
    records = [r.to_dict() for r in extract(text, published="2024-05-31", source=str(tmp_path / "allen.txt"), model=False)]
    assert records[0]["warnings"] == ["two marks for CJ Allen in the same race: 47.58 and 47.85 (kept 47.58)",
                                      "two ages for CJ Allen: 25 and 26"]
    warned = warned_marks(articles_of(report(tmp_path, records))[0]["html"])
    assert warned["47,85"] == ("CJ Allen: another mark, not kept\n"
                               "\u26a0 two marks for CJ Allen in the same race: 47.58 and 47.85 (kept 47.58)")
    assert warned["47,58"].startswith("CJ Allen: mark 47.58\n\u26a0 two marks for CJ Allen")
    assert warned["(25)"].endswith("\u26a0 two ages for CJ Allen: 25 and 26")
    assert warned["(26)"].endswith("\u26a0 two ages for CJ Allen: 25 and 26")
    assert "\u26a0 two ages for CJ Allen" in warned["CJ Allen"] and "\u26a0 two marks for CJ Allen" in warned["CJ Allen"]
    assert set(warned) == {"47,85", "47,58", "(25)", "(26)", "CJ Allen"}        # Warholm's values are named by none
    assert '<span class="span warned">named in a warning</span>' in report(tmp_path, records)


def test_the_other_date_of_a_race_is_highlighted_where_the_extractor_found_it(tmp_path):
    # a day only in force from the sentence before (not told with the result: that would be a race of its own day)
    text = ("Karsten Warholm vant 400 meter hekk på Bislett Games torsdag med tiden 46,52. Været var like fint fredag. "
            "CJ Allen ble nummer to på 47,58 i 400 meter hekk. Neste fredag er det nytt stevne.")
    (tmp_path / "dates.txt").write_text(text, encoding="utf-8")
    [record] = [r.to_dict() for r in extract(text, published="2024-05-31", source=str(tmp_path / "dates.txt"), model=False)]
    assert record["warnings"] == ["two dates for the race: 2024-05-30 and 2024-05-31 ('fredag')"]
    assert record["evidence"]["date_conflict"] == [{"start": text.index("fredag"), "end": text.index("fredag") + 6,
                                                    "text": "fredag"}]
    warned = warned_marks(articles_of(report(tmp_path, [record]))[0]["html"])
    assert warned["fredag"] == "another date, not kept\n\u26a0 two dates for the race: 2024-05-30 and 2024-05-31 ('fredag')"
    assert warned["torsdag"].startswith("date: 2024-05-30 (torsdag)\n\u26a0 two dates")


def test_warned_places_winners_dates_margins_and_names_as_written(tmp_path):
    text = ("Ola Nordmann vant 1500 meter lørdag på 3.45,12, 0,30 foran Per Hansen på 3.45,38. Søndag ble Ola "
            "Nordman nummer tre, og Kari Berg ble nummer én.")
    (tmp_path / "ola.txt").write_text(text, encoding="utf-8")

    def at(written: str, start: int = 0) -> dict:
        return {"start": text.index(written, start), "end": text.index(written, start) + len(written), "text": written}
    results = [{"athlete": "Ola Nordmann", "place": 1, "mark": "3:45.12", "age": None, "nationality": None, "flags": [],
                "evidence": {"athlete": [at("Ola Nordmann")], "place": [at("vant")], "place_conflict": [at("nummer tre")],
                             "mark": [at("3.45,12")]}},
               {"athlete": "Per Hansen", "place": 2, "mark": "3:45.38", "age": None, "nationality": None, "flags": [],
                "evidence": {"athlete": [at("Per Hansen")], "mark": [at("3.45,38")]}},
               {"athlete": "Kari Berg", "place": 1, "mark": None, "age": None, "nationality": None, "flags": [],
                "evidence": {"athlete": [at("Kari Berg")], "place": [at("nummer én")]}}]
    record = example_record(str(tmp_path / "ola.txt"), discipline="1500m", margin_s=0.3, results=results,
                            evidence={"date": [at("lørdag")], "date_conflict": [at("Søndag")], "margin_s": [at("0,30")]},
                            warnings=["two places for Ola Nordmann: 1 and 3 (kept 1)",
                                      "two winners in one race (no category tells them apart): Ola Nordmann, Kari Berg",
                                      "two dates for the race: 2024-05-25 and 2024-05-26 ('Søndag')",
                                      "margin '0,30' does not match the marks 3:45.12 and 3:45.38 (0.26 s)",
                                      "name written two ways: 'Ola Nordman' read as 'Ola Nordmann'"])
    warned = warned_marks(articles_of(report(tmp_path, [record]))[0]["html"])
    assert "two places for Ola Nordmann" in warned["nummer tre"] and "another place, not kept" in warned["nummer tre"]
    assert "two winners in one race" in warned["vant"] and "two places for Ola Nordmann" in warned["vant"]
    assert "two winners in one race" in warned["nummer én"]
    assert warned["Kari Berg"].endswith("two winners in one race (no category tells them apart): Ola Nordmann, Kari Berg")
    assert "another date, not kept" in warned["Søndag"] and "two dates for the race" in warned["lørdag"]
    for written in ("0,30", "3.45,12", "3.45,38"):
        assert "\u26a0 margin '0,30' does not match the marks" in warned[written], written
    assert warned["Ola Nordman"] == "as written: Ola Nordman\n\u26a0 name written two ways: 'Ola Nordman' read as 'Ola Nordmann'"
    assert sorted(warned) == sorted(["nummer tre", "vant", "nummer én", "Ola Nordmann", "Kari Berg", "Søndag", "lørdag", "0,30",
                                     "3.45,12", "3.45,38", "Ola Nordman"])


def test_summary_has_counts_bar_charts_and_missing_fields(tmp_path, example_text):
    counts = {"extracted": 1, "no races found": 2, "skipped": 3, "failed": 4}
    page = static_markup(report(tmp_path, [example_record(str(example_text))], summary_counts=counts))
    for figure in ("<b>10</b>documents", "<b>1</b>races", "<b>2</b>results", "<b>3</b>skipped", "<b>4</b>failed"):
        assert figure in page
    for chart in ("Races per discipline", "Races per meet", "Fields most often missing"):
        assert f"<figcaption>{chart}</figcaption>" in page
    assert re.search(r'title="400mH">400mH</span><span class="track"><span class="fill" style="width:100.0%">', page)
    missing = re.search(r"Fields most often missing</figcaption>(.*?)</figure>", page).group(1)
    assert re.findall(r'class="label" title="([^"]+)"', missing)[:2] == ["race meet.city", "result age"]


def test_each_article_shows_its_publication_date_and_address(tmp_path, example_text):
    records = [example_record(str(example_text), published="2024-05-31", url="https://example.no/sport/a?id=1&s=2"),
               example_record("ntb-4711", published=None, url=None),
               example_record("feed.jsonl#line3", published="2024-06", url="javascript:alert(1)")]
    dated, undated, odd = (article["html"] for article in articles_of(report(tmp_path, records)))
    assert ('<p class="document">published <time datetime="2024-05-31">2024-05-31</time> · '
            '<a href="https://example.no/sport/a?id=1&amp;s=2" rel="noopener noreferrer" target="_blank">'
            'https://example.no/sport/a?id=1&amp;s=2</a></p>') in dated
    assert dated.index('class="document"') < dated.index('class="text"')
    assert ('<p class="document"><span class="missing">no publication date</span> · '
            '<span class="missing">no url</span></p>') in undated
    assert '<time datetime="2024-06">2024-06</time> · javascript:alert(1)</p>' in odd and "<a " not in odd


def test_page_is_self_contained(tmp_path, example_text):
    page = report(tmp_path, [example_record(str(example_text))])
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<script[^>]+src=|<link\b|@import|url\(", page)
    assert "<style>" in page and "function render()" in page


def test_missing_texts_show_the_records_without_highlighting(tmp_path):
    records = [example_record("gone/nowhere.txt"), example_record("batch.jsonl#3"), example_record("urn:article:17")]
    articles = articles_of(report(tmp_path, records))
    assert len(articles) == 3
    for article in articles:
        assert "<mark" not in article["html"]
        assert '<table class="results">' in article["html"]
        assert re.search(r'<p class="note">no text file for .*: shown without highlighting', article["html"])


def test_texts_are_found_by_name_and_inside_json_documents(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "warholm.txt").write_text(EXAMPLE_TEXT, encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(json.dumps({"text": "x"}) + "\n" + json.dumps({"text": EXAMPLE_TEXT}) + "\n",
                                          encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": "x"}, {"text": EXAMPLE_TEXT}]), encoding="utf-8")
    records = [example_record("elsewhere/warholm.txt"), example_record(f"{tmp_path}/batch.jsonl#line2"),
               example_record(f"{tmp_path}/list.json#2")]
    for article in articles_of(report(tmp_path, records, texts=texts)):
        assert 'data-value="Karsten Warholm: mark 46.52"' in article["html"], article["source"]
        assert 'class="note"' not in article["html"]


def test_evidence_that_does_not_match_the_text_is_left_out_and_said(tmp_path):
    (tmp_path / "changed.txt").write_text("Ny tekst. " + EXAMPLE_TEXT, encoding="utf-8")
    article = articles_of(report(tmp_path, [example_record(str(tmp_path / "changed.txt"))]))[0]["html"]
    assert "evidence spans do not match this text" in article
    assert "k-mark" not in article and "k-athlete" in article       # names are found in the text itself


def test_gold_differences_per_article(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in ("nb-01", "nb-02"):
        for suffix in (".txt", ".json"):
            shutil.copy(CORPUS / f"{stem}{suffix}", gold / f"{stem}{suffix}")
    text = (gold / "nb-01.txt").read_text(encoding="utf-8")
    records = [r.to_dict() for r in extract(text, published="2024-08-25", source=str(gold / "nb-01.txt"))]
    page = report(tmp_path, records, gold_dir=gold)
    first, unseen = articles_of(page)
    assert "Against gold (nb-01): F1" in first["html"]
    assert re.search(r'<tr class="missing"><td>missing</td><td>Jakob Ingebrigtsen</td><td>place</td><td>1</td>', first["html"])
    assert unseen["source"].endswith("nb-02.txt")                   # no records, all of its gold missed
    assert "predicted 0" in unseen["html"] and 'class="k-' not in unseen["html"]
    assert "Against gold: 2 articles" in page


def test_command_line(tmp_path, example_text, capsys):
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(example_record(example_text.name)) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    errors.write_text(json.dumps({"path": "sv.txt", "source": "sv.txt", "status": "skipped", "stage": "extract",
                                  "message": "language:sv", "encoding": "utf-8"}) + "\n", encoding="utf-8")
    out = tmp_path / "report.html"
    assert main([str(records), "-o", str(out), "--texts", str(tmp_path), "--errors", str(errors)]) == 0
    assert re.fullmatch(rf"{re.escape(str(out))}: [\d.]+ kB\n", capsys.readouterr().out)
    page = out.read_text(encoding="utf-8")
    assert "k-mark" in page and "<b>1</b>skipped" in page and "language:sv" in page
    assert main([str(tmp_path / "none.jsonl"), "-o", str(out)]) == 2
    assert main([str(records)]) == 2                                 # -o is required
    records.write_text("{not json\n", encoding="utf-8")
    assert main([str(records), "-o", str(out)]) == 1
    assert "line 1: not JSON" in capsys.readouterr().err


def test_batch_report_collects_outcomes_for_extract_report(tmp_path, example_text):
    from extractor.batch.outcome import Outcome
    from extractor.report import BatchReport

    batch = BatchReport(tmp_path / "batch.html")
    batch.add(Outcome(str(example_text), 1, str(example_text), "extracted", records=[example_record(str(example_text))]))
    batch.add(Outcome("sv.txt", 1, "sv.txt", "skipped", "extract", "language:sv"))
    batch.add(Outcome.failed("bad.bin", 1, "bad.bin", "decode", "binary file (NUL bytes)"))
    batch.abort()
    assert not (tmp_path / "batch.html").exists()
    batch.close()
    page = (tmp_path / "batch.html").read_text(encoding="utf-8")
    assert batch.size == len(page.encode("utf-8"))
    for figure in ("<b>3</b>documents", "<b>1</b>skipped", "<b>1</b>failed", "<b>0</b>no races found"):
        assert figure in page
    assert "language:sv" in page and "binary file (NUL bytes)" in page
    assert 'data-value="Karsten Warholm: mark 46.52"' in articles_of(page)[0]["html"]


WEB_PAGE = ("<html><head><title>Warholm</title></head><body><nav>Sport | Nyheter</nav><article><h1>Warholm vant igjen</h1>"
            f"<p>{EXAMPLE_TEXT}</p></article><footer>Kontakt oss</footer></body></html>")


def highlighted_sources(page: str) -> dict[str, bool]:
    """Each article's source -> whether its text is shown with the mark of Warholm's time."""
    return {article["source"]: bool(re.search(r'data-value="Karsten Warholm: mark 46.52"[^>]*>\s*46,52', article["html"]))
            for article in articles_of(page)}


def test_extract_report_embeds_the_texts_of_feeds_pages_and_any_folder(tmp_path, monkeypatch):
    from extractor.cli import main as cli

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "feed.jsonl").write_text(json.dumps({"id": "ntb-4711", "text": EXAMPLE_TEXT, "published": "2024-05-31"}) + "\n"
                                       + json.dumps({"text": "Ingen resultater i dag."}) + "\n"
                                       + json.dumps({"url": "https://example.no/a/2", "text": "Sol og regn. " + EXAMPLE_TEXT})
                                       + "\n", encoding="utf-8")
    (inputs / "page.html").write_text(WEB_PAGE, encoding="utf-8")
    (inputs / "plain.txt").write_text(EXAMPLE_TEXT, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)            # the report is read from here, where no input path leads
    assert cli(["extract", "../inputs", "-o", "../records.jsonl", "--report", "report.html", "--quiet", "--no-model"]) == 0
    page = (elsewhere / "report.html").read_text(encoding="utf-8")
    assert highlighted_sources(page) == {"ntb-4711": True, "https://example.no/a/2": True, "../inputs/page.html": True,
                                         "../inputs/plain.txt": True}
    documents = {article["source"]: re.search(r'<p class="document">(.*?)</p>', article["html"]).group(1)
                 for article in articles_of(page)}
    assert documents["ntb-4711"].startswith('published <time datetime="2024-05-31">')
    assert '<a href="https://example.no/a/2"' in documents["https://example.no/a/2"]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE_TEXT.encode("utf-8"))))
    assert cli(["extract", "-", "-o", "stdin.jsonl", "--report", "stdin.html", "--quiet", "--no-model"]) == 0
    assert highlighted_sources((elsewhere / "stdin.html").read_text(encoding="utf-8")) == {"-": True}


def test_a_feed_repeating_an_id_gives_each_document_its_own_article_and_text(tmp_path):
    from extractor.cli import main as cli

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "ntb-4711", "text": EXAMPLE_TEXT}) + "\n"
                    + json.dumps({"id": "ntb-4711", "text": "Oppdatert: " + EXAMPLE_TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    assert cli(["extract", str(feed), "-o", str(out), "--report", str(tmp_path / "r.html"), "--quiet", "--no-model"]) == 0
    assert [json.loads(line)["source"] for line in out.read_text().splitlines()] == ["ntb-4711", "ntb-4711"]
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert highlighted_sources(page) == {"ntb-4711": True, f"ntb-4711 ({feed}#line2)": True}
    assert "do not match this text" not in page


def test_report_later_finds_the_texts_in_the_inputs_given_from_any_folder(tmp_path, monkeypatch, capsys):
    from extractor.cli import main as cli

    inputs = tmp_path / "inputs"
    (inputs / "web").mkdir(parents=True)
    (inputs / "feed.jsonl").write_text(json.dumps({"text": "Ingen resultater i dag."}) + "\n"
                                       + json.dumps({"id": "ntb-4711", "text": "Sol og regn. " + EXAMPLE_TEXT}) + "\n",
                                       encoding="utf-8")
    (inputs / "web" / "page.html").write_text(WEB_PAGE, encoding="utf-8")
    (inputs / "plain.txt").write_text(EXAMPLE_TEXT, encoding="utf-8")
    (inputs / "web" / "plain.txt").write_text("Ny tekst. " + EXAMPLE_TEXT, encoding="utf-8")    # the same name elsewhere
    monkeypatch.chdir(tmp_path)
    assert cli(["extract", "inputs/feed.jsonl", "inputs/web/page.html", "inputs/plain.txt", "-o", "records.jsonl",
                "--quiet", "--no-model"]) == 0
    sources = ["ntb-4711", "inputs/plain.txt", "inputs/web/page.html"]       # in input path order
    assert [json.loads(line)["source"] for line in (tmp_path / "records.jsonl").read_text().splitlines()] == sources
    capsys.readouterr()
    away = tmp_path / "a" / "b"
    away.mkdir(parents=True)
    monkeypatch.chdir(away)                  # "inputs/plain.txt" leads nowhere from here
    assert main(["../../records.jsonl", "-o", "bare.html"]) == 0
    assert highlighted_sources((away / "bare.html").read_text(encoding="utf-8")) == dict.fromkeys(sources, False)
    err = capsys.readouterr().err
    assert "3 articles shown without their text (first: ntb-4711): pass the extraction's inputs" in err
    assert main(["../../records.jsonl", "-o", "found.html", "--texts", "../../inputs"]) == 0
    assert highlighted_sources((away / "found.html").read_text(encoding="utf-8")) == dict.fromkeys(sources, True)
    assert capsys.readouterr().err == ""
    assert main(["../../records.jsonl", "-o", "feed.html", "--texts", "../../inputs/feed.jsonl", "--texts",
                 "../../inputs/web/page.html"]) == 0                 # files, several
    shown = highlighted_sources((away / "feed.html").read_text(encoding="utf-8"))
    assert shown == {"ntb-4711": True, "inputs/web/page.html": True, "inputs/plain.txt": False}
    assert "1 article shown without their text (first: inputs/plain.txt)" in capsys.readouterr().err
    assert main(["../../records.jsonl", "-o", "x.html", "--texts", "../../nowhere"]) == 2


def synthetic_records(n: int, texts: Path) -> list[dict]:
    """`n` articles of the example text, one in ten with a warning."""
    texts.mkdir(exist_ok=True)
    for i in range(n):
        (texts / f"article-{i}.txt").write_text(EXAMPLE_TEXT, encoding="utf-8")
    return [example_record(f"article-{i}.txt", warnings=["two places for CJ Allen: 2 and 3"] if i % 10 == 0 else [])
            for i in range(n)]


@pytest.fixture(scope="module")
def report_of_5000(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report-of-5000")
    write_report(synthetic_records(5000, folder / "texts"), folder / "report.html", texts=folder / "texts")
    return folder / "report.html"


def test_5000_articles_render_lazily_and_the_size_grows_linearly(tmp_path, report_of_5000):
    small = write_report(synthetic_records(1000, tmp_path / "texts"), tmp_path / "small.html", texts=tmp_path / "texts")
    large = report_of_5000.stat().st_size
    assert 4.6 < large / small < 5.2
    assert large < 5000 * 4000                                      # about 3 kB per article of 3 lines
    page = report_of_5000.read_text(encoding="utf-8")
    assert len(articles_of(page)) == 5000
    assert "<article" not in static_markup(page)                   # none laid out before the script pages them
    assert f'data-page-size="{ARTICLES_PER_PAGE}"' in page and ARTICLES_PER_PAGE == 50
    assert "only articles with warnings (500)" in page


# ---------------------------------------------------------------------------------------------
# In the browser


def corpus_records() -> list[dict]:
    records = []
    for path in sorted(CORPUS.glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        found = extract_document(path.read_text(encoding="utf-8"), meta.get("published"), None, str(path))
        records += [record.to_dict() for record in found.records]
    return records


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[report]')")
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("no system Chromium (Debian packages chromium and chromium-driver; .ci/run installs them)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    session = webdriver.Chrome(service=Service(driver), options=options)
    yield session
    session.quit()


def open_page(browser, path: Path) -> None:
    browser.get(path.resolve().as_uri())
    browser.get_log("browser")          # nothing from an earlier page


def console_errors(browser) -> list[dict]:
    return [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def screenshot(browser, name: str) -> Path:
    """The whole page (up to 6000 px high) as a PNG in out/."""
    height = min(browser.execute_script("return document.documentElement.scrollHeight"), 6000)
    browser.set_window_size(1280, height)
    ARTEFACTS.mkdir(exist_ok=True)
    path = ARTEFACTS / name
    assert browser.save_screenshot(str(path))
    browser.set_window_size(1280, 1600)
    return path


def test_corpus_report_in_chromium(browser, tmp_path):
    out = tmp_path / "corpus.html"
    write_report(corpus_records(), out, gold_dir=CORPUS)
    open_page(browser, out)
    count = browser.execute_script
    articles = count("return document.querySelectorAll('#articles article').length")
    assert 40 <= articles <= ARTICLES_PER_PAGE
    assert count("return document.querySelectorAll('#articles mark.span').length") > 500
    assert count("return document.querySelectorAll('#articles table.results tbody tr').length") > 200
    for kind in ("athlete", "mark", "placing", "age", "nationality", "meet", "venue", "date", "flag"):
        assert count(f"return document.querySelectorAll('#articles mark.k-{kind}').length") > 0, kind
    tooltip = count("const m = document.querySelector('mark.k-mark'); m.focus();"
                    "return [getComputedStyle(m, '::after').content, m.dataset.value]")
    assert tooltip[0] == '"' + tooltip[1].replace("\n", "\\a ") + '"'   # the value shows on hover and focus
    assert console_errors(browser) == []
    shot = screenshot(browser, "report-corpus.png")
    assert shot.stat().st_size > 50_000

    warned = count("return JSON.parse(document.getElementById('articles-data').textContent).filter(a => a.warnings).length")
    browser.find_element("id", "only-warnings").click()
    shown = count("return Array.from(document.querySelectorAll('#articles article'), a => a.classList.contains('has-warnings'))")
    assert len(shown) == min(warned, ARTICLES_PER_PAGE) and warned > 0 and all(shown)
    assert count("return document.querySelector('#articles article .warnings') !== null")
    assert console_errors(browser) == []


def test_clicking_a_results_row_shows_its_evidence(browser, tmp_path):
    texts = tmp_path / "texts"
    records = synthetic_records(30, texts)
    out = tmp_path / "rows.html"
    write_report(records, out, texts=texts)
    open_page(browser, out)
    row = browser.find_elements("css selector", '#article-30 tr[data-ref="1-1"]')[0]       # CJ Allen, far below
    browser.execute_script("arguments[0].scrollIntoView()", row)
    row.click()
    shown = browser.execute_script("""return Array.from(document.querySelectorAll('mark.evidence-shown'),
        m => [m.closest('article').id, m.firstChild.textContent.trim()])""")
    assert shown == [["article-30", "Amerikaneren"], ["article-30", "CJ Allen"], ["article-30", "47,58"]]
    focused = browser.execute_script("""const m = document.activeElement, box = m.getBoundingClientRect();
        return [m.tagName, m.firstChild.textContent.trim(), box.top >= 0 && box.bottom <= innerHeight,
                getComputedStyle(m, '::after').content]""")
    assert focused[:3] == ["MARK", "Amerikaneren", True] and "CJ Allen: nationality USA" in focused[3]
    warholm = browser.find_elements("css selector", '#article-29 tr[data-ref="1-2"]')[0]
    browser.execute_script("arguments[0].focus()", warholm)
    warholm.send_keys("\ue007")                                    # Enter
    shown = browser.execute_script("return Array.from(document.querySelectorAll('mark.evidence-shown'), m => m.closest('article').id)")
    assert set(shown) == {"article-29", "article-30"} and shown.count("article-29") == 5   # each article keeps its own
    assert console_errors(browser) == []


def test_5000_articles_page_50_at_a_time(browser, report_of_5000):
    open_page(browser, report_of_5000)
    count = "return document.querySelectorAll('#articles article').length"
    assert browser.execute_script(count) == 50
    assert browser.execute_script("return document.querySelectorAll('mark.span').length") == 50 * 10
    status = browser.find_element("css selector", ".pager .status")
    assert status.text == "page 1 of 100 (5000 articles)"
    browser.find_element("id", "search").send_keys("article-7")  # article-7, -70 ... -79, -700 ... -799
    assert status.text == "page 1 of 3 (111 articles)"
    next_page = browser.find_element("css selector", '.pager [data-step="1"]')
    next_page.click()
    next_page.click()
    assert browser.execute_script(count) == 11 and status.text == "page 3 of 3 (111 articles)"
    browser.find_element("id", "only-warnings").click()              # article-70, -700, -710 ... -790
    assert browser.execute_script(count) == 11 and status.text == "page 1 of 1 (11 articles)"
    assert console_errors(browser) == []


def test_seed_report_screenshot(browser, tmp_path, seed_text):
    (tmp_path / "bowerman-mile-2024.txt").write_text(seed_text, encoding="utf-8")
    records = [r.to_dict() for r in extract(seed_text, published="2024-05-26", source="bowerman-mile-2024.txt")]
    out = tmp_path / "seed.html"
    write_report(records, out, texts=tmp_path)
    open_page(browser, out)
    assert browser.execute_script("return document.querySelectorAll('#articles mark.span').length") > 10
    browser.execute_script("""document.querySelector('mark.k-mark[data-value*=": mark"]').focus({preventScroll: true})""")  # as on hover
    assert console_errors(browser) == []
    screenshot(browser, "report-seed.png")
