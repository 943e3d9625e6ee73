PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus
CORPUS_WEB ?= ../shared/corpus-web
export DATABASE_URL ?= sqlite:///var/bilateral.db

.PHONY: install install-test migrate seed run test fuzz score bench bench-api clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'

migrate: install
	mkdir -p var
	$(BIN)/alembic upgrade head

seed: migrate
	$(BIN)/bilateral ingest seeds/

run: seed
	$(BIN)/uvicorn app.main:app --host 127.0.0.1 --port 8000 --no-server-header --http app.core.protocol:HttpProtocol --timeout-keep-alive 5 --timeout-graceful-shutdown 10

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
	$(BIN)/python bench/bench_api.py

clean:
	rm -rf $(VENV) var
