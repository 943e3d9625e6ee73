"""The README's API tour shows what the server really answers: every request in it is replayed
against the seed and its response compared (ingest timestamps aside)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from scripts.api_tour import END, README, START, TOUR, VOLATILE, body_text, seed_client

ENTRY = re.compile(r"`GET (?P<url>\S+)` → `(?P<status>\d{3})` `(?P<type>[^`]+)`\n\n<details><summary>response</summary>\n\n```(?P<lang>\w+)\n(?P<body>.*?)\n```", re.S)


def tour_entries() -> list[dict[str, str]]:
    readme = README.read_text(encoding="utf-8")
    assert START in readme and END in readme, "README.md has no API tour section"
    section = readme[readme.index(START) : readme.index(END)]
    return [m.groupdict() for m in ENTRY.finditer(section)]


def without_volatile(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_volatile(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [without_volatile(v) for v in value]
    return value


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with seed_client() as test_client:
        yield test_client


def test_the_tour_covers_every_endpoint() -> None:
    urls = [entry["url"] for entry in tour_entries()]
    assert urls == [url for _, url in TOUR]
    paths = {re.sub(r"\?.*", "", url) for url in urls}
    expected = {"/v1/meetings", "/v1/meetings/2", "/v1/stats/meetings", "/v1/relations/AZ/RU-TA", "/v1/parties",
                "/v1/parties/RU-TA", "/v1/people", "/v1/people/1", "/v1/sectors", "/v1/commissions", "/v1/commissions/1",
                "/v1/agreements", "/v1/trade-figures", "/v1/trade-figures/series", "/v1/articles", "/v1/articles/1", "/healthz"}
    assert expected <= paths


@pytest.mark.parametrize("entry", tour_entries(), ids=lambda entry: entry["url"])
def test_tour_response_is_real(client: TestClient, entry: dict[str, str]) -> None:
    response = client.get(entry["url"])
    assert str(response.status_code) == entry["status"]
    assert response.headers["content-type"] == entry["type"]
    language, text = body_text(response.headers["content-type"], response.text)
    assert language == entry["lang"]
    if language == "json":
        assert without_volatile(json.loads(text)) == without_volatile(json.loads(entry["body"]))
    else:
        assert text == entry["body"]
