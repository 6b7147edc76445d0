# Every target sets up what it needs: a fresh clone runs `make extract` or `make test` alone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEV    ?= ../shared/eval/dev

.PHONY: install extract test test-slow eval bench clean

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

eval: install
	$(BIN)/extractor evaluate corpus/
	@if [ -d "$(DEV)" ]; then \
	  echo; echo "== $(DEV) (all sports; by language and sport below the fields) =="; $(BIN)/extractor evaluate $(DEV); \
	else echo "$(DEV) not found: dev evaluation skipped"; fi

# Speed and memory on a synthetic corpus (a few minutes): prints a table, writes benchmarks/results/latest.json.
# Sizes: BENCH_DOCS=1000 BENCH_REPS=5 BENCH_MEM_DOCS=1000,10000 (e.g. BENCH_MEM_DOCS=5000,50000 make bench).
bench: install
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) out build *.egg-info
