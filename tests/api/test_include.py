"""`include=` on the meeting list: a detail's participants, agreements and sources in each item,
so a full dump needs no request per meeting."""
from __future__ import annotations

import csv
import io

import orjson
from fastapi.testclient import TestClient

LISTS = ("participants", "agreements", "sources")


def test_included_lists_are_those_of_each_meeting_detail(client: TestClient) -> None:
    items = client.get("/v1/meetings", params={"include": "sources,participants,agreements", "limit": 200}).json()["items"]
    assert items and any(item["participants"] for item in items) and any(item["agreements"] for item in items)
    for item in items:
        detail = client.get(f"/v1/meetings/{item['id']}").json()
        assert {name: item[name] for name in LISTS} == {name: detail[name] for name in LISTS}
        # The list's own fields are unchanged: codes and slugs, not the detail's objects.
        assert item["parties"] == [party["code"] for party in detail["parties"]]


def test_items_carry_only_the_lists_asked_for(client: TestClient) -> None:
    plain = client.get("/v1/meetings", params={"limit": 200}).json()["items"]
    some = client.get("/v1/meetings", params={"include": "agreements,total", "limit": 200}).json()
    assert all(not set(LISTS) & set(item) for item in plain)
    assert all("agreements" in item and not {"participants", "sources"} & set(item) for item in some["items"])
    assert some["total"] == len(plain)
    assert [{k: v for k, v in item.items() if k != "agreements"} for item in some["items"]] == plain


def test_an_unknown_list_is_a_422_naming_include(client: TestClient) -> None:
    response = client.get("/v1/meetings", params={"include": "participants,votes"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert [error["name"] for error in response.json()["errors"]] == ["include"]


def test_exports_carry_the_included_lists(client: TestClient) -> None:
    listed = client.get("/v1/meetings", params={"include": "participants,sources", "limit": 200}).json()["items"]
    lines = client.get("/v1/meetings", params={"include": "participants,sources", "format": "ndjson"}).content.splitlines()
    assert [orjson.loads(line) for line in lines] == listed

    rows = list(csv.DictReader(io.StringIO(client.get("/v1/meetings", params={"include": "participants", "format": "csv"}).text)))
    assert "participants" in rows[0] and "sources" not in rows[0] and "agreements" not in rows[0]
    by_id = {item["id"]: item for item in listed}
    for row in rows:
        people = by_id[int(row["id"])]["participants"]
        assert row["participants"] == "; ".join(orjson.dumps(person).decode() for person in people)
    plain_header = client.get("/v1/meetings", params={"format": "csv"}).text.splitlines()[0].split(",")
    assert not set(LISTS) & set(plain_header)


def test_fields_can_pick_an_included_list(client: TestClient) -> None:
    items = client.get("/v1/meetings", params={"include": "agreements", "fields": "id,agreements", "limit": 200}).json()["items"]
    assert items and all(set(item) == {"id", "agreements"} for item in items)
