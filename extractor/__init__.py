"""norsk race extractor: race records from Norwegian sports news (Bokmål and Nynorsk).

    from extractor import extract
    records = extract(text, published="2024-05-26")
    [r.to_dict() for r in records]

`extractor.nlp()` gives the spaCy pipeline; `doc = nlp(text)` exposes `doc.spans[...]` and `doc._.races`.
"""
from __future__ import annotations

from .api import Extraction, extract, extract_document, nlp
from .records import Evidence, RaceRecord, Result
from .version import package_version

__all__ = ["extract", "extract_document", "nlp", "Extraction", "RaceRecord", "Result", "Evidence"]
__version__ = package_version()
