#!/bin/sh
# Start the API: apply migrations, ingest the shipped articles, serve.
# Used by the Docker image and, against a local PostgreSQL, by tests/test_start_script.py.
set -eu

: "${DATABASE_URL:?set DATABASE_URL}"
HOST="${HOST:-0.0.0.0}"
PORT="${PORT:-8000}"
SEEDS_DIR="${SEEDS_DIR:-seeds}"
WORKERS="${WORKERS:-1}"

bilateral migrate
bilateral ingest --quiet "$SEEDS_DIR"
exec uvicorn app.main:app --host "$HOST" --port "$PORT" --workers "$WORKERS" --no-access-log
