"""Rate limits: per key for writes, per key or client address for reads, counted in memory or in
a real Redis server; 429 with Retry-After beyond them, and the draft RateLimit headers."""
from __future__ import annotations

import re
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from app.core.config import Settings
from app.core.ratelimit import RateLimiter
from app.db.engine import create_db_engine
from app.db.migrate import upgrade
from tests.writes.helpers import api, bearer, new_key, post_json
from tests.live import live_server
from tests.writes.test_post_articles import TALKS

RATELIMIT = re.compile(r'"(?P<name>[\w-]+)";r=(?P<remaining>\d+);t=(?P<reset>\d+)')


@pytest.fixture(params=["memory", "redis"])
def storage(request: pytest.FixtureRequest) -> dict[str, str]:
    if request.param == "memory":
        return {"rate_limit_storage_url": "memory://"}
    # A prefix of its own: tests sharing the server never count each other's requests.
    return {"rate_limit_storage_url": request.getfixturevalue("redis_url"), "rate_limit_key_prefix": uuid.uuid4().hex}


def remaining(response: httpx.Response) -> int:
    match = RATELIMIT.fullmatch(response.headers["ratelimit"])
    assert match, response.headers["ratelimit"]
    return int(match["remaining"])


def test_writes_are_limited_per_key(fresh_engine: Engine, storage: dict[str, str]) -> None:
    first, second = new_key(fresh_engine), new_key(fresh_engine)
    with api(fresh_engine, write_rate_limit="2/minute", **storage) as client:
        answers = [post_json(client, first, text=f"{TALKS} ({n})") for n in range(3)]
        assert [a.status_code for a in answers] == [201, 201, 429]
        assert [remaining(a) for a in answers] == [1, 0, 0]
        for answer in answers:
            assert answer.headers["ratelimit-policy"] == '"write";q=2;w=60'
        over = answers[2]
        assert over.headers["content-type"] == "application/problem+json"
        assert 1 <= int(over.headers["retry-after"]) <= 60
        assert "Too many writes" in over.json()["detail"]
        assert client.delete("/v1/articles/1", headers=bearer(first)).status_code == 429
        assert post_json(client, second, text=f"{TALKS} (other key)").status_code == 201  # a count of its own
        # Reads are not limited by default, and say nothing of limits.
        read = client.get("/v1/articles")
        assert read.status_code == 200 and "ratelimit" not in read.headers
        assert len(read.json()["items"]) == 3


def test_reads_are_limited_per_address_and_per_key(fresh_engine: Engine, storage: dict[str, str]) -> None:
    key = new_key(fresh_engine, "read")
    with api(fresh_engine, read_rate_limit="3/minute;100/hour", **storage) as client:
        anonymous = [client.get("/v1/sectors") for _ in range(4)]
        assert [r.status_code for r in anonymous] == [200, 200, 200, 429]
        assert anonymous[0].headers["ratelimit-policy"] == '"read-0";q=3;w=60, "read-1";q=100;w=3600'
        assert anonymous[0].headers["ratelimit"].startswith('"read-0";r=2;t=')
        assert anonymous[3].headers["retry-after"]
        assert client.head("/v1/sectors").status_code == 429
        keyed = client.get("/v1/sectors", headers=bearer(key))
        assert keyed.status_code == 200 and remaining(keyed) == 2
        assert client.get("/healthz").status_code == 200  # outside /v1: never limited


def test_an_unreachable_storage_lets_requests_through(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine, write_rate_limit="1/minute", rate_limit_storage_url="redis://127.0.0.1:1/0") as client:
        assert [post_json(client, key, text=f"{TALKS} ({n})").status_code for n in range(2)] == [201, 201]


def test_limits_off_cost_nothing_on_reads() -> None:
    limiter = RateLimiter(Settings(database_url="sqlite://"))
    assert not limiter.limits_reads and limiter.policy_headers == {"write": '"write";q=60;w=60'}
    with pytest.raises(ValueError, match="60/minute"):
        Settings(database_url="sqlite://", write_rate_limit="sixty a minute")


def test_two_workers_sharing_redis_enforce_one_limit(redis_url: str, tmp_path: Path) -> None:
    # The limit lives in Redis, not in the database: one SQLite file serves both workers.
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    upgrade(url)
    engine = create_db_engine(url)
    key = new_key(engine)
    engine.dispose()
    env = {"DATABASE_URL": url, "RATE_LIMIT_STORAGE_URL": redis_url, "RATE_LIMIT_KEY_PREFIX": uuid.uuid4().hex,
           "READ_RATE_LIMIT": "5/minute", "WRITE_RATE_LIMIT": "3/minute"}
    with live_server(env, tmp_path / "a.log") as a, live_server(env, tmp_path / "b.log") as b:
        reads = [httpx.get(f"{base}/v1/sectors").status_code for base in (a, b, a, b, a, b, a)]
        assert reads == [200, 200, 200, 200, 200, 429, 429]
        writes = [
            httpx.post(f"{base}/v1/articles", json={"text": f"{TALKS} ({n})"}, headers=bearer(key), timeout=30)
            for n, base in enumerate((b, a, b, a))
        ]
        assert [w.status_code for w in writes] == [201, 201, 201, 429]
        assert writes[3].headers["retry-after"] and remaining(writes[2]) == 0
