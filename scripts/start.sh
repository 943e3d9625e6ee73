#!/bin/sh
# Start the API: apply migrations, ingest the shipped articles, serve.
# Used by the Docker image and, against a local PostgreSQL, by tests/test_start_script.py.
#
# Server limits (README, "HTTP behaviour"): no Server header; httptools with request heads of at
# most 16 KiB (app.core.protocol); a request head due within 5 s of
# the connection opening or of the previous response, idle keep-alive connections closed after
# 5 s; at most 10 s for running requests to finish on shutdown.
set -eu

: "${DATABASE_URL:?set DATABASE_URL}"
HOST="${HOST:-0.0.0.0}"
PORT="${PORT:-8000}"
SEEDS_DIR="${SEEDS_DIR:-seeds}"
WORKERS="${WORKERS:-1}"

bilateral migrate
bilateral ingest --quiet "$SEEDS_DIR"
exec uvicorn app.main:app --host "$HOST" --port "$PORT" --workers "$WORKERS" --no-access-log \
    --no-server-header --http app.core.protocol:HttpProtocol \
    --timeout-keep-alive 5 --timeout-graceful-shutdown 10
