"""The review page: a summary, then every article with its highlighted text, results tables and warnings.

One self-contained HTML file (CSS and JS inline, nothing fetched at view time). The summary is
plain HTML; the articles are rendered here, one HTML fragment each, and embedded as JSON that the
page's script shows 50 at a time, so that 5,000 articles open as fast as 50.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import Iterable, Mapping

from ..batch.outcome import EXTRACTED, FAILED, SKIPPED, STATUSES
from ..batch.outputs import write_atomically
from .articles import Article, attach_text, group_by_source, race_title
from .gold import compare_with_gold, miss_kind, total_counts
from .highlight import KINDS, highlighted_text, highlights
from .texts import Texts, TextsGiven

ARTICLES_PER_PAGE = 50
TOP_BARS = 12
RESULT_FIELDS = ("place", "mark", "age", "nationality")
RACE_FIELDS = ("discipline", "meet.name", "meet.city", "date")
WEB_ADDRESS = re.compile(r"https?://\S+\Z", re.IGNORECASE)       # a url shown as a link (no javascript: ...)
PLACEHOLDER = re.compile(r"\{\{ (\w+) \}\}")          # in template/report.html


class Written(int):
    """The size in bytes of a written report, with the sources of the articles shown without their text."""
    without_text: list[str]

    def __new__(cls, size: int, without_text: list[str]):
        written = super().__new__(cls, size)
        written.without_text = without_text
        return written


def write_report(records_iterable: Iterable[dict], out_path: str | Path, texts: TextsGiven = None,
                 gold_dir: str | Path | None = None, summary_counts: Mapping[str, int] | None = None,
                 problems: Iterable[dict] | None = None) -> Written:
    """Write the review page of the records to `out_path`; the file's size in bytes (`Written`).

    `texts`: the articles' texts, a mapping source -> text (as `extract --report` embeds them), or
    the extraction's inputs (folders, files, feeds) to find them in when the `source` path does not
    lead to them (`texts.Texts`). `gold_dir`: gold annotations to compare with. `summary_counts`:
    documents per status from the batch run ("extracted", "no races found", "skipped", "failed").
    `problems`: the skipped and failed documents (lines of the `--errors` file), listed on the page.
    """
    articles = group_by_source(records_iterable)
    found = Texts(texts)
    for article in articles:
        attach_text(article, found)
    if gold_dir is not None:
        articles = compare_with_gold(articles, gold_dir)
    problems = list(problems or [])
    page = render_page(articles, summary_counts, problems)
    write_atomically(Path(out_path), page)
    return Written(Path(out_path).stat().st_size, [article.source for article in articles if article.text is None])


def render_page(articles: list[Article], summary_counts: Mapping[str, int] | None, problems: list[dict]) -> str:
    fragments = [{"source": article.source, "warnings": len(article.warnings), "html": article_html(article, number)}
                 for number, article in enumerate(articles, 1)]
    with_warnings = sum(1 for fragment in fragments if fragment["warnings"])
    parts = {
        "css": _template("report.css"),
        "js": _template("report.js"),
        "summary": summary_html(articles, summary_counts, problems),
        "legend": "".join(f'<span class="span k-{kind}">{kind}</span>' for kind in KINDS)
                  + '<span class="span warned">named in a warning</span>',
        "problems": problems_html(problems),
        "with_warnings": str(with_warnings),
        "page_size": str(ARTICLES_PER_PAGE),
        "articles_json": _script_json(fragments),
    }
    return PLACEHOLDER.sub(lambda placeholder: parts[placeholder[1]], _template("report.html"))


# ---------------------------------------------------------------------------------------------
# Summary


def summary_html(articles: list[Article], summary_counts: Mapping[str, int] | None, problems: list[dict]) -> str:
    records = [record for article in articles for record in article.records]
    results = [result for record in records for result in record.get("results") or []]
    warnings = [warning for article in articles for warning in article.warnings]
    unresolved = sum(1 for record in records if record.get("date_text") and not record.get("date"))
    documents = sum(summary_counts.values()) if summary_counts else len(articles) + len(problems)
    figures = [("documents", documents),
               ("articles shown", len(articles)),
               ("races", len(records)),
               ("results", len(results)),
               ("warnings", len(warnings)),
               ("articles with warnings", sum(1 for article in articles if article.warnings)),
               ("unresolved dates", unresolved),
               ("texts not found", sum(1 for article in articles if article.text is None))]
    figures += _status_figures(summary_counts, problems)
    cards = "".join(f'<div class="figure"><b>{escape(str(value))}</b>{escape(name)}</div>' for name, value in figures)
    disciplines = Counter(record.get("discipline") or "(none)" for record in records)
    meets = Counter((record.get("meet") or {}).get("name") or "(none)" for record in records)
    charts = [bar_chart("Races per discipline", _top(disciplines)),
              bar_chart("Races per meet", _top(meets)),
              bar_chart("Fields most often missing", _missing_fields(records, results), percent=True)]
    gold = _gold_summary(articles)
    note = "" if summary_counts or problems else (
        '<p class="note">Skipped and failed documents are not in the records: pass the <code>--errors</code> '
        'file of <code>extractor extract</code> to count them.</p>')
    return f'<div class="figures">{cards}</div>{note}<div class="charts">{"".join(charts)}</div>{gold}'


def _status_figures(summary_counts: Mapping[str, int] | None, problems: list[dict]) -> list[tuple[str, object]]:
    if summary_counts:
        return [(status, summary_counts.get(status, 0)) for status in STATUSES if status != EXTRACTED]
    if problems:
        statuses = Counter(problem.get("status") for problem in problems)
        return [(SKIPPED, statuses[SKIPPED]), (FAILED, statuses[FAILED])]
    return [(SKIPPED, "?"), (FAILED, "?")]


def _top(counts: Counter) -> list[tuple[str, int]]:
    top = counts.most_common(TOP_BARS)
    rest = sum(counts.values()) - sum(n for _, n in top)
    return top + ([(f"{len(counts) - TOP_BARS} others", rest)] if rest else [])


def _missing_fields(records: list[dict], results: list[dict]) -> list[tuple[str, float]]:
    """(field, share of races or results without it), the most often missing first."""
    shares = []
    for name in RESULT_FIELDS:
        if results:
            shares.append((f"result {name}", sum(1 for r in results if r.get(name) is None) / len(results)))
    for name in RACE_FIELDS:
        if records:
            missing = sum(1 for record in records if _race_field(record, name) is None)
            shares.append((f"race {name}", missing / len(records)))
    return sorted(shares, key=lambda share: -share[1])


def _race_field(record: dict, name: str):
    if name.startswith("meet."):
        return (record.get("meet") or {}).get(name.removeprefix("meet."))
    return record.get(name)


def bar_chart(title: str, bars: list[tuple[str, float]], percent: bool = False) -> str:
    """A small horizontal bar chart in HTML and CSS: a row per (label, value)."""
    largest = max((value for _, value in bars), default=0) or 1
    rows = []
    for label, value in bars:
        width = round(100 * (value if percent else value / largest), 1)
        shown = f"{value:.0%}" if percent else str(value)
        rows.append(f'<div class="bar"><span class="label" title="{escape(label)}">{escape(label)}</span>'
                    f'<span class="track"><span class="fill" style="width:{width}%"></span></span>'
                    f'<span class="value">{shown}</span></div>')
    body = "".join(rows) or '<p class="note">none</p>'
    return f'<figure class="chart"><figcaption>{escape(title)}</figcaption>{body}</figure>'


def _gold_summary(articles: list[Article]) -> str:
    scored = [article for article in articles if article.gold]
    if not scored:
        return ""
    micro, fields = total_counts(articles)
    f1 = [(name, counts.f1) for name, counts in fields.items() if counts.tp + counts.fp + counts.fn]
    chart = bar_chart("F1 per field against gold", f1, percent=True)
    return (f'<div class="gold-summary"><p>Against gold: {len(scored)} articles, precision {micro.precision:.3f}, '
            f'recall {micro.recall:.3f}, F1 {micro.f1:.3f} (micro, as <code>extractor evaluate</code>)</p>'
            f'<div class="charts">{chart}</div></div>')


def problems_html(problems: list[dict]) -> str:
    if not problems:
        return ""
    rows = "".join(f"<tr><td>{escape(str(p.get('source') or p.get('path')))}</td><td>{escape(str(p.get('status')))}</td>"
                   f"<td>{escape(str(p.get('stage') or ''))}</td><td>{escape(str(p.get('message') or ''))}</td></tr>"
                   for p in problems)
    return (f'<details class="problems"><summary>Skipped and failed documents ({len(problems)})</summary>'
            f'<table><tr><th>source</th><th>status</th><th>stage</th><th>reason</th></tr>{rows}</table></details>')


# ---------------------------------------------------------------------------------------------
# Articles


def article_html(article: Article, number: int) -> str:
    warnings = article.warnings
    races = len(article.records)
    results = sum(len(record.get("results") or []) for record in article.records)
    languages = ", ".join(sorted({record.get("language") or "?" for record in article.records}))
    parts = [f'<article class="article{" has-warnings" if warnings else ""}" id="article-{number}">',
             f'<h2><span class="number">{number}</span> {escape(article.source)}</h2>',
             _document_html(article),
             f'<p class="meta">{races} races · {results} results{" · " + languages if languages else ""}</p>']
    if warnings:
        items = "".join(f"<li><b>{escape(race)}</b>: {escape(warning)}</li>" for race, warning in warnings)
        parts.append(f'<div class="warnings"><h3>{len(warnings)} warnings</h3><ul>{items}</ul></div>')
    text, shown = _text_html(article)
    parts.append(text)
    parts += [race_html(record, number, shown) for number, record in enumerate(article.records, 1)]
    if article.gold:
        parts.append(gold_html(article))
    parts.append("</article>")
    return "".join(parts)


def _document_html(article: Article) -> str:
    """The document's publication date and address: "published 2024-05-31 · https://..." (a link when http/https)."""
    if not article.records:         # a gold document that gave no records: nothing known of it
        return ""
    published = (f'published <time datetime="{escape(article.published)}">{escape(article.published)}</time>'
                 if article.published else '<span class="missing">no publication date</span>')
    url = article.url
    if url is None:
        where = '<span class="missing">no url</span>'
    elif WEB_ADDRESS.match(url):
        where = f'<a href="{escape(url)}" rel="noopener noreferrer" target="_blank">{escape(url)}</a>'
    else:                           # not a web address: shown, not followed
        where = escape(url)
    return f'<p class="document">{published} · {where}</p>'


def _text_html(article: Article) -> tuple[str, set[str]]:
    """The highlighted text, and the results ("race-result") with evidence marked in it."""
    if article.text is None:
        return f'<p class="note">{escape(article.note or "no text")}</p>', set()
    marks, mismatched = highlights(article.records, article.text, article.source)
    note = (f'<p class="note">{mismatched} evidence spans do not match this text (changed since the extraction?) '
            f'and are not shown.</p>') if mismatched else ""
    return (f'{note}<div class="text">{highlighted_text(article.text, marks)}</div>',
            {mark.ref for mark in marks if mark.ref})


def race_html(record: dict, number: int, shown: set[str] = frozenset()) -> str:
    """A race's heading, details and results table; a row whose result has evidence in the text
    (`shown`, "race-result") links to it: the page's script marks and scrolls to it on a click."""
    details = []
    if record.get("distance_m"):
        details.append(f"{record['distance_m']:g} m")
    if record.get("date") or record.get("date_text"):
        details.append(f"{record.get('date') or 'date not resolved'} ({record.get('date_text')})")
    if record.get("indoor") is not None:
        details.append("indoor" if record["indoor"] else "outdoor")
    if (record.get("meet") or {}).get("event"):
        details.append(record["meet"]["event"])
    if record.get("margin_s") is not None:
        details.append(f"margin {record['margin_s']} s")
    if record.get("sources"):
        details.append("sources: " + ", ".join(map(str, record["sources"])))
    warnings = record.get("warnings") or []
    results = list(enumerate(record.get("results") or [], 1))
    rows = "".join(_result_row(result, warnings, ref if ref in shown else None)
                   for ref, result in ((f"{number}-{index}", result) for index, result in _by_place(results)))
    return (f'<section class="race"><h3>{escape(race_title(record, number))}</h3>'
            f'<p class="meta">{escape(" · ".join(details))}</p>'
            '<table class="results"><thead><tr><th>place</th><th>athlete</th><th>age</th><th>nationality</th>'
            f'<th>mark</th><th>flags</th></tr></thead><tbody>{rows}</tbody></table></section>')


def _by_place(results: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    return sorted(results, key=lambda item: (item[1].get("place") is None, item[1].get("place") or 0))


def _result_row(result: dict, warnings: list[str], ref: str | None = None) -> str:
    """A results table row; a row whose athlete a warning names is marked, with the warning on hover;
    a row with evidence in the text carries its `ref` (a click or Enter shows the evidence)."""
    own = [warning for warning in warnings if result.get("athlete") and result["athlete"] in warning]
    cells = [result.get("place"), result.get("athlete"), result.get("age"), result.get("nationality"),
             result.get("mark"), " ".join(result.get("flags") or [])]
    row = "".join(f"<td>{escape(str(cell)) if cell not in (None, '') else '–'}</td>" for cell in cells)
    attributes = f' class="warning" title="{escape(chr(10).join(own))}"' if own else ""
    if ref:
        attributes += f' data-ref="{ref}" tabindex="0"'
    return f"<tr{attributes}>{row}</tr>"


def gold_html(article: Article) -> str:
    score = article.gold
    micro = score.micro
    head = (f'<h3>Against gold ({escape(score.stem)}): F1 {micro.f1:.3f}, gold {score.gold_entries} entries, '
            f'predicted {score.predicted_entries}, aligned {score.aligned}</h3>')
    if not score.misses:
        return f'<section class="gold">{head}<p>No differences.</p></section>'
    rows = "".join(f'<tr class="{miss_kind(miss)}"><td>{miss_kind(miss)}</td><td>{escape(str(miss.athlete))}</td>'
                   f'<td>{escape(miss.field)}</td><td>{_value(miss.gold)}</td><td>{_value(miss.predicted)}</td></tr>'
                   for miss in score.misses)
    return (f'<section class="gold">{head}<table class="gold-diff"><thead><tr><th></th><th>athlete</th><th>field</th>'
            f'<th>gold</th><th>extracted</th></tr></thead><tbody>{rows}</tbody></table></section>')


def _value(value) -> str:
    if value is None:
        return "–"
    return escape(" ".join(map(str, value)) if isinstance(value, list) else str(value))


# ---------------------------------------------------------------------------------------------
# Page


def _template(name: str) -> str:
    return files(__package__).joinpath("template", name).read_text(encoding="utf-8")


def _script_json(data) -> str:
    """JSON safe inside <script>: no "</script>" or "<!--" can end or upset the element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/").replace("<!--", "<\\u0021--")
