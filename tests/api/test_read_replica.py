"""DATABASE_READ_URL: the API reads from the replica it names; ingest writes to DATABASE_URL."""
from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from app.core.config import Settings
from app.db.engine import create_db_engine
from app.main import create_app
from tests.conftest import DatabaseFactory
from tests.factories import ArticleBuilder


def _database_with(databases: DatabaseFactory, sides: tuple[str, str], day: date) -> str:
    url = databases.new_url()
    engine = create_db_engine(url)
    ArticleBuilder(published_on=day).meeting(sides, on=day, location="Baku").sector("energy").load(engine)
    engine.dispose()
    return url


def test_reads_go_to_the_replica_and_only_there(databases: DatabaseFactory) -> None:
    # Two databases that differ, so every answer says which one it came from.
    primary = _database_with(databases, ("AZ", "GE"), date(2024, 3, 1))
    replica = _database_with(databases, ("KZ", "UZ"), date(2025, 6, 2))
    app = create_app(Settings(database_url=primary, database_read_url=replica, cache_version_ttl_seconds=0))
    with TestClient(app, raise_server_exceptions=False) as client:
        meetings = client.get("/v1/meetings").json()["items"]
        assert [m["parties"] for m in meetings] == [["KZ", "UZ"]]
        assert client.get(f"/v1/meetings/{meetings[0]['id']}").json()["date"] == "2025-06-02"
        assert [p["code"] for p in client.get("/v1/parties").json()["items"]] == ["KZ", "UZ"]
        assert client.get("/healthz").json() == {"status": "ok"}


def test_without_a_replica_reads_use_database_url(databases: DatabaseFactory) -> None:
    primary = _database_with(databases, ("AZ", "GE"), date(2024, 3, 1))
    with TestClient(create_app(Settings(database_url=primary)), raise_server_exceptions=False) as client:
        assert [m["parties"] for m in client.get("/v1/meetings").json()["items"]] == [["AZ", "GE"]]
