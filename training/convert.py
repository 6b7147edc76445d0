"""NorNE CoNLL files (Bokmål + Nynorsk) -> train/dev/test .spacy files, split by file with a fixed seed.

Each CoNLL file is one document of the treebank (its name tells the source); splitting by file keeps a
document's sentences on one side. Tags: the NDT part of speech, refined where it serves the extractor:
proper nouns (`subst:prop`) and verb forms (`verb:pres`, `verb:pret`, `verb:inf`, `verb:perf-part`, ...)
so tense can be read off a token.

    python training/convert.py ../shared/norne training/corpus
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

SEED = 19
HELD_OUT = 0.10     # test: scored once, for the model card
DEV = 0.05          # dev: picks the best checkpoint while training
SENTENCES_PER_DOC = 10
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "»", "%"}
_NO_SPACE_AFTER = {"(", "«"}
_VERB_FORMS = ("pres", "pret", "inf", "perf-part", "imp")


def tag(pos: str, feats: str) -> str:
    parts = feats.split("|")
    if pos == "subst" and "prop" in parts:
        return "subst:prop"
    if pos == "verb":
        form = next((f for f in parts if f in _VERB_FORMS), None)
        passive = ":pass" if "pass" in parts else ""
        return f"verb:{form}{passive}" if form else "verb"
    return pos or "_"


def sentences(path: Path):
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            rows.append(line.split("\t"))
    if rows:
        yield rows


def to_doc(vocab, sents: list[list[list[str]]]) -> Doc:
    words, spaces, tags, ents, starts = [], [], [], [], []
    for rows in sents:
        for i, row in enumerate(rows):
            words.append(row[1])
            tags.append(tag(row[3], row[5]))
            name = next((f[5:] for f in row[9].split("|") if f.startswith("name=")), "O")
            ents.append(name if name != "O" else "O")
            starts.append(i == 0)
            nxt = rows[i + 1][1] if i + 1 < len(rows) else None
            spaces.append(nxt is None or not (nxt in _NO_SPACE_BEFORE or row[1] in _NO_SPACE_AFTER))
    return Doc(vocab, words=words, spaces=spaces, tags=tags, ents=ents, sent_starts=starts)


def split(files: list[Path]) -> dict[str, list[Path]]:
    """A seeded shuffle per language, so both halves of NorNE are in every part."""
    parts: dict[str, list[Path]] = {"train": [], "dev": [], "test": []}
    for lang in sorted({f.parent.name for f in files}):
        group = sorted((f for f in files if f.parent.name == lang), key=lambda f: f.name)
        random.Random(SEED).shuffle(group)
        n_test, n_dev = round(len(group) * HELD_OUT), round(len(group) * DEV)
        parts["test"] += group[:n_test]
        parts["dev"] += group[n_test:n_test + n_dev]
        parts["train"] += group[n_test + n_dev:]
    return parts


def main(norne: str, out: str) -> None:
    src, dst = Path(norne), Path(out)
    files = sorted(src.glob("nob/*.conll")) + sorted(src.glob("nno/*.conll"))
    if not files:
        sys.exit(f"no NorNE CoNLL files under {src}/nob and {src}/nno")
    dst.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("nb").vocab
    manifest = {}
    for part, group in split(files).items():
        bin_ = DocBin(store_user_data=False)
        n_words = 0
        for f in group:
            sents = list(sentences(f))
            for i in range(0, len(sents), SENTENCES_PER_DOC):
                doc = to_doc(vocab, sents[i:i + SENTENCES_PER_DOC])
                n_words += len(doc)
                bin_.add(doc)
        bin_.to_disk(dst / f"{part}.spacy")
        manifest[part] = {"files": [f"{f.parent.name}/{f.name}" for f in group], "words": n_words}
        print(f"{part}: {len(group)} files, {n_words} words")
    (dst / "split.json").write_text(json.dumps({"seed": SEED, **manifest}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
