"""`python -m extractor.report RECORDS.jsonl -o report.html`: the same as `extractor report`."""
import sys

from . import main

sys.exit(main())
