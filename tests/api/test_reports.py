"""One event from many reports, provenance and trade direction, as the API serves them, on both engines."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import orjson
import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.db.engine import create_db_engine
from app.ingest.batch import ingest_article
from app.ingest.reader import ArticleInput
from app.main import create_app
from tests.conftest import DatabaseFactory
from tests.stories import EXPORTS, OUTLET_A, OUTLET_B, WEEK_LATER

URL_A, URL_B = "https://a.example/uy-py", "https://b.example/py-uy"


@pytest.fixture(scope="module")
def reports_client(databases: DatabaseFactory) -> Iterator[TestClient]:
    url = databases.new_url()
    engine = create_db_engine(url)
    for text, address in ((OUTLET_A, URL_A), (OUTLET_B, URL_B), (WEEK_LATER, None), (EXPORTS, None)):
        assert ingest_article(engine, ArticleInput(text, "story.txt", url=address)).outcome == "loaded"
    engine.dispose()
    with TestClient(create_app(Settings(database_url=url, cache_version_ttl_seconds=0))) as client:
        yield client


def _held_in_march(client: TestClient) -> list[dict]:
    body = client.get("/v1/meetings", params={"party": ["UY", "PY"], "since": "2025-03-01", "until": "2025-03-31",
                                              "status": "held", "sort": "date"}).json()
    return body["items"]


def test_two_reports_are_one_meeting_with_two_sources(reports_client: TestClient) -> None:
    first, later = _held_in_march(reports_client)
    assert (first["date"], later["date"]) == ("2025-03-11", "2025-03-18")
    assert (first["reports"], later["reports"]) == (2, 1)
    assert first["article_url"] == URL_A and len(first["source_article_ids"]) == 2
    detail = reports_client.get(f"/v1/meetings/{first['id']}").json()
    assert [s["url"] for s in detail["sources"]] == [URL_A, URL_B]
    assert all(s["evidence"]["text"] for s in detail["sources"])
    by_name = {p["name"]: p["article_id"] for p in detail["participants"]}
    assert set(by_name) == {"Omar Paganini", "Javier Gimenez", "Walter Verri"}
    assert by_name["Walter Verri"] == detail["sources"][1]["article_id"]


def test_counts_are_events_with_reports_beside_them(reports_client: TestClient) -> None:
    stats = reports_client.get("/v1/stats/meetings", params={"group_by": "kind", "party": "UY", "status": "held"}).json()
    assert (stats["total"], stats["reports"]) == (3, 4)
    assert stats["groups"] == [{"key": "bilateral_meeting", "count": 3, "reports": 4}]
    relation = reports_client.get("/v1/relations/UY/PY").json()["meetings"]
    assert relation["total"] < relation["reports"]


def test_trade_direction_filters_and_series(reports_client: TestClient) -> None:
    exports = reports_client.get("/v1/trade-figures", params={"metric": "exports", "exporter": "UY"}).json()["items"]
    assert [(f["exporter"], f["importer"], f["value"]) for f in exports] == [("UY", "PY", 1200000000)]
    into_uy = reports_client.get("/v1/trade-figures", params={"importer": "UY"}).json()["items"]
    assert [f["value"] for f in into_uy] == [700000000]
    series = reports_client.get("/v1/trade-figures/series", params={"party": ["PY", "UY"], "metric": "exports",
                                                                     "exporter": "PY"}).json()
    assert series["exporter"] == "PY" and [p["value"] for p in series["points"]] == [700000000]
    bad = reports_client.get("/v1/trade-figures/series", params={"party": ["PY", "UY"], "exporter": "AR"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["name"] == "exporter"


def test_exports_carry_provenance(reports_client: TestClient) -> None:
    params = {"party": "UY", "status": "held", "fields": "id,date,article_id,article_url,reports,evidence"}
    rows = list(csv.DictReader(io.StringIO(reports_client.get("/v1/meetings", params={**params, "format": "csv"}).text)))
    assert {r["article_url"] for r in rows} == {URL_A, ""}
    assert all(r["article_id"] and r["evidence.text"] for r in rows)
    lines = reports_client.get("/v1/meetings", params={**params, "format": "ndjson"}).text.splitlines()
    items = [orjson.loads(line) for line in lines]
    assert {i["reports"] for i in items} == {1, 2} and all(i["evidence"]["start"] >= 0 for i in items)
