"""HTTP behaviour integrators rely on: validators and 304s from the dataset version, Cache-Control,
CORS, gzip, X-Request-ID and the access log line."""
from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, update

from app.core.config import Settings
from app.db.dataset import DatasetState
from app.main import create_app
from tests.conftest import DatabaseFactory
from tests.factories import ArticleBuilder
from tests.observe import count_statements, log_records

ORIGIN = "https://app.example"


@contextmanager
def app_client(settings: Settings, prepare: Any = None) -> Iterator[TestClient]:
    app = create_app(settings)
    if prepare:
        prepare(app)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def configured(api_database_url: str) -> Iterator[TestClient]:
    """The read-only API database behind an app with CORS and its own Cache-Control."""
    settings = Settings(database_url=api_database_url, cors_origins=[ORIGIN], cache_control="public, max-age=5")
    with app_client(settings) as test_client:
        yield test_client


@pytest.fixture
def access_log() -> Iterator[list[logging.LogRecord]]:
    with log_records("app.access") as records:
        yield records


def database_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def first_meeting_url(client: TestClient) -> str:
    return f"/v1/meetings/{client.get('/v1/meetings?limit=1').json()['items'][0]['id']}"


# Validators and Cache-Control


@pytest.mark.parametrize(
    "url", ["/v1/meetings", "/v1/meetings?party=AZ&limit=2", "/v1/parties/AZ", "/v1/sectors", "/v1/people?sort=name", "/healthz"]
)
def test_successful_get_has_validators_and_cache_control(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["etag"].startswith('W/"')
    last_modified = parsedate_to_datetime(response.headers["last-modified"])
    assert last_modified <= datetime.now(UTC)
    assert response.headers["cache-control"] == "public, max-age=60"
    assert "Accept" in [v.strip() for v in response.headers["vary"].split(",")]


def test_detail_has_validators(client: TestClient) -> None:
    response = client.get(first_meeting_url(client))
    assert response.status_code == 200
    assert response.headers["etag"].startswith('W/"') and response.headers["last-modified"]


def test_head_has_the_headers_of_get_and_no_body(client: TestClient) -> None:
    get = client.get("/v1/meetings", headers={"Accept-Encoding": "identity"})
    head = client.head("/v1/meetings", headers={"Accept-Encoding": "identity"})
    assert head.status_code == 200
    assert head.content == b""
    for name in ("etag", "last-modified", "cache-control", "content-type", "content-length", "link"):
        assert head.headers.get(name) == get.headers.get(name), name


def test_cache_control_comes_from_settings(configured: TestClient) -> None:
    assert configured.get("/v1/sectors").headers["cache-control"] == "public, max-age=5"


@pytest.mark.parametrize("url", ["/v1/meetings/999999", "/v1/meetings?limit=0", "/v1/meetings?sort=title", "/v1/nothing"])
def test_errors_have_no_validators(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (404, 422)
    assert "etag" not in response.headers
    assert "last-modified" not in response.headers
    assert "cache-control" not in response.headers


# What the ETag names


def test_etag_differs_by_query_and_accept(client: TestClient) -> None:
    def etag(url: str, accept: str | None = None) -> str:
        response = client.get(url, headers={"Accept": accept} if accept else {})
        assert response.status_code == 200
        return response.headers["etag"]

    base = etag("/v1/meetings?limit=1")
    assert etag("/v1/meetings?limit=1") == base
    assert etag("/v1/meetings?limit=2") != base
    assert etag("/v1/meetings") != base
    assert etag("/v1/parties?limit=1") != base
    assert etag("/v1/meetings?limit=1", "application/json") != base
    assert etag("/v1/meetings?limit=1", "text/csv") != etag("/v1/meetings?limit=1", "application/json")
    # Different parameters in another order name the same request; one parameter's repeated
    # values keep their order, which may carry meaning.
    assert etag("/v1/meetings?limit=1&sort=id") == etag("/v1/meetings?sort=id&limit=1")
    assert etag("/v1/meetings?party=AZ&party=RU-TA") != etag("/v1/meetings?party=RU-TA&party=AZ")


def test_exports_are_representations_of_their_own(client: TestClient) -> None:
    json_etag = client.get("/v1/meetings").headers["etag"]
    csv_by_accept = client.get("/v1/meetings", headers={"Accept": "text/csv"})
    csv_by_format = client.get("/v1/meetings?format=csv")
    assert csv_by_accept.headers["content-type"].startswith("text/csv")
    assert len({json_etag, csv_by_accept.headers["etag"], csv_by_format.headers["etag"]}) == 3
    assert "Accept" in csv_by_accept.headers["vary"]
    revalidated = client.get("/v1/meetings", headers={"Accept": "text/csv", "If-None-Match": csv_by_accept.headers["etag"]})
    assert revalidated.status_code == 304 and revalidated.content == b""
    # The JSON tag does not validate the CSV representation.
    assert client.get("/v1/meetings", headers={"Accept": "text/csv", "If-None-Match": json_etag}).status_code == 200


def test_gzip_and_identity_share_the_weak_etag(client: TestClient) -> None:
    identity = client.get("/v1/meetings?limit=500", headers={"Accept-Encoding": "identity"})
    gzipped = client.get("/v1/meetings?limit=500", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in identity.headers
    assert gzipped.headers["content-encoding"] == "gzip"
    assert gzipped.headers["etag"] == identity.headers["etag"]
    assert gzipped.headers["etag"].startswith("W/")
    assert gzipped.json() == identity.json()


# 304 Not Modified


def _if_none_match_forms(etag: str) -> list[str]:
    opaque = etag.removeprefix("W/")
    return [
        etag,
        opaque,  # the strong form: If-None-Match compares weakly
        f'"something-else", {etag}',
        f'W/"a",W/"b",   {opaque}',
        "*",
    ]


@pytest.mark.parametrize("form", range(5))
@pytest.mark.parametrize("url", ["/v1/meetings?party=AZ", "/v1/parties/AZ", "/healthz"])
def test_if_none_match_answers_304(client: TestClient, url: str, form: int) -> None:
    first = client.get(url)
    if_none_match = _if_none_match_forms(first.headers["etag"])[form]
    response = client.get(url, headers={"If-None-Match": if_none_match})
    assert response.status_code == 304, if_none_match
    assert response.content == b""
    assert response.headers["etag"] == first.headers["etag"]
    assert response.headers["last-modified"] == first.headers["last-modified"]
    assert response.headers["cache-control"] == first.headers["cache-control"]
    assert "Accept" in response.headers["vary"]
    assert response.headers["x-request-id"]


def test_304_does_not_run_the_endpoint_queries(client: TestClient) -> None:
    url = "/v1/meetings?party=AZ&sector=energy"
    etag = client.get(url).headers["etag"]
    with count_statements(client) as seen:
        response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert all("dataset_state" in statement for statement in seen), seen


@pytest.mark.parametrize("if_none_match", ['"nope"', 'W/"1-0000000000000000"', "not an etag", ""])
def test_if_none_match_without_a_match_answers_200(client: TestClient, if_none_match: str) -> None:
    response = client.get("/v1/sectors", headers={"If-None-Match": if_none_match})
    assert response.status_code == 200
    assert response.json()


def test_etag_of_another_request_does_not_match(client: TestClient) -> None:
    etag = client.get("/v1/meetings?limit=1").headers["etag"]
    assert client.get("/v1/meetings?limit=2", headers={"If-None-Match": etag}).status_code == 200
    assert client.get("/v1/meetings?limit=1", headers={"If-None-Match": etag, "Accept": "text/csv"}).status_code == 200


def test_if_none_match_star_on_an_unknown_resource_is_its_404(client: TestClient) -> None:
    response = client.get("/v1/meetings/999999", headers={"If-None-Match": "*"})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_if_modified_since(client: TestClient) -> None:
    first = client.get("/v1/meetings")
    last_modified = first.headers["last-modified"]
    earlier = format_datetime(parsedate_to_datetime(last_modified) - timedelta(seconds=1), usegmt=True)
    later = format_datetime(parsedate_to_datetime(last_modified) + timedelta(seconds=1), usegmt=True)

    not_modified = client.get("/v1/meetings", headers={"If-Modified-Since": last_modified})
    assert not_modified.status_code == 304 and not_modified.content == b""
    assert not_modified.headers["etag"] == first.headers["etag"]
    # A date in the future is ignored: wait until `later` is past when the data is that fresh.
    time.sleep(max(0.0, (parsedate_to_datetime(later) - datetime.now(UTC)).total_seconds() + 0.05))
    assert client.get("/v1/meetings", headers={"If-Modified-Since": later}).status_code == 304
    assert client.get("/v1/meetings", headers={"If-Modified-Since": earlier}).status_code == 200
    assert client.get("/v1/meetings", headers={"If-Modified-Since": "yesterday"}).status_code == 200
    future = format_datetime(datetime.now(UTC) + timedelta(days=1), usegmt=True)
    assert client.get("/v1/meetings", headers={"If-Modified-Since": future}).status_code == 200
    # If-None-Match, when sent, decides alone.
    both = client.get("/v1/meetings", headers={"If-Modified-Since": last_modified, "If-None-Match": '"other"'})
    assert both.status_code == 200


def test_an_ingest_changes_the_validators(fresh_engine: Engine) -> None:
    ArticleBuilder(published_on=datetime(2024, 3, 1).date()).meeting(("AZ", "GE"), location="Tbilisi").load(fresh_engine)
    # Move the last change a minute back so that Last-Modified, in whole seconds, must change.
    with fresh_engine.begin() as connection:
        connection.execute(update(DatasetState).values(updated_at=datetime.now(UTC) - timedelta(minutes=1)))

    with app_client(Settings(database_url=database_url(fresh_engine), cache_version_ttl_seconds=0)) as client:
        before = client.get("/v1/meetings")
        etag, last_modified = before.headers["etag"], before.headers["last-modified"]
        assert [m["location"] for m in before.json()["items"]] == ["Tbilisi"]
        assert client.get("/v1/meetings", headers={"If-None-Match": etag}).status_code == 304

        ArticleBuilder(published_on=datetime(2024, 3, 2).date()).meeting(("AZ", "AM"), location="Yerevan").load(fresh_engine)

        after = client.get("/v1/meetings", headers={"If-None-Match": etag})
        assert after.status_code == 200
        assert {m["location"] for m in after.json()["items"]} == {"Tbilisi", "Yerevan"}
        assert after.headers["etag"] != etag
        assert parsedate_to_datetime(after.headers["last-modified"]) > parsedate_to_datetime(last_modified)
        assert client.get("/v1/meetings", headers={"If-Modified-Since": last_modified}).status_code == 200
        assert client.get("/v1/meetings", headers={"If-None-Match": after.headers["etag"]}).status_code == 304


def test_the_version_cache_keeps_the_version_for_its_ttl(fresh_engine: Engine) -> None:
    """The documented trade-off of a TTL: up to that long after an ingest, the old ETag still
    gets a 304, and no version query is made."""
    ArticleBuilder(published_on=datetime(2024, 3, 1).date()).meeting(("AZ", "GE"), location="Tbilisi").load(fresh_engine)
    with app_client(Settings(database_url=database_url(fresh_engine), cache_version_ttl_seconds=3600)) as client:
        etag = client.get("/v1/meetings").headers["etag"]
        ArticleBuilder(published_on=datetime(2024, 3, 2).date()).meeting(("AZ", "AM"), location="Yerevan").load(fresh_engine)
        with count_statements(client) as seen:
            response = client.get("/v1/meetings", headers={"If-None-Match": etag})
        assert response.status_code == 304
        assert seen == []


def test_without_a_dataset_version_answers_go_out_without_validators(databases: DatabaseFactory) -> None:
    """An unmigrated database has no version row: the endpoint still answers, uncacheable."""
    with app_client(Settings(database_url=databases.new_url(migrate=False))) as client:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert "etag" not in response.headers and "cache-control" not in response.headers


# CORS


def test_cors_preflight_from_an_allowed_origin(configured: TestClient) -> None:
    response = configured.options(
        "/v1/meetings",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "If-None-Match, X-Request-ID"},
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert "GET" in response.headers["access-control-allow-methods"]
    allowed = response.headers["access-control-allow-headers"].lower()
    assert "if-none-match" in allowed and "x-request-id" in allowed
    assert response.headers["x-request-id"]


def test_cors_simple_request_exposes_our_headers(configured: TestClient) -> None:
    response = configured.get("/v1/meetings?limit=1", headers={"Origin": ORIGIN})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == ORIGIN
    exposed = {h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")}
    assert {"etag", "link", "x-request-id"} <= exposed


def test_cors_headers_are_on_304s(configured: TestClient) -> None:
    etag = configured.get("/v1/sectors", headers={"Origin": ORIGIN}).headers["etag"]
    response = configured.get("/v1/sectors", headers={"Origin": ORIGIN, "If-None-Match": etag})
    assert response.status_code == 304
    assert response.headers["access-control-allow-origin"] == ORIGIN


def test_no_cors_for_an_unlisted_origin(configured: TestClient) -> None:
    simple = configured.get("/v1/meetings?limit=1", headers={"Origin": "https://evil.example"})
    assert simple.status_code == 200
    assert "access-control-allow-origin" not in simple.headers
    preflight = configured.options(
        "/v1/meetings", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    )
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_is_off_by_default(client: TestClient) -> None:
    response = client.get("/v1/meetings?limit=1", headers={"Origin": ORIGIN})
    assert "access-control-allow-origin" not in response.headers


def test_cors_any_origin(api_database_url: str) -> None:
    with app_client(Settings(database_url=api_database_url, cors_origins=["*"])) as client:
        response = client.get("/v1/sectors", headers={"Origin": "https://anywhere.example"})
    assert response.headers["access-control-allow-origin"] == "*"


# gzip


def test_large_response_is_gzipped(client: TestClient) -> None:
    response = client.get("/v1/meetings?limit=500", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < len(response.content)  # decoded by httpx
    assert "Accept-Encoding" in response.headers["vary"]
    assert len(response.json()["items"]) > 1


def test_small_response_is_not_gzipped(client: TestClient) -> None:
    response = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert "content-encoding" not in response.headers


def test_no_gzip_without_accept_encoding(client: TestClient) -> None:
    response = client.get("/v1/meetings?limit=500", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in response.headers


# X-Request-ID and the access log


def test_request_id_is_echoed(client: TestClient) -> None:
    request_id = "3f2b9c1e-7d4a-4e0b-9a51-0c6d2e8f1a7b"
    assert client.get("/healthz", headers={"X-Request-ID": request_id}).headers["x-request-id"] == request_id


def test_request_id_is_generated_when_absent(client: TestClient) -> None:
    first = client.get("/healthz").headers["x-request-id"]
    second = client.get("/healthz").headers["x-request-id"]
    assert first != second
    assert len(first) == 32 and int(first, 16) >= 0


@pytest.mark.parametrize("hostile", ["x" * 129, "a b", "id;drop", '"quoted"', "<script>", "tab\there", ""])
def test_hostile_request_id_is_replaced(client: TestClient, hostile: str) -> None:
    returned = client.get("/healthz", headers={"X-Request-ID": hostile}).headers["x-request-id"]
    assert returned != hostile
    assert len(returned) == 32 and int(returned, 16) >= 0


@pytest.mark.parametrize(("url", "status"), [("/v1/meetings/999999", 404), ("/v1/nothing", 404), ("/v1/meetings?limit=0", 422)])
def test_error_responses_carry_the_request_id(client: TestClient, url: str, status: int) -> None:
    response = client.get(url, headers={"X-Request-ID": "err-1"})
    assert response.status_code == status
    assert response.headers["x-request-id"] == "err-1"


def test_304_carries_the_request_id(client: TestClient) -> None:
    etag = client.get("/v1/sectors").headers["etag"]
    response = client.get("/v1/sectors", headers={"If-None-Match": etag, "X-Request-ID": "revalidate-1"})
    assert response.status_code == 304
    assert response.headers["x-request-id"] == "revalidate-1"


def test_one_access_log_line_per_request(client: TestClient, access_log: list[logging.LogRecord]) -> None:
    client.get("/v1/meetings?party=AZ&limit=2", headers={"X-Request-ID": "log-ok"})
    client.get("/v1/meetings/999999", headers={"X-Request-ID": "log-404"})
    generated = client.get("/v1/meetings?limit=0").headers["x-request-id"]

    by_id: dict[str, list[Any]] = {}
    for record in access_log:
        by_id.setdefault(record.request_id, []).append(record)  # type: ignore[attr-defined]
    assert [len(by_id[i]) for i in ("log-ok", "log-404", generated)] == [1, 1, 1]

    ok = by_id["log-ok"][0]
    assert (ok.method, ok.path, ok.query, ok.status) == ("GET", "/v1/meetings", "party=AZ&limit=2", 200)  # type: ignore[attr-defined]
    assert ok.duration_ms >= 0 and ok.client  # type: ignore[attr-defined]
    assert ok.levelno == logging.INFO
    assert by_id["log-404"][0].status == 404  # type: ignore[attr-defined]
    assert by_id[generated][0].status == 422  # type: ignore[attr-defined]


def test_unhandled_error_is_a_500_with_request_id_and_log_line(api_database_url: str, access_log: list[logging.LogRecord]) -> None:
    def add_failing_route(app: FastAPI) -> None:
        async def fail() -> None:
            raise RuntimeError("boom")

        app.add_api_route("/fail", fail)

    with app_client(Settings(database_url=api_database_url), add_failing_route) as client:
        response = client.get("/fail", headers={"X-Request-ID": "boom-1"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["x-request-id"] == "boom-1"
    assert "etag" not in response.headers
    assert [r.status for r in access_log if r.request_id == "boom-1"] == [500]  # type: ignore[attr-defined]
