"""The README and docs/ against the code: they fail when the documentation drifts.

- README's first lines hold the two commands; every relative link of README and docs/ resolves;
- README's library and command-line examples print what the README shows;
- docs/disciplines.md: every code of lexicons/disciplines.tsv has a row (per sport), and every row's
  example gives its code; docs/flags.md: every flag of lexicons/flags.tsv and of the schema has a row,
  every example gives its flag, and the counter-examples give none;
- docs/record-format.md: every key records and results emit (and the schema allows) has a row, and
  its example record is what the extractor gives;
- docs/categories.md: its examples give the categories shown; docs/evaluation.md: its gold example
  scores perfectly and every scored field is described;
- every option of the command line is in its page.
"""
from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from extractor import extract
from extractor.cli import main
from extractor.evaluation import REPORTED_FIELDS, flatten_records, score_document
from extractor.lexicons import rows
from extractor.matchers.disciplines import find_disciplines
from extractor.matchers.flags import find_flags

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SCHEMA = json.loads((ROOT / "extractor" / "schema" / "race_record.schema.json").read_text(encoding="utf-8"))
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def table_rows(text: str) -> list[list[str]]:
    """The body rows of every markdown table in `text` (outside code blocks), as lists of cells."""
    out = []
    for line in FENCE.sub("", text).splitlines():
        if line.startswith("|") and not re.fullmatch(r"\|[\s|:-]+\|", line):
            out.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
    return [row for row in out if row[0] not in ("key", "code", "flag", "category", "text")]


def sections(text: str) -> dict[str, str]:
    """`## ` heading -> its text."""
    parts = re.split(r"^## (.*)$", FENCE.sub("", text), flags=re.M)
    return dict(zip(parts[1::2], parts[2::2]))


def ticked(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def quoted(cell: str) -> list[str]:
    return re.findall(r"\"([^\"]+)\"", cell)


# --- README ----------------------------------------------------------------------------------------

def test_readme_starts_with_the_two_commands():
    first = "\n".join(read("README.md").splitlines()[:8])
    assert "make extract" in first and "make test" in first


MARKDOWN = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


@pytest.mark.parametrize("page", MARKDOWN, ids=lambda p: p.name)
def test_every_relative_link_resolves(page):
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    targets = [t for t in re.findall(r"\]\(([^)\s]+)\)", text) if not re.match(r"[a-z]+:|#", t)]
    missing = [t for t in targets if not (page.parent / t.split("#")[0]).exists()]
    assert not missing, f"{page.name}: links to missing files {missing}"


def readme_blocks(after: str) -> list[str]:
    """The code blocks of the README after the text `after`, in order."""
    readme = read("README.md")
    return [body for _language, body in re.findall(r"^```(\w*)\n(.*?)^```", readme[readme.index(after):], re.S | re.M)]


def test_readme_library_example_prints_what_it_shows():
    code, shown = readme_blocks("## Example")[:2]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README example", "exec"), {})
    assert printed.getvalue() == shown


def test_readme_command_line_example_prints_what_it_shows(tmp_path, monkeypatch, capsys):
    shown = readme_blocks("on the command line")[0].splitlines()
    command = shown[0].removeprefix("$ ").split()
    assert command[:2] == ["extractor", "extract"]
    text = re.search(r"text = \((.*?)\)\n", readme_blocks("## Example")[0], re.S).group(1)
    (tmp_path / command[2]).write_text(eval(f"({text})"), encoding="utf-8")      # the library example's text
    monkeypatch.chdir(tmp_path)
    assert main(command[1:]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == shown[1:-1]
    assert err.strip().splitlines()[-1] == shown[-1]


# --- discipline codes ------------------------------------------------------------------------------

def discipline_tables() -> dict[str, list[list[str]]]:
    """sport -> the rows of its table in docs/disciplines.md."""
    out = {}
    for heading, body in sections((DOCS / "disciplines.md").read_text(encoding="utf-8")).items():
        sport = re.search(r"\(`(\w+)`\)", heading)
        if sport:
            out[sport.group(1)] = table_rows(body)
    return out


def code_pattern(code: str) -> re.Pattern:
    """`<N>mH` -> 400mH, `<K>km` -> 12.5km, `<L>x<N>m_<stroke>` -> 4x100m_free."""
    parts = {"<N>": r"\d+", "<K>": r"\d+(?:\.\d+)?", "<L>": r"[2-4]", "<stroke>": r"[a-z]+"}
    return re.compile("".join(parts.get(piece, re.escape(piece)) for piece in re.split(r"(<\w+>)", code)))


def test_the_disciplines_page_has_every_sport():
    assert set(discipline_tables()) == set(SCHEMA["properties"]["sport"]["enum"]) - {"other"}


def test_every_lexicon_code_is_documented_for_its_sports():
    documented = {sport: {ticked(row[0])[0] for row in table} for sport, table in discipline_tables().items()}
    missing = [(code, sport) for row in rows("disciplines.tsv") if row[1] != "-"
               for code, sports in [(row[1], row[3] if len(row) > 3 else "athletics")]
               for sport in sports.split(",") if code not in documented[sport]]
    assert not missing, f"codes of lexicons/disciplines.tsv without a row in docs/disciplines.md: {missing}"


def test_every_documented_code_is_what_its_example_gives():
    wrong = []
    for sport, table in discipline_tables().items():
        for row in table:
            code, examples = ticked(row[0])[0], quoted(row[2])
            assert examples, f"{code} ({sport}): no example"
            for example in examples:
                given = [m.value.code for m in find_disciplines(example, sport)]
                if not any(code_pattern(code).fullmatch(g) for g in given):
                    wrong.append((sport, code, example, given))
    assert not wrong, f"examples that do not give their code: {wrong}"


# --- flags ------------------------------------------------------------------------------------------

def flag_rows() -> dict[str, list[str]]:
    return {ticked(row[0])[0]: row for row in table_rows((DOCS / "flags.md").read_text(encoding="utf-8"))}


def test_every_flag_is_documented():
    lexicon = {flag for _expression, flag in rows("flags.tsv")}
    schema = set(re.search(r"\((.*)\)", SCHEMA["$defs"]["flag"]["pattern"]).group(1).split("|"))
    assert lexicon <= schema
    assert set(flag_rows()) == schema


def test_flag_examples_give_their_flag():
    for flag, row in flag_rows().items():
        if flag == "derived":
            continue                    # no wording: computed (test_record_format_example_is_real covers it)
        for example in quoted(row[2]):
            assert flag in [m.value for m in find_flags(example)], (flag, example)


def test_equalled_and_no_flag_examples():
    page = (DOCS / "flags.md").read_text(encoding="utf-8")
    equalled = re.search(r"\*\*Equalled records\.\*\*(.*?)\n\n", page, re.S).group(1)
    phrase, = quoted(equalled)
    flag, = ticked(equalled[equalled.index(phrase):])[:1]
    assert [m.value for m in find_flags(phrase)] == [flag] and flag.startswith("=")
    no_flag = re.search(r"\*\*What gives no flag\.\*\*(.*?)\n\n", page, re.S).group(1)
    examples = [e for e in quoted(no_flag.replace("\n", " ")) if e not in ("PB", "pb")]
    assert len(examples) >= 4
    for example in examples:
        assert find_flags(example) == [], example


# --- record format ----------------------------------------------------------------------------------

RECORD_PAGE = DOCS / "record-format.md"
DERIVED_TEXT = ("Therese Johaug vant 10 km klassisk i Holmenkollen lørdag på 27.45,3. "
                "Heidi Weng ble nummer to, +12,4.")


def documented_keys() -> set[str]:
    return {ticked(row[0])[0] for row in table_rows(RECORD_PAGE.read_text(encoding="utf-8"))}


def schema_keys() -> set[str]:
    properties = SCHEMA["properties"]
    result = properties["results"]["items"]["properties"]
    return (set(properties) | {f"meet.{k}" for k in properties["meet"]["properties"]} | set(result)
            | set(SCHEMA["$defs"]["span"]["properties"]))


def emitted_keys(record: dict) -> set[str]:
    keys = set(record) | {f"meet.{k}" for k in record["meet"]}
    for result in record["results"]:
        keys |= set(result)
        for spans in result["evidence"].values():
            keys |= {k for span in spans for k in span}
    return keys


def example_record() -> tuple[str, str, dict]:
    page = RECORD_PAGE.read_text(encoding="utf-8")
    text = " ".join(line.removeprefix("> ") for line in page.splitlines() if line.startswith("> "))
    published = re.search(r"published (\d{4}-\d{2}-\d{2})", page).group(1)
    shown = json.loads(re.search(r"```json\n(.*?)```", page, re.S).group(1))
    return text, published, shown


def test_every_key_of_records_and_results_is_documented():
    text, published, _shown = example_record()
    records = [r.to_dict() for t in (text, DERIVED_TEXT) for r in extract(t, published=published)]
    emitted = set().union(*(emitted_keys(r) for r in records))
    undocumented = (emitted | schema_keys()) - documented_keys()
    assert not undocumented, f"keys records give or the schema allows, without a row in docs/record-format.md: {sorted(undocumented)}"


def test_no_documented_key_is_gone():
    text, published, _shown = example_record()
    emitted = emitted_keys(extract(text, published=published)[0].to_dict())
    gone = documented_keys() - schema_keys() - emitted
    assert not gone, f"docs/record-format.md describes keys that neither the records nor the schema have: {sorted(gone)}"


def test_record_format_example_is_real():
    text, published, shown = example_record()
    record, = (r.to_dict() for r in extract(text, published=published))
    assert {key: record[key] for key in shown} == shown
    page = RECORD_PAGE.read_text(encoding="utf-8")
    evidence_names = set(ticked(re.search(r"The field names used:(.*?)\n\n", page, re.S).group(1)))
    derived = [r.to_dict() for r in extract(DERIVED_TEXT, published=published)]
    for r in [record, *derived]:
        assert set(r["evidence"]) <= evidence_names
        for result in r["results"]:
            assert set(result["evidence"]) <= evidence_names
    weng = next(x for r in derived for x in r["results"] if x["athlete"] == "Heidi Weng")
    assert weng["flags"] == ["derived"] and f'"mark": "{weng["mark"]}"' in page


# --- categories and gold format ---------------------------------------------------------------------

def test_category_examples():
    for row in table_rows((DOCS / "categories.md").read_text(encoding="utf-8")):
        if not row[0].startswith('"'):
            continue                    # the table of values, not of examples
        text = row[0].strip('"').replace("\\n", "\n")
        given = [r.category for r in extract(text, published="2024-06-10")]
        assert given == ticked(row[1]), (text, given)


def test_categories_page_has_the_merge_classes():
    documented = {}
    for row in table_rows((DOCS / "categories.md").read_text(encoding="utf-8")):
        if len(row) == 4 and row[3] != "itself":
            documented.update({word: ticked(row[3])[0] for word in ticked(row[0])})
    lexicon = {word: category for word, category, *_ in rows("categories.tsv")}
    assert documented == lexicon, "docs/categories.md and lexicons/categories.tsv disagree"


def test_gold_example_scores_perfectly():
    page = (DOCS / "evaluation.md").read_text(encoding="utf-8")
    text = " ".join(line.removeprefix("> ") for line in page.splitlines() if line.startswith("> "))
    gold = json.loads(re.search(r"```json\n(.*?)```", page, re.S).group(1))
    predicted = flatten_records([r.to_dict() for r in extract(text, published=gold["published"])])
    scored = score_document(gold["id"], gold["language"], gold["results"], predicted)
    assert scored.micro.fp == scored.micro.fn == 0 and scored.micro.tp > 0, scored.misses
    keys = {ticked(row[0])[0] for row in table_rows(page)}
    assert set(gold) | set(REPORTED_FIELDS) <= keys
    assert all(set(entry) <= keys for entry in gold["results"])


# --- command line -----------------------------------------------------------------------------------

COMMAND_PAGES = {"extract": ["command-line.md", "distributed.md"], "evaluate": ["evaluation.md"],
                 "report": ["review-report.md"]}


@pytest.mark.parametrize("command", sorted(COMMAND_PAGES))
def test_every_option_is_documented(command, capsys):
    main([command, "--help"])
    usage = capsys.readouterr().out
    options = [re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", line.strip().split("  ")[0])
               for line in usage.splitlines() if re.match(r"\s+-", line)]
    pages = "\n".join((DOCS / name).read_text(encoding="utf-8") for name in COMMAND_PAGES[command])
    missing = [aliases for aliases in options if "--help" not in aliases
               and not any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", pages) for a in aliases)]
    assert not missing, f"options of `extractor {command}` not in {COMMAND_PAGES[command]}: {missing}"
