"""DATABASE_READ_URL: the API reads from the replica it names; ingest and writes over HTTP go to
DATABASE_URL."""
from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.articles.models import Article
from app.auth.models import ApiKey
from app.core.config import Settings
from app.db.engine import create_db_engine
from app.main import create_app
from tests.conftest import DatabaseFactory
from tests.factories import ArticleBuilder
from tests.writes.helpers import bearer, new_key


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


def test_writes_go_to_database_url_and_reads_still_come_from_the_replica(databases: DatabaseFactory) -> None:
    primary = _database_with(databases, ("AZ", "GE"), date(2024, 3, 1))
    replica = _database_with(databases, ("KZ", "UZ"), date(2025, 6, 2))
    primary_engine = create_db_engine(primary)
    key = new_key(primary_engine)
    # The replica would have the key too, in a real setup: copied there by replication.
    replica_engine = create_db_engine(replica)
    with Session(replica_engine) as session, session.begin():
        session.add(ApiKey(**_key_row(primary_engine)))
    app = create_app(Settings(database_url=primary, database_read_url=replica, cache_version_ttl_seconds=0))
    text = "Baku, 3 March 2025. Azerbaijan and Türkiye held talks on energy in Baku on 3 March 2025."
    with TestClient(app, raise_server_exceptions=False) as client:
        posted = client.post("/v1/articles", json={"text": text, "url": "https://wire.example/az-tr"}, headers=bearer(key))
        assert posted.status_code == 201, posted.text
        # Nothing was written to the replica: reads still show only its own meeting.
        assert [m["parties"] for m in client.get("/v1/meetings").json()["items"]] == [["KZ", "UZ"]]
    with primary_engine.connect() as connection:
        urls = set(connection.scalars(select(Article.url)))
    with replica_engine.connect() as connection:
        assert "https://wire.example/az-tr" not in set(connection.scalars(select(Article.url)))
    assert "https://wire.example/az-tr" in urls
    primary_engine.dispose()
    replica_engine.dispose()


def _key_row(engine: Engine) -> dict[str, object]:
    with engine.connect() as connection:
        row = connection.execute(select(ApiKey.__table__)).one()
    return dict(row._mapping)
