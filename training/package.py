"""Copies the trained pipeline into the package and writes its model card (MODEL.md).

    python training/package.py training/output/model-best training/output/test-scores.json \
        training/corpus/split.json extractor/models/norne

The vocabulary's string list (every word form seen in training) is not needed to run the model (its
embeddings hash the words) and is left out: the package ships weights and labels, no NorNE text.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import spacy

TYPES = ("PER", "ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "DRV", "MISC")


def package(trained: Path, dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(trained, dest)
    (dest / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(name="norne", version="1.0.0", license="weights: MIT; training data: NorNE (CC0 annotations)",
                description="tok2vec (CNN) + tagger + NER trained on NorNE Bokmål and Nynorsk; see MODEL.md")
    meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False), encoding="utf-8")
    nlp = spacy.load(dest)      # it must still load and tag without the string list
    assert nlp("Kari Nordmann løp i Bergen.").ents is not None


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def card(scores: dict, split: dict, dest: Path) -> str:
    training = spacy.util.load_config(dest / "config.cfg")["training"]
    per_type = scores.get("ents_per_type", {})
    rows = "\n".join(f"| {t} | {per_type[t]['p']:.3f} | {per_type[t]['r']:.3f} | {per_type[t]['f']:.3f} |"
                     for t in TYPES if t in per_type)
    parts = "\n".join(f"- {name}: {len(split[name]['files'])} files, {split[name]['words']:,} words"
                      for name in ("train", "dev", "test"))
    test_files = ", ".join(split["test"]["files"])
    return f"""# NorNE entity model (extractor/models/norne)

A small spaCy pipeline, `tok2vec` (CNN: hashed NORM, PREFIX, SUFFIX and SHAPE, no pretrained vectors) +
`tagger` (NDT parts of speech; proper nouns as `subst:prop`, verbs with their form: `verb:pres`,
`verb:pret`, `verb:inf`, `verb:perf-part`, `verb:imp`) + `ner` (the NorNE types), trained by `make model`
(training/: convert.py, config.cfg, package.py). The extractor uses its entities as evidence on athletes
and venues (extractor/entities.py); `--no-model` / `extract(..., model=False)` runs without it.

## Scores on the held-out NorNE files (test part, never seen in training)

Entities, all types: P {scores['ents_p']:.3f}, R {scores['ents_r']:.3f}, **F1 {scores['ents_f']:.3f}**.
Tag (part of speech) accuracy: **{scores['tag_acc']:.3f}**. Speed on the test part: {scores.get('speed', 0):,.0f} words/s.

| type | P | R | F1 |
|---|---|---|---|
{rows}

## Training facts
- Data: NorNE (ltgoslo/norne, commit bd311de, `ndt/`), Bokmål (nob) and Nynorsk (nno) CoNLL files,
  split by file (document): a shuffle of each language's file names with seed {split['seed']}, 10 % test,
  5 % dev (picks the best checkpoint), the rest train:
{parts}
- Test files: {test_files}.
- Config: training/config.cfg (spaCy {spacy.__version__}): at most {training['max_steps']:,} steps (batches of 100
  to 1,000 words), the checkpoint with the best dev score kept (evaluated every {training['eval_frequency']} steps);
  about 35 minutes on 2 CPUs shared with other jobs. Speeds above were measured on that loaded machine.
- Size: {size_mb(dest):.1f} MB.

## Licence
NorNE's annotations are CC0; the NDT texts may not be republished as stand-alone texts. This folder
holds weights and labels only: no sentences, and no word list (the vocabulary strings are emptied).
The training data stays in `../shared/norne` and the ignored `training/corpus/`.
"""


def main(trained: str, scores: str, split: str, dest: str) -> None:
    out = Path(dest)
    package(Path(trained), out)
    text = card(json.loads(Path(scores).read_text()), json.loads(Path(split).read_text()), out)
    (out / "MODEL.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main(*sys.argv[1:5])
