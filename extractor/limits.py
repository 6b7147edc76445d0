"""The size limit on one document: bigger ones are skipped (reason `too_large`), not extracted.

Extraction is linear in a document's length (tests/test_hostile_cost.py), about 1 s per 100,000
characters of race text: 5 MB is a minute's work and some hundred MB of memory at most. News
articles are a few kB. The batch command checks a file's size before reading it.
"""
from __future__ import annotations

MAX_DOCUMENT_CHARS = 5_000_000        # extract_document: longer texts are skipped
MAX_DOCUMENT_BYTES = 5_000_000        # batch: bigger .txt/.html files (and standard input) are skipped unread
MAX_FEED_BYTES = 200_000_000          # batch: .json/.jsonl files hold many documents, each one under the limit above
TOO_LARGE = "too_large"
