"""Batch extraction: many article files in, one stream of race records out.

inputs (find files, decode, split into documents) -> runner (extract in order, in N processes;
pages for web pages) -> destinations: outputs (JSON Lines, CSV, Parquet; errors file), merge (one
record per race across sources), db (SQLite). progress counts. Every document ends as one
`Outcome`: extracted, no races found, skipped or failed.
"""
from .outcome import EXTRACTED, FAILED, NO_RACES, SKIPPED, STATUSES, Counts, Outcome

__all__ = ["Outcome", "Counts", "STATUSES", "EXTRACTED", "NO_RACES", "SKIPPED", "FAILED"]
