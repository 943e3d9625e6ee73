PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus
CORPUS_WEB ?= ../shared/corpus-web
export DATABASE_URL ?= sqlite:///var/bilateral.db
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 1

.PHONY: install install-test client migrate seed run test fuzz score bench bench-api clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]' -e clients/python

# Regenerate the Python client's generated part (clients/python) from the app's OpenAPI document.
client: install-test
	$(BIN)/python scripts/generate_client.py

migrate: install
	mkdir -p var
	$(BIN)/alembic upgrade head

seed: migrate
	$(BIN)/bilateral ingest seeds/

# make run PORT=8080 HOST=0.0.0.0 WORKERS=2: scripts/start.sh, as in the container (migrate, ingest
# seeds/, serve; with METRICS_ENABLED=true it sets up PROMETHEUS_MULTIPROC_DIR and cleans it).
run: install
	mkdir -p var
	PATH="$(abspath $(BIN)):$$PATH" HOST=$(HOST) PORT=$(PORT) WORKERS=$(WORKERS) SEEDS_DIR=seeds scripts/start.sh

test: install-test
	scripts/ensure-chromium.sh
	$(BIN)/pytest

# Long runs: schemathesis with FUZZ_EXAMPLES cases per operation and phase on each engine, a new seed each
# run (FUZZ_SEED=N repeats one), printing the cases run and the failures per engine; then ingest
# killed at 10 random points per engine and run again.
fuzz: install-test
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-1000} $(BIN)/pytest -p no:cacheprovider -q tests/api/test_fuzz.py
	LONG_TESTS=1 $(BIN)/pytest -p no:cacheprovider -q tests/ingest/test_kill.py

score: install
	rm -rf var/score && mkdir -p var/score/pred var/score/keys
	$(BIN)/bilateral extract --out var/score/pred $(CORPUS)/*.txt $(CORPUS_WEB)/*.txt
	ln -s $(abspath $(CORPUS))/*.gold.json $(abspath $(CORPUS_WEB))/*.gold.json var/score/keys/
	@echo "== $(CORPUS) and $(CORPUS_WEB) together"
	$(BIN)/python $(CORPUS)/score.py var/score/pred var/score/keys
	@echo "== $(CORPUS_WEB) alone"
	$(BIN)/python $(CORPUS)/score.py var/score/pred $(CORPUS_WEB)
	@echo "== $(CORPUS) alone"
	$(BIN)/python $(CORPUS)/score.py var/score/pred $(CORPUS)

bench: install
	$(BIN)/python bench/bench_extract.py

bench-api: install
	command -v wrk >/dev/null || (apt-get update -q && apt-get install -y -q wrk)
	$(BIN)/python bench/bench_api.py $(if $(QUICK),--quick) $(ARGS)

clean:
	rm -rf $(VENV) var
