# The two commands of the README: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test install install-dev clean lock bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -c constraints.txt -e . \
	  || $(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

$(DEV_STAMP): $(STAMP)
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -c constraints.txt -e '.[dev]' \
	  || $(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(STAMP)
install-dev: $(DEV_STAMP)

run: $(STAMP)
	$(BIN)/newsflow ingest

test: $(DEV_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Regenerate the pinned constraints from a fresh resolve (needs the package registry).
lock:
	rm -rf /tmp/newsflow-lock && $(PYTHON) -m venv /tmp/newsflow-lock
	/tmp/newsflow-lock/bin/python -m pip install --quiet --upgrade pip uv
	/tmp/newsflow-lock/bin/uv pip install --quiet --python /tmp/newsflow-lock/bin/python -e '.[dev]'
	/tmp/newsflow-lock/bin/uv pip freeze --python /tmp/newsflow-lock/bin/python --exclude-editable > constraints.txt

bench: $(DEV_STAMP)
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/dedup.py
	$(BIN)/python benchmarks/facts.py
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) warehouse/newsflow.duckdb warehouse/newsflow.duckdb.wal
