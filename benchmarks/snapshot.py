"""Behaviour snapshot for speed work: every stage's output on corpus/ (and ../shared/eval/dev/).

    .venv/bin/python benchmarks/snapshot.py OUT.json      # write a snapshot
    .venv/bin/python benchmarks/snapshot.py OUT.json A.json   # ... and compare with an earlier one

A speed change must leave the snapshot identical: normalised text and offset map, language guess,
tokens and sentence starts, every matcher's mentions, dates resolved, and the records.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import extract_document  # noqa: E402
from extractor.language import detect_language  # noqa: E402
from extractor.matchers.athletes import find_athletes  # noqa: E402
from extractor.matchers.dates import find_dates, resolve_date  # noqa: E402
from extractor.normalise import normalise  # noqa: E402
from extractor.pipeline import build, find_mentions  # noqa: E402

PUBLISHED = (None, "2024-06-01", "2023")


def _m(ms):
    return [(m.kind, m.start, m.end, m.text, repr(m.value), repr(sorted(m.info.items()))) for m in ms]


def _hash(obj) -> str:
    return hashlib.sha1(json.dumps(obj, ensure_ascii=False, sort_keys=True, default=repr).encode()).hexdigest()


def snapshot_text(text: str) -> dict:
    out = {}
    norm = normalise(text)
    out["normalise"] = _hash([norm.text, list(norm.offsets)])
    guess = detect_language(text)
    out["language"] = [guess.code, guess.confidence, guess.reason]
    for lang in ("nb", "nn"):
        nlp = build(lang)
        doc = nlp.make_doc(norm.text)
        doc = nlp.get_pipe("race_sentences")(doc)
        out[f"tokens_{lang}"] = _hash([(t.idx, t.text, bool(t.is_sent_start)) for t in doc])
    out["athletes"] = _hash(_m(find_athletes(norm.text)))
    dates = find_dates(norm.text)
    out["dates"] = _hash(_m(dates))
    out["resolved"] = _hash([[str(resolve_date(m.text, m.info["form"], p, lang)) for m in dates]
                             for p in (None, __import__("datetime").date(2024, 6, 1)) for lang in ("nb", "nn")])
    out["mentions"] = _hash({k: _m(v) for k, v in find_mentions(norm.text).items()})
    for published in PUBLISHED:
        for lang in (None, "nb", "nn"):
            found = extract_document(text, published, lang, "x.txt")
            out[f"extract_{published}_{lang}"] = _hash(
                [[r.to_dict() for r in found.records], found.language, found.skipped])
    return out


def texts() -> list[Path]:
    files = sorted((ROOT / "corpus").glob("*.txt"))
    dev = ROOT.parent / "shared" / "eval" / "dev"
    if dev.is_dir():
        files += sorted(dev.glob("*.txt"))
    return files


def main(argv: list[str]) -> int:
    snap = {}
    for path in texts():
        text = path.read_text(encoding="utf-8")
        snap[str(path.relative_to(path.parents[1]))] = snapshot_text(text)
        # variants the synthetic benchmark corpus uses: odd spaces, CRLF, glue
        snap[str(path.relative_to(path.parents[1])) + "#crlf"] = snapshot_text(text.replace("\n", "\r\n").replace(" ", "\u00a0", 3))
    Path(argv[0]).write_text(json.dumps(snap, ensure_ascii=False, indent=1, sort_keys=True))
    print(f"{len(snap)} texts snapshotted -> {argv[0]}")
    if len(argv) > 1:
        old = json.loads(Path(argv[1]).read_text())
        diffs = [(name, key) for name in sorted(set(old) | set(snap))
                 for key in sorted(set(old.get(name, {})) | set(snap.get(name, {})))
                 if old.get(name, {}).get(key) != snap.get(name, {}).get(key)]
        for name, key in diffs[:40]:
            print(f"DIFF {name} {key}: {old.get(name, {}).get(key)} -> {snap.get(name, {}).get(key)}")
        print("identical" if not diffs else f"{len(diffs)} differences")
        return 1 if diffs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
