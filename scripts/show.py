"""Debug aid: predicted entries beside gold for one gold document (python scripts/show.py DIR/NAME)."""
import json
import sys

from extractor import extract_document
from extractor.evaluation import flatten_records

stem = sys.argv[1]
gold = json.load(open(stem + ".json"))
found = extract_document(open(stem + ".txt").read(), gold.get("published"), None, stem)
keys = ("athlete", "discipline", "mark", "place", "age", "nationality", "meet_name", "meet_city", "date", "flags", "indoor")
print("skipped:", found.skipped, "lang:", found.language)
print("-- gold")
for e in gold["results"]:
    print("  ", {k: e.get(k) for k in keys if e.get(k) not in (None, [])})
print("-- predicted")
for r in found.records:
    for w in r.warnings:
        print("   WARNING", w)
for e in flatten_records([r.to_dict() for r in found.records]):
    print("  ", {k: e.get(k) for k in keys if e.get(k) not in (None, [])})
