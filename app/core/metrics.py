"""Prometheus metrics of the process: HTTP requests, ingests and statements stopped by their
time budget. Nothing is counted until `enable()` (METRICS_ENABLED); until then each `observe_*`
is one check of a module global.

With PROMETHEUS_MULTIPROC_DIR set (scripts/start.sh sets it), every process (each Uvicorn
worker, and each `bilateral ingest`) writes its values to files there and `/metrics`, whichever
worker answers, adds them all up; without it, `/metrics` shows the one process."""
from __future__ import annotations

import os
from dataclasses import dataclass

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

# Request latencies: an API answering in milliseconds, exports taking up to minutes.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 120.0, 300.0)
INGEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


@dataclass(frozen=True)
class Metrics:
    requests: Counter
    latency: Histogram
    ingests: Counter
    ingest_seconds: Histogram
    statement_timeouts: Counter


def _create(registry: CollectorRegistry) -> Metrics:
    return Metrics(
        requests=Counter("http_requests", "HTTP requests answered, by method, route template and status class.",
                         ["method", "route", "status"], registry=registry),
        latency=Histogram("http_request_duration_seconds",
                          "Time from a request's arrival to the end of its response, by method and route template.",
                          ["method", "route"], buckets=LATENCY_BUCKETS, registry=registry),
        ingests=Counter("bilateral_ingest_articles", "Articles ingested, by outcome (loaded, replaced, unchanged, failed).",
                        ["outcome"], registry=registry),
        ingest_seconds=Histogram("bilateral_ingest_duration_seconds",
                                 "Time to extract and store one article, by outcome.",
                                 ["outcome"], buckets=INGEST_BUCKETS, registry=registry),
        statement_timeouts=Counter("bilateral_statement_timeouts",
                                   "Database work stopped because its request or export ran out of its time budget.",
                                   registry=registry),
    )


_metrics: Metrics | None = None


def enable() -> Metrics:
    """Create the metrics once per process; later calls return the same ones."""
    global _metrics
    if _metrics is None:
        _metrics = _create(REGISTRY)
    return _metrics


def current() -> Metrics | None:
    return _metrics


def observe_ingest(outcome: str, seconds: float) -> None:
    """One article through ingest: its outcome and the time it took."""
    if _metrics is not None:
        _metrics.ingests.labels(outcome).inc()
        _metrics.ingest_seconds.labels(outcome).observe(seconds)


def count_statement_timeout() -> None:
    """One piece of database work stopped by its time budget."""
    if _metrics is not None:
        _metrics.statement_timeouts.inc()


def render() -> tuple[bytes, str]:
    """The metrics in Prometheus' text format, and its content type."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
