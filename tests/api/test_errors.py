"""Every error is RFC 9457 problem+json, names the bad parameter, and is never a 500."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.observe import log_records


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/v1/meetings?limit=0", "limit"),
        ("/v1/meetings?limit=100000", "limit"),
        ("/v1/meetings?limit=ten", "limit"),
        ("/v1/meetings?since=yesterday", "since"),
        ("/v1/meetings?since=2024-02-30", "since"),
        ("/v1/meetings?since=2024-05-01&until=2024-01-01", "until"),
        ("/v1/meetings?kind=party", "kind"),
        ("/v1/meetings?status=maybe", "status"),
        ("/v1/meetings?sort=title", "sort"),
        ("/v1/meetings?sort=date,-date", "sort"),
        ("/v1/meetings?cursor=not-a-cursor", "cursor"),
        ("/v1/meetings?cursor=eyJzIjoiLWRhdGUiLCJ2IjpbMV19", "cursor"),
        ("/v1/meetings?commission=zero", "commission"),
        ("/v1/meetings?person=x", "person"),
        ("/v1/meetings/abc", "meeting_id"),
        ("/v1/meetings/0", "meeting_id"),
        ("/v1/parties?kind=planet", "kind"),
        ("/v1/parties?sort=-population", "sort"),
        ("/v1/people/1.5", "person_id"),
        ("/v1/agreements?kind=treaty", "kind"),
        ("/v1/trade-figures?currency=dollars", "currency"),
        ("/v1/trade-figures?year_from=2025&year_to=2020", "year_to"),
        ("/v1/trade-figures?metric=gdp", "metric"),
        ("/v1/articles?until=soon", "until"),
        ("/v1/meetings/2147483648", "meeting_id"),
        ("/v1/meetings/99999999999999999999", "meeting_id"),
        ("/v1/people/9223372036854775808", "person_id"),
        ("/v1/commissions/2147483648", "commission_id"),
        ("/v1/articles/9223372036854775808", "article_id"),
        ("/v1/meetings?commission=2147483648", "commission"),
        ("/v1/meetings?q=" + "a" * 257, "q"),
        ("/v1/meetings?q=" + "+".join(f"word{i}" for i in range(17)), "q"),
        ("/v1/articles?q=" + "a*+" * 200, "q"),
        ("/v1/articles?q=e*", "q"),
        ("/v1/articles?q=the+of", "q"),
        ("/v1/meetings?party=RU&party=RU-TA&include_subdivisions=true", "party"),
        ("/v1/relations/RU/RU-TA?include_subdivisions=true", "b"),
    ],
)
def test_bad_parameter_is_a_422_naming_it(client: TestClient, url: str, parameter: str) -> None:
    response = client.get(url)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 422 and body["title"] == "Unprocessable Content"
    assert parameter in [e["name"] for e in body["errors"]]
    assert parameter in body["detail"]
    assert body["instance"] == url.split("?")[0]


def forged_cursor(sort: str, values: list) -> str:
    import base64

    import orjson

    return base64.urlsafe_b64encode(orjson.dumps({"s": sort, "v": values})).decode().rstrip("=")


@pytest.mark.parametrize(
    ("sort", "values"),
    [
        ("kind", [{"a": 1}, 1]),
        ("kind", [[1, 2], 1]),
        ("kind", ["visit", "1"]),
        ("kind", ["visit", True]),
        ("-date", ["2024-01-01", "abc"]),
        ("-date", ["yesterday", 1]),
        ("-date", [20240101, 1]),
        ("-date", ["2024-01-01", None]),
        ("-session_number", ["4", 1]),
    ],
)
def test_forged_cursor_is_a_422(client: TestClient, sort: str, values: list) -> None:
    response = client.get("/v1/meetings", params={"sort": sort, "cursor": forged_cursor(sort, values)})
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["name"] == "cursor"


def test_a_well_formed_forged_cursor_still_works(client: TestClient) -> None:
    response = client.get("/v1/meetings", params={"sort": "kind", "cursor": forged_cursor("kind", ["other", 1])})
    assert response.status_code == 200
    assert all(m["kind"] >= "other" for m in response.json()["items"])


def test_cursor_from_another_sort_is_rejected(client: TestClient) -> None:
    cursor = client.get("/v1/meetings?limit=1&sort=id").json()["next_cursor"]
    response = client.get("/v1/meetings", params={"limit": 1, "cursor": cursor})
    assert response.status_code == 422
    assert response.json()["errors"][0]["name"] == "cursor"


@pytest.mark.parametrize(
    "url",
    ["/v1/meetings/999999", "/v1/parties/ZZ", "/v1/people/999999", "/v1/commissions/999999", "/v1/articles/999999", "/v1/nothing"],
)
def test_unknown_is_a_404_problem(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 404 and body["title"] == "Not Found" and body["instance"] == url


def test_wrong_method_is_a_405_problem(client: TestClient) -> None:
    response = client.post("/v1/meetings")
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "url",
    [
        "/v1/meetings?q=%25%25%25",
        "/v1/meetings?q=_%5C",
        "/v1/meetings?person=%27%3B%20DROP%20TABLE%20people%3B--",
        "/v1/meetings?party=" + "A" * 300,
        "/v1/parties/%00%00",
        "/v1/meetings?sort=",
        "/v1/trade-figures?party=AZ&sort=value",
        "/v1/meetings?cursor=" + "A" * 5000,
    ],
)
def test_hostile_input_never_gets_a_500(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (200, 404, 422), response.text
    assert "Traceback" not in response.text


def test_an_unexpected_error_is_a_500_problem_logged_once(api_database_url: str) -> None:
    from app.core.config import Settings
    from app.main import create_app

    app = create_app(Settings(database_url=api_database_url))

    @app.get("/v1/broken")
    async def broken() -> None:
        raise RuntimeError("secret internals")

    with log_records("app") as records, TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.get("/v1/broken", headers={"X-Request-ID": "trace-1"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["x-request-id"] == "trace-1"
    assert "secret internals" not in response.text and "Traceback" not in response.text
    errors = [r for r in records if r.name == "app.errors"]
    access = [r for r in records if r.name == "app.access"]
    assert len(errors) == 1 and errors[0].exc_info is not None and errors[0].request_id == "trace-1"
    assert [(r.status, r.request_id) for r in access] == [(500, "trace-1")]
