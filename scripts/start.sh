#!/bin/sh
# Start the API: apply migrations, ingest the shipped articles and ARTICLES_DIR (when it exists),
# serve. Used by `make run`, the Docker image and, against a local PostgreSQL,
# tests/test_start_script.py. Every variable it reads is in the README's configuration table.
#
# Server limits (README, "HTTP behaviour"): no Server header; httptools with request heads of at
# most 16 KiB (app.core.protocol); a request head due within 5 s of
# the connection opening or of the previous response, idle keep-alive connections closed after
# 5 s; at most 10 s for running requests to finish on shutdown. One access line per request,
# the application's JSON one (--no-access-log turns Uvicorn's off).
set -eu

: "${DATABASE_URL:?set DATABASE_URL}"
HOST="${HOST:-0.0.0.0}"
PORT="${PORT:-8000}"
SEEDS_DIR="${SEEDS_DIR:-seeds}"
ARTICLES_DIR="${ARTICLES_DIR:-}"
WORKERS="${WORKERS:-1}"

# Metrics: every process (each worker, each ingest below) writes its values to files in
# PROMETHEUS_MULTIPROC_DIR, and /metrics adds them up; the folder must start empty. One made
# here is removed when the server stops.
# METRICS_ENABLED is read as the application reads it (environment or .env).
made_dir=""
if [ "$(python -c 'from app.core.config import get_settings; print(get_settings().metrics_enabled)')" = True ]; then
    if [ -z "${PROMETHEUS_MULTIPROC_DIR:-}" ]; then
        PROMETHEUS_MULTIPROC_DIR="$(mktemp -d "${TMPDIR:-/tmp}/bilateral-metrics.XXXXXX")"
        made_dir="$PROMETHEUS_MULTIPROC_DIR"
    fi
    mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
    find "$PROMETHEUS_MULTIPROC_DIR" -mindepth 1 -maxdepth 1 -name '*.db' -exec rm -f {} +
    export PROMETHEUS_MULTIPROC_DIR
fi

bilateral migrate
bilateral ingest --quiet "$SEEDS_DIR"
if [ -n "$ARTICLES_DIR" ] && [ -d "$ARTICLES_DIR" ]; then
    # Articles that fail are reported above; the server starts with the others.
    bilateral ingest --quiet "$ARTICLES_DIR" || echo "start.sh: some articles in $ARTICLES_DIR failed (see above)" >&2
fi

set -- uvicorn app.main:app --host "$HOST" --port "$PORT" --workers "$WORKERS" --no-access-log \
    --no-server-header --http app.core.protocol:HttpProtocol \
    --timeout-keep-alive 5 --timeout-graceful-shutdown 10
if [ -z "$made_dir" ]; then
    exec "$@"
fi
"$@" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true' INT TERM
status=0
wait "$server" || status=$?
while kill -0 "$server" 2>/dev/null; do  # a signal ends `wait` early; let the server finish shutting down
    status=0
    wait "$server" || status=$?
done
rm -rf "$made_dir"
exit "$status"
