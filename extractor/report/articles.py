"""Records -> articles: the race records of one source together, with the source's text and warnings.

The text is needed to show the evidence where it was found: `texts.Texts` says where it comes from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..evaluation import DocumentScore
from .texts import Texts


@dataclass
class Article:
    source: str
    records: list[dict] = field(default_factory=list)
    text: str | None = None
    note: str | None = None             # why there is no text
    gold: DocumentScore | None = None   # the comparison with the gold annotations, with --gold

    @property
    def published(self) -> str | None:
        """The document's publication date (the records' `published`: the one its dates were resolved with)."""
        return next((record["published"] for record in self.records if record.get("published")), None)

    @property
    def url(self) -> str | None:
        """The document's address (the records' `url`, from its metadata)."""
        return next((record["url"] for record in self.records if record.get("url")), None)

    @property
    def warnings(self) -> list[tuple[str, str]]:
        """(race, warning) pairs: the records' warnings and the dates found but not resolved."""
        found = []
        for number, record in enumerate(self.records, 1):
            race = race_title(record, number)
            found += [(race, warning) for warning in record.get("warnings") or []]
            if record.get("date_text") and not record.get("date"):
                found.append((race, f"date not resolved: {record['date_text']!r}"))
        return found


def race_title(record: dict, number: int) -> str:
    """E.g. "race 2 · 1500m · kvinner · Bislett Games, Oslo": the category tells a men's and a women's race apart."""
    meet = record.get("meet") or {}
    where = ", ".join(part for part in (meet.get("name"), meet.get("city")) if part)
    parts = [f"race {number}", record.get("discipline") or "discipline?", record.get("category"), where]
    return " · ".join(part for part in parts if part)


def group_by_source(records: Iterable[dict]) -> list[Article]:
    """One article per source, in the order the sources first appear."""
    articles: dict[str, Article] = {}
    for record in records:
        source = record.get("source") or "(no source)"
        articles.setdefault(source, Article(source)).records.append(record)
    return list(articles.values())


def attach_text(article: Article, texts: Texts) -> None:
    """Set the article's text, or a note saying why it has none."""
    try:
        article.text = texts.find(article.source)
    except (LookupError, OSError) as error:
        article.note = f"{error}: shown without highlighting"
