"""An application on a test database, with API keys made the way `bilateral keys create` makes them."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.auth.repository import create_key
from app.core.config import Settings
from app.main import create_app
from tests.conftest import engine_url


def new_key(engine: Engine, scope: str = "write", name: str = "test client") -> str:
    with Session(engine) as session, session.begin():
        return create_key(session, name, scope).key


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@contextmanager
def api(engine: Engine, **settings: Any) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=engine_url(engine), cache_version_ttl_seconds=0, **settings))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def post_json(client: TestClient, key: str, **article: Any) -> Any:
    return client.post("/v1/articles", json=article, headers=bearer(key))
