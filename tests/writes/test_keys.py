"""API keys: made and managed with `bilateral keys`, stored as a hash and a prefix, checked on
every write (and every read with READ_REQUIRES_KEY), logged by prefix only."""
from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from app.cli import main
from app.core.config import Settings
from app.main import create_app
from tests.conftest import engine_url
from tests.writes.helpers import api, bearer, new_key, post_json
from tests.writes.test_post_articles import TALKS


@pytest.fixture
def auth_log() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("app.auth")
    logger.addHandler(handler)
    yield stream
    logger.removeHandler(handler)


def test_cli_creates_lists_and_revokes_keys(fresh_engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    url = engine_url(fresh_engine)
    assert main(["keys", "--database-url", url, "create", "--name", "newsroom pipeline"]) == 0
    key = capsys.readouterr().out.strip()
    assert main(["keys", "--database-url", url, "create", "--name", "dashboard", "--scope", "read"]) == 0
    read_key = capsys.readouterr().out.strip()
    prefix = key.split("_")[1]
    assert key.startswith(f"bk_{prefix}_") and len(key) == 55

    with fresh_engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM api_keys ORDER BY id")).mappings().all()
    stored = " ".join(str(value) for row in rows for value in row.values())
    # The secret is base64url, which has `_` too: all of what follows the prefix.
    assert key not in stored and key.split("_", 2)[2] not in stored, "only a hash of the key is kept"
    assert [(r["name"], r["prefix"], r["scope"]) for r in rows] == [
        ("newsroom pipeline", prefix, "write"), ("dashboard", read_key.split("_")[1], "read")]

    assert main(["keys", "--database-url", url, "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert len(listing) == 2 and listing[0].startswith(f"{prefix}  write  active") and listing[0].endswith("newsroom pipeline")

    with api(fresh_engine) as client:
        assert post_json(client, key, text=TALKS).status_code == 201
        assert main(["keys", "--database-url", url, "revoke", prefix]) == 0
        assert capsys.readouterr().out.strip() == f"revoked key {prefix}"
        refused = post_json(client, key, text=TALKS + " Again.")
        assert refused.status_code == 401 and refused.json()["detail"] == "The API key is unknown or revoked."
    assert main(["keys", "--database-url", url, "revoke", prefix]) == 1
    assert "no active key" in capsys.readouterr().err
    assert main(["keys", "--database-url", url, "list"]) == 0
    assert "revoked" in capsys.readouterr().out.splitlines()[0]


@pytest.mark.parametrize(
    "authorization, status, detail",
    [
        (None, 401, "This request needs an API key"),
        ("Basic dXNlcjpwYXNz", 401, "This request needs an API key"),
        ("Bearer ", 401, "This request needs an API key"),
        ("Bearer not-a-key", 401, "unknown or revoked"),
        ("Bearer bk_0000abcd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 401, "unknown or revoked"),
    ],
)
def test_writes_without_a_valid_key_are_401(fresh_engine: Engine, authorization: str | None, status: int, detail: str) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    with api(fresh_engine) as client:
        for response in (client.post("/v1/articles", json={"text": TALKS}, headers=headers),
                         client.delete("/v1/articles/1", headers=headers)):
            assert response.status_code == status
            assert response.headers["content-type"] == "application/problem+json"
            assert response.headers["www-authenticate"].startswith("Bearer")
            assert detail in response.json()["detail"]
        assert client.get("/v1/articles").json()["items"] == []


def test_a_key_of_the_other_prefix_or_a_read_key_cannot_write(fresh_engine: Engine) -> None:
    write_key, read_key = new_key(fresh_engine), new_key(fresh_engine, "read")
    forged = f"bk_{write_key.split('_')[1]}_{read_key.split('_', 2)[2]}"  # a known prefix, another secret
    with api(fresh_engine) as client:
        assert post_json(client, forged, text=TALKS).status_code == 401
        forbidden = post_json(client, read_key, text=TALKS)
        assert forbidden.status_code == 403 and "`write` scope" in forbidden.json()["detail"]
        assert client.get("/v1/articles", headers=bearer(read_key)).status_code == 200
        assert client.get("/v1/articles").status_code == 200  # reads are open by default


def test_read_requires_key(fresh_engine: Engine) -> None:
    read_key, write_key = new_key(fresh_engine, "read"), new_key(fresh_engine)
    with api(fresh_engine, read_requires_key=True) as client:
        closed = client.get("/v1/meetings")
        assert closed.status_code == 401 and closed.headers["content-type"] == "application/problem+json"
        assert client.get("/v1/changes", headers=bearer("bk_0000abcd_" + "A" * 43)).status_code == 401
        assert client.get("/v1/meetings", headers=bearer(read_key)).status_code == 200
        assert client.get("/v1/changes", headers=bearer(write_key)).status_code == 200
        assert client.get("/healthz").status_code == 200
        assert client.get("/openapi.json").status_code == 200


def test_key_use_is_logged_by_prefix_never_the_key(fresh_engine: Engine, auth_log: io.StringIO) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine) as client:
        post_json(client, key, text=TALKS)
        post_json(client, key[:-1] + ("A" if key[-1] != "A" else "B"), text=TALKS)
    records = auth_log.getvalue()
    assert records.count("api key used") == 1 and records.count("api key refused") == 1
    assert key not in records and key.split("_", 2)[2][:10] not in records


def test_openapi_declares_the_key_scheme() -> None:
    schema = create_app(Settings(database_url="sqlite://")).openapi()
    assert schema["components"]["securitySchemes"]["ApiKey"] == {
        "type": "http", "scheme": "bearer", "bearerFormat": "bk_PREFIX_SECRET",
        "description": "An API key from `bilateral keys create`, sent as `Authorization: Bearer KEY`.",
    }
    assert schema["paths"]["/v1/articles"]["post"]["security"] == [{"ApiKey": []}]
    assert schema["paths"]["/v1/articles/{article_id}"]["delete"]["security"] == [{"ApiKey": []}]
    assert "security" not in schema["paths"]["/v1/meetings"]["get"]
    closed = create_app(Settings(database_url="sqlite://", read_requires_key=True)).openapi()
    assert closed["paths"]["/v1/meetings"]["get"]["security"] == [{"ApiKey": []}]
