"""Batch inputs: finding files, decoding bytes, splitting JSON and JSON Lines into documents, web pages."""
import json

import pytest

from extractor.batch.inputs import DecodeError, Document, clashes, decode, discover, documents
from extractor.batch.outcome import FAILED, SKIPPED, Outcome
from extractor.batch.pages import article

NORWEGIAN = "Håkon Sæle (21) vant 1500 meter på Bislett Games lørdag med tiden 3.35,12. Øystein Ålvik ble nummer to."


@pytest.mark.parametrize("encoding, name", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"), ("latin-1", "latin-1")])
def test_decode_norwegian_text_in_each_encoding(encoding, name):
    text, found = decode(NORWEGIAN.encode(encoding))
    assert text == NORWEGIAN
    # latin-1 and cp1252 agree on æøå: such a file may be named either (cp1252 is the superset).
    assert found == name or {found, name} == {"cp1252", "latin-1"}


def test_decode_cp1252_only_characters():
    text = "«Det var tøft», sa Sæle – og €100 i premie."
    assert decode(text.encode("cp1252")) == (text, "cp1252")


@pytest.mark.parametrize("data, message", [
    ("Håkon Sæle vant på 3.35,12.".encode() + b" \xff\xfe ", "invalid UTF-8"),
    (b"\x81\x8d\x8f\x90\x9d abc " * 30, "not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
    (b"\xef\xbb\xbfbad \xff after a BOM", "byte order mark"),
])
def test_decode_refuses_invalid_utf8_and_binary(data, message):
    with pytest.raises(DecodeError, match=message):
        decode(data)


def test_decode_empty():
    assert decode(b"") == ("", "utf-8")


def test_discover_sorts_recurses_skips_hidden_and_companions(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"published": "2024-05-31"}', encoding="utf-8")   # a.txt's metadata
    (tmp_path / "docs.json").write_text('{"text": "x"}', encoding="utf-8")
    (tmp_path / "c.txt").write_text("x", encoding="utf-8")
    (tmp_path / "c.json").write_text('{"text": "a document, not metadata"}', encoding="utf-8")
    (tmp_path / "page.HTML").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("x", encoding="utf-8")
    found = discover([str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")])
    names = [p.removeprefix(str(tmp_path) + "/") for p in found]
    assert names == ["a.txt", "b/z.txt", "c.json", "c.txt", "docs.json", "missing.txt", "page.HTML"]


def test_discover_excludes_the_output(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("", encoding="utf-8")
    assert discover([str(tmp_path)], exclude=[str(tmp_path / "out.jsonl")]) == [str(tmp_path / "a.txt")]


def test_discover_leaves_out_the_tools_own_outputs_with_the_reason(tmp_path):
    record = {"source": "a.txt", "sport": "athletics", "discipline": "1500m", "results": []}
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "x", "source": "s", "sport": "x", "discipline": "d",
                                                     "results": []}) + "\n", encoding="utf-8")   # has text: input
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "out" / "long.jsonl").write_text(json.dumps(dict(record, warnings=["w" * 9000])) + "\n", encoding="utf-8")
    (tmp_path / "errors.jsonl").write_text(json.dumps({"path": "b.txt", "source": "b.txt", "status": "failed",
                                                       "stage": "decode", "message": "m", "encoding": None}) + "\n")
    (tmp_path / "review.html").write_text("<!DOCTYPE html>\n<html>\n<head>\n<title>Race records: review</title>")
    (tmp_path / "page.html").write_text("<html><title>Warholm vant</title><p>x</p></html>")
    (tmp_path / "eval.json").write_text(json.dumps({"fields": {"athlete": {}}, "micro": {}}, indent=2))
    (tmp_path / "this.jsonl").write_text("", encoding="utf-8")
    found = discover([str(tmp_path)], exclude=[str(tmp_path / "this.jsonl"), str(tmp_path / "gone.jsonl")])
    assert [p.removeprefix(str(tmp_path) + "/") for p in found] == ["a.txt", "feed.jsonl", "page.html"]
    assert {p.removeprefix(str(tmp_path) + "/"): what[0] for p, what in found.left_out} == {
        "errors.jsonl": "--errors file", "eval.json": "evaluate --json report",
        "out/long.jsonl": "records file written by the extractor", "out/records.jsonl": "records file written by the extractor",
        "review.html": "review report", "this.jsonl": "output of this run"}
    assert found.left_out_note().startswith("left out of the folder search: 1 --errors file (")
    assert "2 records files written by the extractor (" in found.left_out_note()
    # a file named as a PATH is taken, whatever it holds; this run's output that is not the tool's is kept (refused later)
    assert discover([str(tmp_path / "out" / "records.jsonl")]) == [str(tmp_path / "out" / "records.jsonl")]
    assert str(tmp_path / "feed.jsonl") in discover([str(tmp_path)], exclude=[str(tmp_path / "feed.jsonl")])


def test_clashes_finds_an_output_that_is_an_input_under_any_name(tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "x"}\n', encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to(feed)
    (tmp_path / "hard.jsonl").hardlink_to(feed)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    for output in (str(feed), "../feed.jsonl", str(tmp_path / "link.jsonl"), str(tmp_path / "hard.jsonl")):
        assert clashes([str(feed), "-"], {"-o": output, "--db": None}) == [("-o", output, str(feed))]
        assert clashes(["../link.jsonl"], {"--errors": output}) == [("--errors", output, "../link.jsonl")]
    assert clashes([str(feed)], {"-o": str(tmp_path / "out.jsonl"), "--report": "feed.jsonl"}) == []


def test_text_document_takes_published_from_its_companion(tmp_path):
    (tmp_path / "a.txt").write_text(NORWEGIAN, encoding="utf-8")
    (tmp_path / "a.json").write_text('{"published": "2024-05-31", "results": []}', encoding="utf-8")
    (tmp_path / "b.txt").write_text(NORWEGIAN, encoding="utf-8")
    [a] = documents(str(tmp_path / "a.txt"), published="2020-01-01")
    [b] = documents(str(tmp_path / "b.txt"), published="2020-01-01")
    assert (a.published, b.published) == ("2024-05-31", "2020-01-01")
    assert a == Document(str(tmp_path / "a.txt"), 1, str(tmp_path / "a.txt"), "text", NORWEGIAN, "2024-05-31", "utf-8")


def test_jsonl_one_document_per_line_with_sources(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [json.dumps({"text": "første", "id": "ntb-17", "published": "2024-05-31"}), "",
             json.dumps({"text": "andre", "url": "https://example.no/a"}),
             json.dumps({"text": "tredje"}),
             "{not json",
             json.dumps({"title": "no text"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = list(documents(str(path), published="2020-01-01"))
    docs = [d for d in found if isinstance(d, Document)]
    assert [(d.source, d.position, d.content, d.published) for d in docs] == [
        ("ntb-17", 1, "første", "2024-05-31"),
        ("https://example.no/a", 3, "andre", "2020-01-01"),
        (f"{path}#line4", 4, "tredje", "2020-01-01")]
    failed = [o for o in found if isinstance(o, Outcome)]
    assert [(o.source, o.status, o.stage) for o in failed] == [
        (f"{path}#line5", FAILED, "parse"), (f"{path}#line6", FAILED, "parse")]
    assert "invalid JSON" in failed[0].message and "text" in failed[1].message


def test_json_object_list_and_empty(tmp_path):
    one = tmp_path / "one.json"
    one.write_text('{"text": "en", "published": "2024-05-31"}', encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text('[{"text": "en"}, {"text": "to", "id": 7}]', encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    assert [(d.source, d.published) for d in documents(str(one))] == [(str(one), "2024-05-31")]
    assert [d.source for d in documents(str(many))] == [f"{many}#1", "7"]
    [outcome] = documents(str(empty))
    assert (outcome.status, outcome.message) == (SKIPPED, "empty")


def test_unreadable_and_undecodable_files_become_failed_outcomes(tmp_path):
    [missing] = documents(str(tmp_path / "missing.txt"))
    assert (missing.status, missing.stage) == (FAILED, "read") and "No such file" in missing.message
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    [outcome] = documents(str(binary))
    assert (outcome.status, outcome.stage) == (FAILED, "decode")


def test_web_page_text_and_published_date_from_metadata():
    html = ("<html><head><title>Sæle vant | Sport</title>"
            '<meta property="article:published_time" content="2024-05-31T10:00:00+02:00"></head>'
            "<body><nav><a href='/'>Forside</a> <a href='/sport'>Sport</a></nav><article><h1>Sæle vant</h1>"
            f"<p>{NORWEGIAN}</p></article><footer>Kontakt oss</footer></body></html>")
    text, published, _url = article(html)
    assert NORWEGIAN in text and "Forside" not in text and "Kontakt" not in text
    assert published == "2024-05-31"
    assert article("<html><body></body></html>") == ("", None, None)
    undated = "<html><body><article><p>Publisert 25. mai 2024.</p><p>" + NORWEGIAN + "</p></article></body></html>"
    assert article(undated)[1] is None          # a date in the text is no publication date


def test_a_published_that_is_no_date_is_dropped_with_a_warning_naming_file_and_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": "x", "published": p}) for p in ("2024-05-31", "i går", 2024, "31.05.24"))
                    + "\n", encoding="utf-8")
    first, bad, year, dotted = documents(str(feed), published="2020-01-01")
    assert (first.published, first.warnings) == ("2024-05-31", ())
    assert (year.published, year.warnings) == ("2024", ())
    assert bad.published == "2020-01-01" and bad.warnings == (
        f"{feed}#line2: published 'i går' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): ignored",)
    assert dotted.published is None or dotted.published == "2020-01-01"
    assert dotted.warnings[0].startswith(f"{feed}#line4: published '31.05.24' is not a date")
    (tmp_path / "a.txt").write_text(NORWEGIAN, encoding="utf-8")
    (tmp_path / "a.json").write_text('{"published": "snart"}', encoding="utf-8")
    [article] = documents(str(tmp_path / "a.txt"))
    assert article.published is None and article.warnings[0].startswith(f"{tmp_path / 'a.json'}: published 'snart'")
