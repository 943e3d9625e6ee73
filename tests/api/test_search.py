"""Full-text search with ranking and highlighted snippets, the same on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.articles.search import Term, parse_query
from tests.api.helpers import label


@pytest.mark.parametrize(
    ("q", "terms"),
    [
        ("energy", [Term(("energy",))]),
        ("Energy trade", [Term(("energy",)), Term(("trade",))]),
        ('"free economic zone" baku', [Term(("free", "economic", "zone")), Term(("baku",))]),
        ("energ*", [Term(("energ",), prefix=True)]),
        ("tatar* 'quoted' (x)", [Term(("tatar",), prefix=True), Term(("quoted",)), Term(("x",))]),
        ('"unclosed phrase', [Term(("unclosed",)), Term(("phrase",))]),
    ],
)
def test_query_language(q: str, terms: list[Term]) -> None:
    assert parse_query(q) == terms


def file_names(body: dict) -> list[str | None]:
    return [a["file_name"] for a in body["items"]]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Tatarstan", ["az-tatarstan-2024-04-17.txt"]),
        ("tatarstan", ["az-tatarstan-2024-04-17.txt"]),
        ('"Alat Free Economic Zone"', ["az-tatarstan-2024-04-17.txt"]),
        ('"Economic Free Zone"', []),
        ("Tatars*", ["az-tatarstan-2024-04-17.txt"]),
        ("Tatarst", []),
        ("investments", ["az-tatarstan-2024-04-17.txt"]),
        ("Samarkand", ["factory.txt"]),
        ("Samarkand Astana", []),
        ("turkiye", ["factory.txt"]),
        ("Türkiye", ["factory.txt"]),
        ("TÜRKIYE", ["factory.txt"]),
        ('"sao tome"', ["factory.txt"]),
        ("the Tatarstan", ["az-tatarstan-2024-04-17.txt"]),
        ('"Tatarstan were"', ["az-tatarstan-2024-04-17.txt"]),
        ('"were Tatarstan"', ["az-tatarstan-2024-04-17.txt"]),
        ('"Tatarstan invited"', []),
        ('"companies from Tatarstan were invited"', ["az-tatarstan-2024-04-17.txt"]),
    ],
)
def test_article_search(client: TestClient, q: str, expected: list[str]) -> None:
    response = client.get("/v1/articles", params={"q": q})
    assert response.status_code == 200, response.text
    assert file_names(response.json()) == expected


def test_snippet_highlights_the_match(client: TestClient) -> None:
    item = client.get("/v1/articles", params={"q": '"Alat Free Economic Zone"'}).json()["items"][0]
    assert "<mark>" in item["snippet"] and "</mark>" in item["snippet"]
    assert "Alat" in item["snippet"]
    assert isinstance(item["relevance"], float) and item["relevance"] > 0


def test_results_are_ranked_by_relevance(client: TestClient) -> None:
    items = client.get("/v1/articles", params={"q": "energy"}).json()["items"]
    assert len(items) >= 2
    relevance = [a["relevance"] for a in items]
    assert relevance == sorted(relevance, reverse=True)
    by_date = client.get("/v1/articles", params={"q": "energy", "sort": "-published_on"}).json()["items"]
    assert sorted(a["id"] for a in by_date) == sorted(a["id"] for a in items)


def test_search_pages_with_a_cursor(client: TestClient) -> None:
    everything = [a["id"] for a in client.get("/v1/articles", params={"q": "factory*"}).json()["items"]]
    assert len(everything) >= 3
    seen, cursor = [], None
    while True:
        body = client.get("/v1/articles", params={"q": "factory*", "limit": 1, **({"cursor": cursor} if cursor else {})}).json()
        seen += [a["id"] for a in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert seen == everything


def test_meeting_search_returns_snippets_and_ranks(client: TestClient) -> None:
    body = client.get("/v1/meetings", params={"q": "Khudoyberdiyev"}).json()
    assert [label(m) for m in body["items"]] == ["Samarkand"]
    item = body["items"][0]
    assert "<mark>Khudoyberdiyev</mark>" in item["snippet"]
    assert item["relevance"] > 0
    plain = client.get("/v1/meetings", params={"limit": 1}).json()["items"][0]
    assert plain["snippet"] is None and plain["relevance"] is None


def test_search_combines_with_filters_and_facets(client: TestClient) -> None:
    body = client.get("/v1/meetings", params={"q": "tatarstan", "kind": "visit", "facets": "kind"}).json()
    assert [m["kind"] for m in body["items"]] == ["visit"]
    assert body["facets"]["kind"] == [{"key": "visit", "count": 1, "reports": 1}]
    stats = client.get("/v1/stats/meetings", params={"q": "tatarstan", "group_by": "kind"}).json()
    assert stats["total"] == 4


@pytest.mark.parametrize(
    ("url", "parameter"),
    [("/v1/articles?q=%22%22", "q"), ("/v1/articles?q=**", "q"), ("/v1/articles?sort=relevance", "sort"), ("/v1/meetings?sort=-relevance", "sort")],
)
def test_search_errors(client: TestClient, url: str, parameter: str) -> None:
    response = client.get(url)
    assert response.status_code == 422
    assert response.json()["errors"][0]["name"] == parameter


@pytest.mark.parametrize("q", ["the", "of the*", '"of the"', "with", "a*"])
def test_common_words_alone_are_not_searched_on_either_engine(client: TestClient, q: str) -> None:
    response = client.get("/v1/articles", params={"q": q})
    assert response.status_code == 422
    assert response.json()["errors"][0]["name"] == "q"
