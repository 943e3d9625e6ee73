"""What a database must look like whatever happened to the ingests that wrote it: helpers for the
tests that kill ingests and run them side by side (`test_kill.py`, `test_concurrent_ingest.py`)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, select, text

from app.db.engine import create_db_engine
from app.db.models import Base
from app.ingest.batch import ingest_paths
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource
from app.meetings.repository import detail_item, meeting_item, select_meetings
from app.parties.models import Party
from app.sectors.models import Sector
from tests.conftest import CORPUS, CORPUS_WEB, ROOT, DatabaseFactory, require_corpus

EVIDENCE_TABLES = ("meetings", "meeting_sources", "meeting_sectors", "participants", "agreements", "trade_figures")

OUTSIDE_TEXT = (
    "t.evidence_start < 0 OR t.evidence_end < t.evidence_start OR t.evidence_end > length(a.text) "
    "OR substr(a.text, t.evidence_start + 1, t.evidence_end - t.evidence_start) <> t.evidence_text"
)
# Each query counts rows that break a rule; every count must be 0.
RULES: dict[str, str] = {
    "meeting without a source": "SELECT count(*) FROM meetings m WHERE NOT EXISTS "
    "(SELECT 1 FROM meeting_sources s WHERE s.meeting_id = m.id)",
    "meeting whose first report is not among its sources": "SELECT count(*) FROM meetings m WHERE NOT EXISTS "
    "(SELECT 1 FROM meeting_sources s WHERE s.meeting_id = m.id AND s.article_id = m.article_id)",
    "meeting without sides": "SELECT count(*) FROM meetings m WHERE NOT EXISTS "
    "(SELECT 1 FROM meeting_parties p WHERE p.meeting_id = m.id)",
    "person whom no participant names": "SELECT count(*) FROM people p WHERE NOT EXISTS "
    "(SELECT 1 FROM participants x WHERE x.person_id = p.id)",
    "person without a spelling": "SELECT count(*) FROM people p WHERE NOT EXISTS "
    "(SELECT 1 FROM person_aliases a WHERE a.person_id = p.id)",
    "commission without a meeting": "SELECT count(*) FROM commissions c WHERE NOT EXISTS "
    "(SELECT 1 FROM meetings m WHERE m.commission_id = c.id)",
    "two articles at one URL": "SELECT count(url) - count(DISTINCT url) FROM articles",
    "two articles without a URL with one text": "SELECT count(*) - count(DISTINCT content_hash) FROM articles "
    "WHERE url IS NULL",
    **{f"{table} row of a missing article": f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
       f"(SELECT 1 FROM articles a WHERE a.id = t.article_id)" for table in EVIDENCE_TABLES},
    **{f"{table} row of a missing meeting": f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
       f"(SELECT 1 FROM meetings m WHERE m.id = t.meeting_id)"
       for table in ("meeting_parties", "meeting_sources", "meeting_sectors", "participants", "agreements")},
    **{f"{table} evidence outside its article's text": f"SELECT count(*) FROM {table} t "
       f"JOIN articles a ON a.id = t.article_id WHERE {OUTSIDE_TEXT}" for table in EVIDENCE_TABLES},
}
SQLITE_RULES = {
    "search rows that are not one per article": "SELECT abs((SELECT count(*) FROM article_search) - "
    "(SELECT count(*) FROM articles))",
}


def broken_rules(engine: Engine) -> dict[str, int]:
    """Each rule the database breaks, with the number of rows breaking it."""
    rules = RULES | (SQLITE_RULES if engine.dialect.name == "sqlite" else {})
    with engine.connect() as connection:
        counts = {name: connection.scalar(text(sql)) for name, sql in rules.items()}
        counts["meeting whose lists, item or detail are out of date"] = len(stale_meeting_lists(connection))
    return {name: n for name, n in counts.items() if n}


def stale_meeting_lists(connection: Connection) -> dict[int, tuple[Any, Any]]:
    """Meetings whose `party_codes`, `sector_slugs`, `source_article_ids` or `report_count` (kept by
    triggers) differ from their sides, sectors and sources, whose sides' copies of `sector_slugs`
    differ from its sectors, or whose stored `item` or `detail` differs, byte for byte, from the
    one built from its rows now: id -> (stored, expected)."""
    expected: dict[int, dict[str, Any]] = defaultdict(lambda: {"parties": [], "sectors": [], "sources": []})
    side_copies: dict[int, list[Any]] = defaultdict(list)
    for meeting_id, copy in connection.execute(select(MeetingParty.meeting_id, MeetingParty.sector_slugs)):
        side_copies[meeting_id].append(json.loads(copy))
    for meeting_id, code in connection.execute(
        select(MeetingParty.meeting_id, Party.code).join(Party, Party.id == MeetingParty.party_id).order_by(Party.code)
    ):
        expected[meeting_id]["parties"].append(code)
    for meeting_id, slug in connection.execute(
        select(MeetingSector.meeting_id, Sector.slug).join(Sector, Sector.id == MeetingSector.sector_id).order_by(Sector.id)
    ):
        expected[meeting_id]["sectors"].append(slug)
    for meeting_id, article_id in connection.execute(
        select(MeetingSource.meeting_id, MeetingSource.article_id).order_by(MeetingSource.article_id)
    ):
        expected[meeting_id]["sources"].append(article_id)
    items = {meeting_id: item for item, meeting_id in connection.execute(select_meetings(meeting_item()).add_columns(Meeting.id))}
    details = {meeting_id: item for item, meeting_id in connection.execute(select_meetings(detail_item()).add_columns(Meeting.id))}
    stale = {}
    stored_lists = select(
        Meeting.id, Meeting.party_codes, Meeting.sector_slugs, Meeting.source_article_ids, Meeting.report_count,
        Meeting.item, Meeting.detail,
    )
    for meeting_id, parties, sectors, sources, reports, item, detail in connection.execute(stored_lists):
        lists = expected[meeting_id]
        stored = {"parties": parties, "sectors": sectors, "sources": sources, "reports": reports, "item": item, "detail": detail,
                  "side copies": side_copies[meeting_id]}
        wanted = {**lists, "reports": len(lists["sources"]), "item": items[meeting_id], "detail": details[meeting_id],
                  "side copies": [lists["sectors"]] * len(lists["parties"])}
        if stored != wanted:
            stale[meeting_id] = (stored, wanted)
    return stale


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {name: connection.scalar(select(func.count()).select_from(table))
                for name, table in Base.metadata.tables.items()}


def corpus_folder(tmp_path: Path) -> Path:
    """One folder of the ~40 articles of both development corpora (skipped, or failed with
    CI=true, when they are not there: an empty folder would fail later for no clear reason)."""
    require_corpus()
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS_WEB.glob("*.txt")):
        shutil.copy(article, folder / article.name)
    return folder


@cache
def reference_counts(databases: DatabaseFactory) -> dict[str, int]:
    """The rows one uninterrupted ingest of the corpus folder leaves (per engine; cached)."""
    folder = corpus_folder(databases.tmp.mktemp("reference"))
    engine = create_db_engine(databases.new_url())
    try:
        report = ingest_paths(engine, [folder])
        assert not report.failed and report.count("loaded") == len(report.files)
        return row_counts(engine)
    finally:
        engine.dispose()


def start_ingest(url: str, *paths: Path) -> subprocess.Popen[str]:
    """`bilateral ingest PATH...` as its own process, progress lines on a pipe."""
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", *map(str, paths)],
        cwd=ROOT, env={**os.environ, "DATABASE_URL": url}, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
