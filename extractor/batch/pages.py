"""Web pages -> article text, published date and address, by trafilatura (main-content extraction and page metadata)."""
from __future__ import annotations

import logging

logging.getLogger("trafilatura").setLevel(logging.ERROR)    # "discarding data" notes are not our errors


def article(html: str) -> tuple[str, str | None, str | None]:
    """The page's article text, its published date (YYYY-MM-DD) and its address (the canonical or
    og:url link) from the page metadata."""
    from trafilatura import bare_extraction     # imported on first use: only batches with web pages pay for it
    from trafilatura.settings import set_date_params

    # No extensive date search: a date in the article text is a race date, not the publication date.
    found = bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                            date_extraction_params=set_date_params(extensive=False))
    if found is None:
        return "", None, None
    return found.text or "", found.date or None, found.url or None
