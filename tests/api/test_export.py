"""Exports stream every matching row; `fields` and `include=total` shape a page."""
from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from tests.observe import count_statements

LISTS = ["/v1/meetings", "/v1/parties", "/v1/people", "/v1/commissions", "/v1/agreements", "/v1/trade-figures", "/v1/articles"]


def all_ids(client: TestClient, url: str, key: str = "id", **params: str) -> list:
    return [item[key] for item in client.get(url, params={**params, "limit": 500}).json()["items"]]


@pytest.mark.parametrize("url", LISTS)
def test_ndjson_streams_every_row_in_list_order(client: TestClient, url: str) -> None:
    key = "code" if url.endswith("parties") else "id"
    response = client.get(url, params={"format": "ndjson", "limit": 1})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-ndjson"
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [line[key] for line in lines] == all_ids(client, url, key)


@pytest.mark.parametrize("url", LISTS)
def test_csv_by_accept_header_has_a_header_and_one_row_per_item(client: TestClient, url: str) -> None:
    response = client.get(url, headers={"Accept": "text/csv"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.text)))
    key = "code" if url.endswith("parties") else "id"
    assert len(rows) - 1 == len(all_ids(client, url, key))
    assert key in rows[0]


def test_csv_flattens_nested_fields(client: TestClient) -> None:
    response = client.get("/v1/meetings", params={"format": "csv", "party": "KZ", "sort": "date"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["location"] for r in rows] == ["Samarkand", "Astana"]
    first = rows[0]
    assert first["parties"] == "KZ; UZ"
    assert first["commission.name"].startswith("Intergovernmental Commission on Economic Cooperation")
    assert first["session_number"] == "4" and first["date"] == "2022-11-02"
    assert int(first["evidence.end"]) > int(first["evidence.start"])
    assert "Samarkand" in first["evidence.text"]
    seed = list(csv.DictReader(io.StringIO(client.get("/v1/meetings", params={"format": "csv", "kind": "visit"}).text)))
    assert seed[0]["commission.id"] == "" and seed[0]["commission.name"] == ""


def test_export_follows_filters_sort_and_fields(client: TestClient) -> None:
    response = client.get("/v1/meetings", params={"format": "csv", "party": "AZ", "sort": "-date", "fields": "id,date,title"})
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["id", "date", "title"]
    assert [int(r[0]) for r in rows[1:]] == all_ids(client, "/v1/meetings", party="AZ", sort="-date")


def test_sectors_export_in_one_piece(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/sectors", params={"format": "csv"}).text)))
    assert len(rows) == 22 and rows[0] == {"slug": "trade", "label": "Trade", "meeting_count": rows[0]["meeting_count"]}
    assert client.get("/v1/sectors", params={"fields": "slug"}).json()["items"][0] == {"slug": "trade"}


def test_export_of_nothing_is_just_the_header(client: TestClient) -> None:
    assert client.get("/v1/meetings", params={"format": "csv", "party": "XX", "fields": "id"}).text == "id\r\n"
    assert client.get("/v1/meetings", params={"format": "ndjson", "party": "XX"}).text == ""


def test_fields_select_top_level_keys(client: TestClient) -> None:
    items = client.get("/v1/meetings", params={"fields": "id,date,title", "limit": 3}).json()["items"]
    assert len(items) == 3 and all(list(item) == ["id", "date", "title"] for item in items)


def test_include_total_counts_every_match(client: TestClient) -> None:
    body = client.get("/v1/meetings", params={"party": "AZ", "limit": 2, "include": "total"}).json()
    assert body["total"] == 6 and len(body["items"]) == 2
    nxt = client.get("/v1/meetings", params={"party": "AZ", "limit": 2, "include": "total", "cursor": body["next_cursor"]}).json()
    assert nxt["total"] == 6
    assert "total" not in client.get("/v1/meetings", params={"limit": 2}).json()
    assert client.get("/v1/trade-figures", params={"party": "XX", "include": "total"}).json()["total"] == 0


@pytest.mark.parametrize(
    ("query", "parameter"),
    [("fields=id,colour", "fields"), ("fields=id,,date", "fields"), ("include=everything", "include"), ("format=xml", "format"),
     ("format=csv&sort=colour", "sort"), ("format=ndjson&cursor=bad", "cursor")],
)
def test_bad_shaping_parameters_are_422(client: TestClient, query: str, parameter: str) -> None:
    response = client.get(f"/v1/meetings?{query}")
    assert response.status_code == 422
    assert [e["name"] for e in response.json()["errors"]] == [parameter]


def test_multi_column_sort(client: TestClient) -> None:
    items = client.get("/v1/meetings", params={"sort": "kind,-date", "limit": 500}).json()["items"]
    keys = [(m["kind"], m["date"]) for m in items]
    kinds = [k for k, _ in keys]
    assert kinds == sorted(kinds)
    for kind in set(kinds):
        dates = [d for k, d in keys if k == kind and d]
        assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("fmt", ["csv", "ndjson"])
def test_export_walks_every_batch(client: TestClient, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """Exports fetch `EXPORT_BATCH` rows at a time, so memory does not grow with the result."""
    from app.core import listing

    monkeypatch.setattr(listing, "EXPORT_BATCH", 2)
    expected = all_ids(client, "/v1/meetings", sort="-date")
    with count_statements(client) as statements:
        response = client.get("/v1/meetings", params={"format": fmt, "sort": "-date", "fields": "id"})
    lines = response.text.splitlines()
    got = [int(line) for line in lines[1:]] if fmt == "csv" else [json.loads(line)["id"] for line in lines]
    assert got == expected
    pages = [s for s in statements if "FROM meetings" in s or "FROM meeting_parties" in s]
    assert len(pages) >= len(expected) // 2


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/json, text/csv;q=0.1", "application/json"),
        ("text/csv;q=0.5, application/x-ndjson", "application/x-ndjson"),
        ("text/*", "text/csv; charset=utf-8"),
        ("*/*", "application/json"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json"),
        ("", "application/json"),
    ],
)
def test_accept_negotiation(client: TestClient, accept: str, expected: str) -> None:
    response = client.get("/v1/parties", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"] == expected


@pytest.mark.parametrize("accept", ["text/csv;q=0", "text/html", "image/png, text/plain"])
def test_nothing_acceptable_is_a_406(client: TestClient, accept: str) -> None:
    response = client.get("/v1/parties", headers={"Accept": accept})
    assert response.status_code == 406
    assert response.headers["content-type"] == "application/problem+json"


def test_csv_cells_cannot_start_a_formula(client: TestClient) -> None:
    from app.core.listing import _cell

    assert _cell({"title": "=HYPERLINK(1)"}, "title") == "'=HYPERLINK(1)"
    assert _cell({"title": "-1+2"}, "title") == "'-1+2"
    assert _cell({"value": -5}, "value") == "-5"
    assert _cell({"parties": ["@AZ", "RU"]}, "parties") == "'@AZ; RU"
