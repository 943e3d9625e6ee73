"""Real databases for the tests: a temporary SQLite file and a PostgreSQL database created for
the test session on the server named by TEST_DATABASE_URL. Both are migrated with Alembic."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from app.db.engine import create_db_engine, normalize_url
from app.db.migrate import upgrade

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_WEB = ROOT.parent / "shared" / "corpus-web"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
ENGINES = ["sqlite", "postgresql"]


def _server_url() -> str:
    return normalize_url(os.environ.get("TEST_DATABASE_URL", DEFAULT_PG_URL))


def _postgres_unavailable() -> str | None:
    try:
        engine = create_engine(_server_url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return f"PostgreSQL at {make_url(_server_url()).render_as_string()} is not reachable: {type(exc).__name__}"
    return None


def require_corpus() -> None:
    """Skip (fail with CI=true) when the development corpus is not beside the checkout."""
    if (CORPUS / "score.py").is_file() and CORPUS_WEB.is_dir():
        return
    reason = f"the development corpora are not at {CORPUS} and {CORPUS_WEB}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the corpus tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> str:
    reason = _postgres_unavailable()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: the PostgreSQL tests must run)")
        pytest.skip(f"{reason}; set TEST_DATABASE_URL to run the PostgreSQL tests")
    return _server_url()


class DatabaseFactory:
    """Creates empty, migrated databases of one engine and removes them afterwards."""

    def __init__(self, kind: str, tmp_path_factory: pytest.TempPathFactory, server_url: str | None) -> None:
        self.kind = kind
        self.tmp = tmp_path_factory
        self.server_url = server_url
        self.created: list[str] = []

    def new_url(self, *, migrate: bool = True) -> str:
        if self.kind == "sqlite":
            url = f"sqlite:///{self.tmp.mktemp('db') / 'test.db'}"
        else:
            assert self.server_url is not None
            name = f"bilateral_test_{uuid.uuid4().hex[:12]}"
            admin = create_engine(self.server_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            admin.dispose()
            self.created.append(name)
            url = make_url(self.server_url).set(database=name).render_as_string(hide_password=False)
        if migrate:
            upgrade(url)
        return url

    def drop_all(self) -> None:
        if not self.created:
            return
        admin = create_engine(self.server_url, isolation_level="AUTOCOMMIT")  # type: ignore[arg-type]
        with admin.connect() as connection:
            for name in self.created:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session", params=ENGINES)
def databases(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseFactory]:
    server = request.getfixturevalue("postgres_server") if request.param == "postgresql" else None
    factory = DatabaseFactory(request.param, tmp_path_factory, server)
    yield factory
    factory.drop_all()


@pytest.fixture
def fresh_engine(databases: DatabaseFactory) -> Iterator[Engine]:
    """An empty migrated database of each engine, for tests that write."""
    engine = create_db_engine(databases.new_url())
    yield engine
    engine.dispose()


DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The Redis server named by TEST_REDIS_URL (`.ci/run` starts one); skipped without one, failed with CI=true."""
    import redis

    url = os.environ.get("TEST_REDIS_URL", DEFAULT_REDIS_URL)
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        reason = f"Redis at {url} is not reachable: {type(exc).__name__}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: the Redis tests must run)")
        pytest.skip(f"{reason}; start redis-server or set TEST_REDIS_URL to run the Redis tests")
    return url


def engine_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)
