"""Relations of two sides, meeting statistics, facets, trade series, include_subdivisions."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.helpers import SEED_MEETINGS, label, labels


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("party=RU", {"Moscow"}),
        ("party=RU&include_subdivisions=true", SEED_MEETINGS | {"Moscow", "Kazan"}),
        ("party=RU&party=AZ&include_subdivisions=true", SEED_MEETINGS | {"Moscow", "Kazan"}),
        ("party=RU&include_subdivisions=true&status=planned", {"seed bilateral_meeting planned", "Kazan"}),
        ("party=RU-TA&include_subdivisions=true", SEED_MEETINGS | {"Kazan"}),
    ],
)
def test_include_subdivisions(client: TestClient, query: str, expected: set[str]) -> None:
    assert labels(client.get(f"/v1/meetings?{query}&limit=500").json()) == expected


def test_relation_of_a_dyad(client: TestClient) -> None:
    body = client.get("/v1/relations/az/RU-TA").json()
    assert [p["code"] for p in body["parties"]] == ["AZ", "RU-TA"]
    assert (body["meetings"]["total"], body["meetings"]["held"], body["meetings"]["planned"]) == (5, 3, 2)
    assert body["meetings"]["first"]["date"] == body["meetings"]["latest"]["date"] == "2024-04-17"
    assert body["links"]["first"] == f"/v1/meetings/{body['meetings']['first']['id']}"
    assert body["links"]["meetings"] == "/v1/meetings?party=AZ&party=RU-TA"
    assert body["meetings"]["reports"] == 5  # one article per meeting here
    # Each meeting carries the sectors of its own sentences: the talks, the session and the tour differ.
    counts = {s["slug"]: s["meeting_count"] for s in body["sectors"]}
    assert body["sectors"][0]["slug"] == "trade" and counts["trade"] == 3 and counts["culture"] == 1
    assert len(set(counts.values())) > 1 and "finance" in counts
    assert [a["kind"] for a in body["agreements"]] == ["protocol"]
    assert [(c["sessions"][0]["session_number"], c["sessions"][0]["status"]) for c in body["commissions"]] == [(4, "held")]
    assert body["trade_figures"] == []
    people = {side["side"]: [p["name"] for p in side["people"]] for side in body["people"]}
    assert people["AZ"] == ["Mikayil Jabbarov"]
    assert people["RU-TA"] == ["Oleg Korobchenko"]
    assert body["people"][0]["people"][0]["meeting_count"] == 2


def test_relation_with_subdivisions_gathers_the_regions(client: TestClient) -> None:
    plain = client.get("/v1/relations/RU/AZ").json()
    assert plain["meetings"]["total"] == 1
    assert [f["period"] for f in plain["trade_figures"]] == ["2022", "2022", "2023"]
    wide = client.get("/v1/relations/RU/AZ", params={"include_subdivisions": "true"}).json()
    assert wide["meetings"]["total"] == 6
    assert wide["meetings"]["first"]["date"] == "2023-05-10"
    ru_side = next(side for side in wide["people"] if side["side"] == "RU")
    assert {p["party"] for p in ru_side["people"]} == {"RU", "RU-TA"}
    assert wide["links"]["meetings"] == "/v1/meetings?party=RU&party=AZ&include_subdivisions=true"


def test_relation_commissions_and_their_sessions(client: TestClient) -> None:
    body = client.get("/v1/relations/KZ/UZ").json()
    assert [[s["session_number"] for s in c["sessions"]] for c in body["commissions"]] == [[4, 5]]
    assert body["meetings"]["first"]["location"] == "Samarkand" and body["meetings"]["latest"]["location"] == "Astana"
    people = {side["side"]: {p["name"]: p["meeting_count"] for p in side["people"]} for side in body["people"]}
    assert people["UZ"] == {"Rustam Khudoyberdiyev": 2} and people["KZ"] == {"Nurlan Jabbarov": 1}


@pytest.mark.parametrize(
    ("url", "status"),
    [("/v1/relations/AZ/XX", 404), ("/v1/relations/AZ/az", 422), ("/v1/relations/AZ", 404)],
)
def test_relation_errors(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("query", "total", "groups"),
    [
        ("group_by=year", 9, [("2022", 1), ("2023", 1), ("2024", 3), ("2025", 1), (None, 3)]),
        ("group_by=kind&party=KZ", 2, [("commission_session", 2)]),
        ("group_by=party&party=UZ", 2, [("KZ", 2), ("UZ", 2)]),
        ("group_by=sector&party=ORG:EU", 1, [("energy", 1)]),
        ("group_by=month&party=KZ", 2, [("2022-11", 1), ("2025-01", 1)]),
        ("group_by=year&party=XX", 0, []),
    ],
)
def test_meeting_stats(client: TestClient, query: str, total: int, groups: list[tuple[str | None, int]]) -> None:
    body = client.get(f"/v1/stats/meetings?{query}").json()
    assert body["total"] == total
    assert [(g["key"], g["count"]) for g in body["groups"]] == groups


def test_year_stats_add_up(client: TestClient) -> None:
    body = client.get("/v1/stats/meetings?group_by=year").json()
    assert sum(g["count"] for g in body["groups"]) == body["total"] == len(client.get("/v1/meetings?limit=500").json()["items"])


def test_stats_need_a_known_group(client: TestClient) -> None:
    for query in ("", "group_by=colour"):
        response = client.get(f"/v1/stats/meetings?{query}")
        assert response.status_code == 422 and response.json()["errors"][0]["name"] == "group_by"


def test_facets_beside_the_page(client: TestClient) -> None:
    body = client.get("/v1/meetings", params={"party": "KZ", "limit": 1, "facets": "sector,party,year,kind"}).json()
    assert len(body["items"]) == 1
    facets = body["facets"]
    assert set(facets) == {"sector", "party", "year", "kind"}
    assert facets["kind"] == [{"key": "commission_session", "count": 2, "reports": 2}]
    assert facets["year"] == [{"key": "2022", "count": 1, "reports": 1}, {"key": "2025", "count": 1, "reports": 1}]
    assert {f["key"]: f["count"] for f in facets["party"]} == {"KZ": 2, "UZ": 2}
    assert {f["key"] for f in facets["sector"]} == {"agriculture", "finance"}
    assert "facets" not in client.get("/v1/meetings", params={"limit": 1}).json()
    bad = client.get("/v1/meetings", params={"facets": "sector,colour"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["name"] == "facets"


def test_trade_series_latest_report_wins(client: TestClient) -> None:
    body = client.get("/v1/trade-figures/series", params=[("party", "AZ"), ("party", "RU"), ("currency", "usd")]).json()
    assert (body["parties"], body["metric"], body["currency"]) == (["AZ", "RU"], "trade_turnover", "USD")
    points = [(p["period"], p["value"], len(p["reports"])) for p in body["points"]]
    assert points == [("2022", 3_750_000_000, 2), ("2023", 4_400_000_000, 1)]
    reports = body["points"][0]["reports"]
    assert [r["published_on"] for r in reports] == ["2025-01-15", "2023-05-10"]
    assert [r["value"] for r in reports] == [3_750_000_000, 3_700_000_000]


@pytest.mark.parametrize(
    ("query", "status", "parameter"),
    [("party=AZ", 422, "party"), ("party=AZ&party=az", 422, "party"), ("party=AZ&party=RU&metric=gdp", 422, "metric"), ("party=AZ&party=XX", 404, None)],
)
def test_trade_series_errors(client: TestClient, query: str, status: int, parameter: str | None) -> None:
    response = client.get(f"/v1/trade-figures/series?{query}")
    assert response.status_code == status
    if parameter:
        assert response.json()["errors"][0]["name"] == parameter


def test_label_helper_is_consistent(client: TestClient) -> None:
    items = client.get("/v1/meetings?limit=500").json()["items"]
    assert len({label(m) for m in items}) == len(items)
