"""An ingest killed with SIGKILL at random points, then run again, leaves nothing half-written and
nothing twice: the database ends as one uninterrupted ingest leaves it.

Two kills per engine by default; `LONG_TESTS=1` makes it 10 (`KILL_ROUNDS=N` sets any number), and
`KILL_SEED=S` replays a run: the seed is in every failure message."""
from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from sqlalchemy import Engine, func, select

from app.articles.models import Article
from app.db.engine import create_db_engine
from tests.conftest import DatabaseFactory, require_corpus
from tests.ingest.integrity import broken_rules, corpus_folder, reference_counts, row_counts, start_ingest

ROUNDS = int(os.environ.get("KILL_ROUNDS") or (10 if os.environ.get("LONG_TESTS") == "1" else 2))
SEED = int(os.environ.get("KILL_SEED") or random.randrange(1 << 30))
TIMEOUT = 120


def stored_articles(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(Article))


def kill_midway(url: str, folder: Path, stored: int, total: int, rng: random.Random) -> str:
    """Start an ingest and SIGKILL it after a random number of newly loaded articles (at least one,
    so it is past its start-up) and a random pause, while it extracts or writes the next ones;
    returns where it was killed."""
    wanted = rng.randrange(1, total - stored)
    pause = rng.uniform(0, 0.15)
    process = start_ingest(url, folder)
    assert process.stderr is not None
    loaded = 0
    while loaded < wanted and (line := process.stderr.readline()):
        loaded += ": loaded as article " in line
    time.sleep(pause)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=TIMEOUT)
    return f"after {loaded} new articles and {pause:.3f}s (exit {process.returncode})"


def test_killed_ingests_leave_nothing_half_written(databases: DatabaseFactory, tmp_path: Path) -> None:
    require_corpus()
    rng = random.Random(f"{SEED}-{databases.kind}")
    folder = corpus_folder(tmp_path)
    total = len(list(folder.iterdir()))
    expected = reference_counts(databases)
    url = databases.new_url()
    engine = create_db_engine(url)
    try:
        for round_number in range(1, ROUNDS + 1):
            stored = stored_articles(engine)
            if stored >= total - 1:  # nearly all in: start again, so that the next kill lands mid-batch
                engine.dispose()
                url = databases.new_url()
                engine = create_db_engine(url)
                stored = 0
            where = kill_midway(url, folder, stored, total, rng)
            context = f"KILL_SEED={SEED}, {databases.kind}, round {round_number}, killed {where}"
            assert broken_rules(engine) == {}, context
            assert stored_articles(engine) >= stored, context

        rerun = start_ingest(url, folder)
        out, err = rerun.communicate(timeout=TIMEOUT)
        context = f"KILL_SEED={SEED}, {databases.kind}, the run after the kills"
        assert rerun.returncode == 0, f"{context}\n{err}"
        assert " 0 failed" in out, context
        assert err.count(": loaded as article ") + err.count(": unchanged (article ") == total, context
        assert broken_rules(engine) == {}, context
        assert row_counts(engine) == expected, context
    finally:
        engine.dispose()
