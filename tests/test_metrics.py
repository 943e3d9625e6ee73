"""`/metrics` (METRICS_ENABLED): requests by route template and status class, latency
histograms, ingests and statements stopped by their budget, read back in Prometheus' own text
format from a real application on each engine."""
from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import Connection

from app.core.config import Settings
from app.core.metrics import enable
from app.db.engine import DeadlineExceeded, create_db_engine, is_statement_timeout
from app.db.session import Database
from app.ingest.batch import ingest_paths
from app.main import create_app
from tests.conftest import SEEDS, DatabaseFactory

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def samples(text: str) -> Samples:
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def value(found: Samples, name: str, **labels: str) -> float:
    return found.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture(scope="module")
def seeded(databases: DatabaseFactory) -> str:
    url = databases.new_url()
    engine = create_db_engine(url)
    try:
        assert not ingest_paths(engine, [SEEDS]).failed
    finally:
        engine.dispose()
    return url


@pytest.fixture
def client(seeded: str) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(database_url=seeded, metrics_enabled=True)), raise_server_exceptions=False) as c:
        yield c


def test_requests_are_counted_per_route_template_and_status_class(client: TestClient) -> None:
    before = samples(client.get("/metrics").text)

    first = client.get("/v1/meetings/2")
    assert first.status_code == 200
    assert client.get("/v1/meetings/2", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert client.get("/v1/meetings/999").status_code == 404
    assert client.get("/v1/meetings?since=yesterday").status_code == 422
    for _ in range(3):
        assert client.get("/v1/relations/AZ/RU-TA").status_code == 200
    assert client.get("/wp-login.php").status_code == 404
    assert client.head("/v1/meetings").status_code == 200

    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    after = samples(response.text)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    detail = "/v1/meetings/{meeting_id}"
    assert grew("http_requests_total", method="GET", route=detail, status="2xx") == 1
    assert grew("http_requests_total", method="GET", route=detail, status="3xx") == 1
    assert grew("http_requests_total", method="GET", route=detail, status="4xx") == 1
    assert grew("http_requests_total", method="GET", route="/v1/meetings", status="4xx") == 1
    assert grew("http_requests_total", method="HEAD", route="/v1/meetings", status="2xx") == 1
    assert grew("http_requests_total", method="GET", route="/v1/relations/{a}/{b}", status="2xx") == 3
    assert grew("http_requests_total", method="GET", route="unmatched", status="4xx") == 1
    assert grew("http_request_duration_seconds_count", method="GET", route=detail) == 3
    assert grew("http_request_duration_seconds_bucket", method="GET", route=detail, le="+Inf") == 3
    assert grew("http_request_duration_seconds_sum", method="GET", route=detail) > 0
    # No raw paths among the labels, and /metrics does not count itself.
    routes = {dict(labels).get("route") for (name, labels) in after if name == "http_requests_total"}
    assert "/v1/meetings/2" not in routes and "/metrics" not in routes
    assert client.post("/metrics").status_code == 405


def test_ingests_are_counted_with_their_duration(fresh_engine) -> None:  # type: ignore[no-untyped-def]
    from prometheus_client import REGISTRY, generate_latest

    enable()
    before = samples(generate_latest(REGISTRY).decode())
    ingest_paths(fresh_engine, [SEEDS])
    ingest_paths(fresh_engine, [SEEDS])
    after = samples(generate_latest(REGISTRY).decode())
    for outcome in ("loaded", "unchanged"):
        assert value(after, "bilateral_ingest_articles_total", outcome=outcome) - \
            value(before, "bilateral_ingest_articles_total", outcome=outcome) == 1
        assert value(after, "bilateral_ingest_duration_seconds_count", outcome=outcome) - \
            value(before, "bilateral_ingest_duration_seconds_count", outcome=outcome) == 1


def test_work_stopped_by_its_budget_is_counted(seeded: str, client: TestClient) -> None:
    before = value(samples(client.get("/metrics").text), "bilateral_statement_timeouts_total")

    def endless(connection: Connection) -> None:
        connection.exec_driver_sql(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        ).all()

    async def run_out_of_time() -> None:
        engine = create_db_engine(seeded)
        database = Database(engine, timeout=0.2, threads=1, export_threads=1)
        try:
            with pytest.raises(Exception) as stopped:
                await database.run(endless)
            assert is_statement_timeout(stopped.value) or isinstance(stopped.value, DeadlineExceeded)
        finally:
            database.close()
            engine.dispose()

    asyncio.run(run_out_of_time())
    assert value(samples(client.get("/metrics").text), "bilateral_statement_timeouts_total") - before == 1


def test_metrics_are_off_by_default(seeded: str) -> None:
    with TestClient(create_app(Settings(database_url=seeded))) as plain:
        assert plain.get("/metrics").status_code == 404
