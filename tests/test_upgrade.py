"""The migrations upgrade a database that the previous release filled, and lose nothing.

The previous release's code is taken from git history and run as it was: its migrations build
the schema and its `bilateral ingest` loads the seed and the clean corpus. Then this version's
migrations run over that database, and its API serves it.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.db.engine import create_db_engine
from app.db.migrate import upgrade
from app.main import create_app
from app.meetings.models import Meeting, MeetingSector, MeetingSource
from tests.conftest import CORPUS, ROOT, SEEDS, DatabaseFactory, require_corpus

PREVIOUS_RELEASE = "17a4c1c"  # the first version: schema 0003, one article per meeting
KEPT_TABLES = ("articles", "meetings", "meeting_parties", "meeting_sectors", "participants", "agreements",
               "trade_figures", "people", "person_aliases", "commissions", "parties")


def _previous_release(tmp_path: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", PREVIOUS_RELEASE, "app", "migrations", "alembic.ini"],
                             capture_output=True, check=False)
    assert archive.returncode == 0, f"the previous release {PREVIOUS_RELEASE} is not in git history: {archive.stderr!r}"
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(tmp_path, filter="data")
    return tmp_path


def _fill_with_previous_release(code: Path, url: str) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.db.migrate import upgrade\n"
        "from app.db.engine import create_db_engine\n"
        "from app.ingest.batch import ingest_paths\n"
        "upgrade(sys.argv[1])\n"
        "engine = create_db_engine(sys.argv[1])\n"
        "report = ingest_paths(engine, [Path(p) for p in sys.argv[2:]])\n"
        "assert not report.failed, report.summary()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([sys.executable, "-c", script, url, str(SEEDS), str(CORPUS)], cwd=code, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


def _counts(url: str) -> dict[str, int]:
    engine = create_db_engine(url)
    with engine.connect() as connection:
        counts = {t: connection.scalar(text(f"SELECT count(*) FROM {t}")) or 0 for t in KEPT_TABLES}
    engine.dispose()
    return counts


def test_upgrade_keeps_what_the_previous_release_stored(databases: DatabaseFactory, tmp_path: Path) -> None:
    require_corpus()
    url = databases.new_url(migrate=False)
    _fill_with_previous_release(_previous_release(tmp_path), url)
    before = _counts(url)
    assert before["articles"] == 17 and before["meetings"] == 34  # the seed is also in the corpus

    upgrade(url)

    assert _counts(url) == before
    engine = create_db_engine(url)
    assert "meeting_sources" in inspect(engine).get_table_names()
    with Session(engine) as session:
        sources = session.execute(select(MeetingSource.meeting_id, MeetingSource.article_id, MeetingSource.evidence_text)).all()
        meetings = session.execute(select(Meeting.id, Meeting.article_id, Meeting.evidence_text)).all()
        assert sorted(map(tuple, sources)) == sorted(map(tuple, meetings))
        orphan_sectors = session.scalar(
            select(func.count()).select_from(MeetingSector).join(Meeting, Meeting.id == MeetingSector.meeting_id)
            .where(MeetingSector.article_id != Meeting.article_id)
        )
        assert orphan_sectors == 0
    engine.dispose()

    with TestClient(create_app(Settings(database_url=url, cache_version_ttl_seconds=0))) as client:
        detail = client.get("/v1/meetings/1").json()
        assert [s["article_id"] for s in detail["sources"]] == [detail["article_id"]]
        found = client.get("/v1/articles", params={"q": "Tatarstan"}).json()["items"]
        assert found, "full-text search still finds the old articles"


@pytest.fixture(autouse=True)
def _git_available() -> None:
    if subprocess.run(["git", "--version"], capture_output=True, check=False).returncode != 0:
        pytest.fail("git is needed to fetch the previous release")
