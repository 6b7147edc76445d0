# Every target sets up what it needs: a fresh clone runs `make extract` or `make test` alone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEV    ?= ../shared/eval/dev
NORNE  ?= ../shared/norne
MODEL  := extractor/models/norne

.PHONY: install extract test test-slow eval bench model clean

$(BIN)/extractor: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

install: $(BIN)/extractor

extract: install
	@mkdir -p out
	$(BIN)/extractor extract corpus/ -o out/records.jsonl

test: install
	$(BIN)/python -m pytest -m "not slow"

# The slow tests (tests marked `slow`: more fuzzing, every regex against every hostile run, 100,000 files).
test-slow: install
	$(BIN)/python -m pytest -m slow

# Scores with the NorNE entity model and without it (--no-model), so its effect shows field by field.
eval: install
	$(BIN)/extractor evaluate corpus/
	@echo; echo "== corpus/ without the model (--no-model) =="; $(BIN)/extractor evaluate corpus/ --no-model
	@if [ -d "$(DEV)" ]; then \
	  echo; echo "== $(DEV) (all sports; by language and sport below the fields) =="; $(BIN)/extractor evaluate $(DEV); \
	  echo; echo "== $(DEV) without the model (--no-model) =="; $(BIN)/extractor evaluate $(DEV) --no-model; \
	else echo "$(DEV) not found: dev evaluation skipped"; fi

# Speed and memory on a synthetic corpus (a few minutes): prints a table, writes benchmarks/results/latest.json.
# Sizes: BENCH_DOCS=1000 BENCH_REPS=5 BENCH_MEM_DOCS=1000,10000 (e.g. BENCH_MEM_DOCS=5000,50000 make bench).
bench: install
	$(BIN)/python benchmarks/bench.py

# Trains the NorNE entity model (training/, about 20 minutes on 2 CPUs) into $(MODEL), with its card MODEL.md.
# Needs NorNE in $(NORNE); everything else uses the committed model.
model: install
	@if [ ! -d "$(NORNE)/nob" ] || [ ! -d "$(NORNE)/nno" ]; then \
	  echo "make model: NorNE not found in $(NORNE) (nob/ and nno/ CoNLL files): set NORNE=/path/to/norne"; exit 1; fi
	$(BIN)/python training/convert.py $(NORNE) training/corpus
	$(BIN)/python -m spacy train training/config.cfg -o training/output \
	  --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy
	$(BIN)/python -m spacy evaluate training/output/model-best training/corpus/test.spacy \
	  --output training/output/test-scores.json
	$(BIN)/python training/package.py training/output/model-best training/output/test-scores.json \
	  training/corpus/split.json $(MODEL)

clean:
	rm -rf $(VENV) out build *.egg-info
