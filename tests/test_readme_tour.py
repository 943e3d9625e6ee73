"""The API tour (docs/api-tour.md, linked from the README) shows what the server really answers:
every request in it is replayed against the seed and its response compared (ingest timestamps aside)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from scripts.api_tour import END, START, TOUR, TOUR_FILE, VOLATILE, body_text, seed_client

README = TOUR_FILE.parents[1] / "README.md"

ENTRY = re.compile(r"`GET (?P<url>\S+)` → `(?P<status>\d{3})` `(?P<type>[^`]+)`\n\n<details><summary>response</summary>\n\n```(?P<lang>\w+)\n(?P<body>.*?)\n```", re.DOTALL)


def tour_entries() -> list[dict[str, str]]:
    document = TOUR_FILE.read_text(encoding="utf-8")
    assert START in document and END in document, "docs/api-tour.md has no tour section"
    section = document[document.index(START) : document.index(END)]
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


def test_the_readme_links_the_tour() -> None:
    assert "(docs/api-tour.md)" in README.read_text(encoding="utf-8")


def test_every_link_of_the_contents_leads_to_a_heading() -> None:
    readme = README.read_text(encoding="utf-8")
    # GitHub's anchors: lower case, punctuation but hyphens dropped, spaces to hyphens.
    anchors = {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
               for heading in re.findall(r"^#{2,4} (.+)$", readme, re.MULTILINE)}
    contents = readme[readme.index("**Contents:**") : readme.index("\n## ")]
    links = re.findall(r"\]\(#([\w-]+)\)", contents)
    assert len(links) >= 10
    assert set(links) <= anchors, set(links) - anchors


def test_the_five_minute_tour_works_on_the_seed(client: TestClient) -> None:
    readme = README.read_text(encoding="utf-8")
    section = readme[readme.index("## Five-minute tour") :]
    section = section[: section.index("\n## ")]
    urls = re.findall(r"curl '127\.0\.0\.1:8000(\S+)'", section)
    assert len(urls) >= 4
    for url in urls:
        assert client.get(url).status_code == 200, url


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
