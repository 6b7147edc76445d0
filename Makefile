# Every target sets up what it needs: a fresh clone runs `make extract` or `make test` alone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEV    ?= ../shared/eval/dev

.PHONY: install extract test eval clean

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
	$(BIN)/python -m pytest

eval: install
	$(BIN)/extractor evaluate corpus/
	@if [ -d "$(DEV)" ]; then \
	  echo; echo "== $(DEV) (athletics) =="; $(BIN)/extractor evaluate $(DEV) --sport athletics; \
	else echo "$(DEV) not found: dev evaluation skipped"; fi

clean:
	rm -rf $(VENV) out build *.egg-info
