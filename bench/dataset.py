"""A synthetic dataset for the API benchmarks: N meetings between 100 countries, 2 sides and
about 4 sectors each, spread over ten years, written with bulk inserts into a migrated database
(the same shape as the calibration in ../shared/PERFORMANCE.md)."""
from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pycountry
from sqlalchemy import Connection, Engine, insert, select, text, update

from app.articles.models import Article
from app.db.base import Base
from app.db.dataset import DatasetState
from app.meetings.models import MEETING_KINDS, Meeting, MeetingParty, MeetingSector, MeetingSource
from app.parties.models import Party
from app.sectors.models import Sector

FIRST_DAY = date(2015, 1, 1)
DAYS = 3650
MEETINGS_PER_ARTICLE = 4
BATCH = 5000
# Bind parameters per INSERT statement, below PostgreSQL's limit of 65,535 and SQLite's of 32,766.
PARAMETERS_PER_STATEMENT = 30000


def build(engine: Engine, meetings: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    countries = sorted(c.alpha_2 for c in pycountry.countries)[:100]
    if "AZ" not in countries:
        countries[-1] = "AZ"
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(insert(Party), [{"code": c, "name": c, "kind": "country", "parent_id": None} for c in countries])
        party_ids = list(connection.scalars(select(Party.id).order_by(Party.id)))
        sector_ids = list(connection.scalars(select(Sector.id).order_by(Sector.id)))
    # A transaction per batch: the triggers rewrite each meeting's row several times, and in one
    # transaction for the whole build SQLite's write-ahead log grew past the database's own size
    # many times over. The build is renamed into place only when complete (bench.databases).
    for first in range(0, meetings, BATCH):
        with engine.begin() as connection:
            ids = range(first + 1, min(first + BATCH, meetings) + 1)
            articles, rows, sides, sectors, sources = [], [], [], [], []
            for meeting_id in ids:
                article_id = (meeting_id - 1) // MEETINGS_PER_ARTICLE + 1
                if (meeting_id - 1) % MEETINGS_PER_ARTICLE == 0:
                    text = f"Synthetic article {article_id} about cooperation in trade and energy."
                    articles.append({
                        "id": article_id, "content_hash": f"{article_id:064x}", "file_name": None, "title": None,
                        "source": "Bench Wire", "url": None, "published_on": None, "dateline": None, "text": text,
                        "ingested_at": now, "created_at": now, "updated_at": now,
                    })
                day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
                a, b = rng.sample(party_ids, 2)
                sentence = f"Meeting {meeting_id} of parties {a} and {b}."
                rows.append({
                    "id": meeting_id, "article_id": article_id, "kind": rng.choice(MEETING_KINDS), "status": "held",
                    "date": day, "title": sentence, "location": None, "commission_id": None, "session_number": None,
                    "evidence_start": 0, "evidence_end": len(sentence), "evidence_text": sentence,
                    "created_at": now, "updated_at": now,
                })
                sides += [{"meeting_id": meeting_id, "party_id": p, "date": day} for p in (a, b)]
                sources.append({"meeting_id": meeting_id, "article_id": article_id, "evidence_start": 0,
                                "evidence_end": len(sentence), "evidence_text": sentence})
                sectors += [
                    {"meeting_id": meeting_id, "sector_id": s, "article_id": article_id, "evidence_start": 0,
                     "evidence_end": 10, "evidence_text": "trade"}
                    for s in rng.sample(sector_ids, rng.randint(3, 5))
                ]
            for model, values in (
                (Article, articles), (Meeting, rows), (MeetingParty, sides), (MeetingSource, sources),
                (MeetingSector, sectors),
            ):
                _insert_many(connection, model, values)
        if engine.dialect.name == "postgresql":
            _analyze(engine)
    with engine.begin() as connection:
        connection.execute(update(DatasetState).values(version=DatasetState.version + 1, updated_at=now))


def _insert_many(connection: Connection, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """`rows` as multi-row INSERT statements on PostgreSQL. An executemany sends it one statement
    per row, and each statement runs the statement-level triggers that keep a meeting's lists and
    detail (migration 0010): a meeting's row would be rewritten once per side and sector. SQLite's
    triggers are per row either way, and its executemany took half the time."""
    if not rows:
        return
    if connection.dialect.name != "postgresql":
        connection.execute(insert(model), rows)
        return
    per_statement = max(1, PARAMETERS_PER_STATEMENT // len(rows[0]))
    for first in range(0, len(rows), per_statement):
        connection.execute(insert(model).values(rows[first:first + per_statement]))


def _analyze(engine: Engine) -> None:
    """Fresh statistics after each batch. The triggers' statements are planned once per session
    and planned again when the statistics of their tables change, which a server without
    autovacuum (as the benchmark's) never does by itself: planned on the first, nearly empty
    batch, their plans did not follow the tables' growth, and each batch took longer than the
    one before (19 minutes for 200,000 meetings; with this, 42 minutes for 1,000,000)."""
    with engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()
