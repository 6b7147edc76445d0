"""Articles against gold annotations (FORMAT.md): the scorer's own alignment and field comparison.

An article is matched to the gold document of the same stem (`corpus/nb-01.txt` -> `nb-01`).
Norwegian gold documents that gave no records at all become articles of their own, so that what
was missed shows too. Other languages are not scored, as in `extractor evaluate`.
"""
from __future__ import annotations

from pathlib import Path

from ..evaluation import NORWEGIAN_LANGUAGES, Counts, Miss, flatten_records, load_gold, score_document
from .articles import Article


def compare_with_gold(articles: list[Article], gold_dir: str | Path) -> list[Article]:
    """Set `gold` on every article that has a Norwegian gold document; add the gold documents no article has."""
    documents = {document.stem: document for document in load_gold(gold_dir)
                 if document.language in NORWEGIAN_LANGUAGES}
    seen = set()
    for article in articles:
        document = documents.get(source_stem(article.source))
        if document is None:
            continue
        seen.add(document.stem)
        article.gold = score_document(document.stem, document.language, document.entries,
                                      flatten_records(article.records))
        if article.text is None:        # the gold set has the text too
            article.text, article.note = document.text, None
    unseen = [Article(str(document.text_path), text=document.text,
                      gold=score_document(document.stem, document.language, document.entries, []))
              for stem, document in documents.items() if stem not in seen]
    return articles + unseen


def source_stem(source: str) -> str:
    return Path(source.partition("#")[0]).stem


def miss_kind(miss: Miss) -> str:
    if miss.predicted is None:
        return "missing"
    return "spurious" if miss.gold is None else "wrong"


def total_counts(articles: list[Article]) -> tuple[Counts, dict[str, Counts]]:
    """Micro-averaged counts and counts per field over the articles that have gold."""
    fields: dict[str, Counts] = {}
    for article in articles:
        if article.gold:
            for name, counts in article.gold.field_counts.items():
                fields[name] = fields.get(name, Counts()) + counts
    return sum(fields.values(), Counts()), fields
