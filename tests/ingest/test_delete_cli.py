"""`bilateral delete URL|ID` as a user runs it, on both engines."""
from __future__ import annotations

from pathlib import Path

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.articles.models import Article
from app.db.engine import create_db_engine
from app.meetings.models import Meeting, MeetingSource
from tests.conftest import DatabaseFactory
from tests.ingest.test_cli import bilateral
from tests.stories import OUTLET_A, OUTLET_B


def test_delete_by_url_and_by_id(databases: DatabaseFactory, tmp_path: Path) -> None:
    url = databases.new_url()
    batch = tmp_path / "two.jsonl"
    batch.write_bytes(b"\n".join(orjson.dumps({"text": t, "url": u}) for t, u in
                                 ((OUTLET_A, "https://a.example/1"), (OUTLET_B, "https://b.example/2"))))
    assert bilateral("ingest", "--database-url", url, str(batch)).returncode == 0

    by_url = bilateral("delete", "--database-url", url, "https://a.example/1")
    assert by_url.returncode == 0, by_url.stderr
    assert "deleted article 1 (1 meetings kept on other reports)" in by_url.stdout

    engine = create_db_engine(url)
    with Session(engine) as session:
        assert session.scalars(select(Article.url)).all() == ["https://b.example/2"]
        assert session.scalar(select(func.count()).select_from(Meeting)) == 2  # the talks, and B's planned follow-up
    missing = bilateral("delete", "--database-url", url, "https://a.example/1", "2")
    assert missing.returncode == 1 and "no such article" in missing.stderr
    with Session(engine) as session:
        assert [session.scalar(select(func.count()).select_from(m)) for m in (Article, Meeting, MeetingSource)] == [0, 0, 0]
    engine.dispose()
