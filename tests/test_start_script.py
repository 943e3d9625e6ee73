"""The container's start script (migrate, ingest the seeds, serve) against the local PostgreSQL:
the docker-compose path, short of building the image."""
from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, DatabaseFactory
from tests.live import START_SCRIPT, free_port, serving, start_script_env


@pytest.fixture
def postgres_databases(postgres_server: str, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    factory = DatabaseFactory("postgresql", tmp_path_factory, postgres_server)
    yield factory
    factory.drop_all()


def test_every_variable_the_script_reads_is_documented() -> None:
    script = (ROOT / "scripts" / "start.sh").read_text()
    read = set(re.findall(r"\$\{(\w+)", script))
    table = (ROOT / "README.md").read_text().split("## Configuration", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE))
    assert {"DATABASE_URL", "HOST", "PORT", "WORKERS", "SEEDS_DIR", "ARTICLES_DIR", "PROMETHEUS_MULTIPROC_DIR"} <= read
    read.add("METRICS_ENABLED")  # read through the application's settings
    assert "METRICS_ENABLED" in script
    assert read <= documented, read - documented


def test_start_script_migrates_ingests_and_serves(postgres_databases: DatabaseFactory, tmp_path: Path) -> None:
    url = postgres_databases.new_url(migrate=False)
    port = free_port()
    articles = tmp_path / "articles"  # the container's /srv/articles: the user's own articles
    articles.mkdir()
    (articles / "mine.txt").write_text((ROOT / "tests" / "articles" / "f2-01-jm-tt-energy.txt").read_text())
    (articles / "broken.txt").write_bytes(b"\xff\xfe\x00 not text")  # reported; the server starts all the same
    env = start_script_env(port, DATABASE_URL=url, ARTICLES_DIR=str(articles))
    with serving(START_SCRIPT, env=env, port=port, log=tmp_path / "server.log"):
        response = httpx.get(f"http://127.0.0.1:{port}/v1/meetings", params=[("party", "AZ"), ("party", "RU-TA")])
        assert response.status_code == 200
        items = response.json()["items"]
        assert len(items) == 4 and all(set(m["parties"]) == {"AZ", "RU-TA"} for m in items)
        stored = httpx.get(f"http://127.0.0.1:{port}/v1/articles", params={"fields": "file_name"}).json()["items"]
        assert sorted(a["file_name"] for a in stored) == ["az-tatarstan-2024-04-17.txt", "mine.txt"]

