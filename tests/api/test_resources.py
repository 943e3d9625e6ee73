"""Parties, people, sectors, commissions, agreements, trade figures and articles."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.helpers import label


def test_party_detail_counts_meetings_and_counterparts(client: TestClient) -> None:
    body = client.get("/v1/parties/RU-TA").json()
    assert (body["code"], body["kind"], body["parent"]) == ("RU-TA", "region", "RU")
    assert body["meeting_count"] == 5
    assert body["counterparts"][0]["code"] == "AZ" and body["counterparts"][0]["meeting_count"] == 5


def test_country_lists_its_regions(client: TestClient) -> None:
    body = client.get("/v1/parties/ru").json()
    assert [r["code"] for r in body["regions"]] == ["RU-TA"]
    assert body["meeting_count"] == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=organization", ["ORG:EU"]),
        ("kind=region", ["RU-TA"]),
        ("q=ORG", ["ORG:EU"]),
        ("sort=-meeting_count&limit=2", ["AZ", "RU-TA"]),
    ],
)
def test_party_list(client: TestClient, query: str, expected: list[str]) -> None:
    assert [p["code"] for p in client.get(f"/v1/parties?{query}").json()["items"]] == expected


def test_party_list_pages(client: TestClient) -> None:
    everything = [p["code"] for p in client.get("/v1/parties?limit=500").json()["items"]]
    assert everything == sorted(everything)
    assert {"AZ", "RU", "RU-TA", "KZ", "UZ", "KG", "ORG:EU"} <= set(everything)
    first = client.get("/v1/parties?limit=3").json()
    second = client.get("/v1/parties", params={"limit": 3, "cursor": first["next_cursor"]}).json()
    assert [p["code"] for p in first["items"] + second["items"]] == everything[:6]


def test_person_spellings_merge_and_namesakes_stay_apart(client: TestClient) -> None:
    people = client.get("/v1/people", params={"name": "jabbarov"}).json()["items"]
    assert sorted(p["name"] for p in people) == ["Mikayil Jabbarov", "Nurlan Jabbarov"]
    mikayil = next(p for p in people if p["name"] == "Mikayil Jabbarov")
    assert set(mikayil["aliases"]) == {"Mikayil Jabbarov", "Mikail Dzhabbarov"}
    assert mikayil["parties"] == ["AZ"] and mikayil["titles"] == ["Minister of Economy"]
    assert mikayil["meeting_count"] == 3
    detail = client.get(f"/v1/people/{mikayil['id']}").json()
    assert {label(m) for m in detail["meetings"]} == {"seed bilateral_meeting held", "Moscow", "Kazan"}


def test_people_by_party(client: TestClient) -> None:
    names = [p["name"] for p in client.get("/v1/people", params={"party": "UZ"}).json()["items"]]
    assert names == ["Rustam Khudoyberdiyev"]


def test_sectors_have_the_whole_vocabulary_with_counts(client: TestClient) -> None:
    items = client.get("/v1/sectors").json()["items"]
    assert len(items) == 22
    counts = {s["slug"]: s["meeting_count"] for s in items}
    assert counts["finance"] == 2 and counts["sports"] == 0
    assert counts["energy"] == 1 + 1 + 1  # the seed's commission session, Moscow, Brussels


def test_commission_sessions_accumulate_across_articles(client: TestClient) -> None:
    items = client.get("/v1/commissions", params={"party": "UZ"}).json()["items"]
    assert len(items) == 1
    assert (items[0]["session_count"], items[0]["latest_session_number"], items[0]["parties"]) == (2, 5, ["KZ", "UZ"])
    detail = client.get(f"/v1/commissions/{items[0]['id']}").json()
    assert [s["session_number"] for s in detail["sessions"]] == [4, 5]
    assert [p["code"] for p in detail["parties"]] == ["KZ", "UZ"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["protocol", "protocol", "memorandum"]),
        ("kind=memorandum", ["memorandum"]),
        ("party=AZ", ["protocol", "memorandum"]),
        ("party=UZ&since=2024-01-01", ["protocol"]),
        ("until=2023-12-31", ["memorandum"]),
    ],
)
def test_agreements(client: TestClient, query: str, expected: list[str]) -> None:
    body = client.get(f"/v1/agreements?{query}").json()
    assert [a["kind"] for a in body["items"]] == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("party=AZ&party=RU", [("2023", 4_400_000_000), ("2022", 3_750_000_000), ("2022", 3_700_000_000)]),
        ("party=AZ&year_from=2023", [("2023", 4_400_000_000)]),
        ("metric=exports", [("2022-01/2022-06", 1_500_000_000)]),
        ("currency=usd&year_to=2022", [("2022", 3_750_000_000), ("2022-01/2022-06", 1_500_000_000), ("2022", 3_700_000_000)]),
        ("party=KG", [("2024-01", None)]),
        ("party=AZ&party=KZ", []),
    ],
)
def test_trade_figures(client: TestClient, query: str, expected: list[tuple[str, int | None]]) -> None:
    body = client.get(f"/v1/trade-figures?{query}").json()
    assert [(f["period"], f["value"]) for f in body["items"]] == expected


def test_trade_figure_fields(client: TestClient) -> None:
    figure = client.get("/v1/trade-figures", params={"party": "KG"}).json()["items"][0]
    assert figure["parties"] == ["KG", "ORG:EU"]
    assert figure["change_pct"] == 12.5 and figure["value"] is None
    assert (figure["period_start"], figure["period_end"]) == ("2024-01-01", "2024-01-31")


def test_articles_list_and_detail(client: TestClient) -> None:
    items = client.get("/v1/articles").json()["items"]
    assert [a["published_on"] for a in items] == ["2025-01-15", "2024-07-09", "2024-04-17", "2023-05-10", "2022-11-02"]
    seed = next(a for a in items if a["published_on"] == "2024-04-17")
    assert seed["file_name"] == "az-tatarstan-2024-04-17.txt" and seed["source"] == "Trend" and seed["meeting_count"] == 4
    assert all(a["ingested_at"].endswith("+00:00") for a in items)
    detail = client.get(f"/v1/articles/{seed['id']}").json()
    assert detail["text"].startswith(" date 2024-04-17 BAKU")
    assert detail["ingested_at"].endswith("+00:00")
    assert detail["parties"] == ["AZ", "RU-TA"]
    assert len(detail["meetings"]) == 4
    assert [f["value"] for f in detail["trade_figures"]] == [4_400_000_000]
    assert "energy" in detail["sectors"]


def test_articles_filters(client: TestClient) -> None:
    assert [a["source"] for a in client.get("/v1/articles?source=trend").json()["items"]] == ["Trend"]
    assert len(client.get("/v1/articles?since=2024-01-01&until=2024-12-31").json()["items"]) == 2
    ascending = client.get("/v1/articles?sort=published_on").json()["items"]
    assert ascending[0]["published_on"] == "2022-11-02"


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
