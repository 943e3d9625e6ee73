"""Ingests running at the same time on one database. Two `bilateral ingest` processes on the same
folder store each article once, one reports it `loaded` and the other `unchanged`, and both exit
0; an ingest that meets another writer waits for it instead of failing."""
from __future__ import annotations

import re
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import DBAPIError

from app.db.dataset import DatasetState
from app.db.engine import create_db_engine
from app.ingest.batch import ingest_article, is_transient
from app.ingest.reader import ArticleInput
from tests.conftest import SEEDS, DatabaseFactory, require_corpus
from tests.ingest.integrity import broken_rules, corpus_folder, reference_counts, row_counts, start_ingest

SEED = SEEDS / "az-tatarstan-2024-04-17.txt"
PROGRESS = re.compile(r"^\[\d+/\d+\] (?P<file>.+?): (?P<outcome>loaded|replaced|unchanged|failed)\b", re.M)


def test_two_ingests_of_one_folder_report_every_file_once(databases: DatabaseFactory, tmp_path: Path) -> None:
    require_corpus()
    folder = corpus_folder(tmp_path)
    expected = reference_counts(databases)
    url = databases.new_url()

    processes = [start_ingest(url, folder), start_ingest(url, folder)]
    results = [process.communicate(timeout=180) for process in processes]

    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        assert " 0 failed" in out, out
    outcomes: dict[str, list[str]] = defaultdict(list)
    for _, err in results:
        for match in PROGRESS.finditer(err):
            outcomes[Path(match["file"]).name].append(match["outcome"])
    assert set(outcomes) == {path.name for path in folder.iterdir()}
    assert {name: sorted(found) for name, found in outcomes.items() if sorted(found) != ["loaded", "unchanged"]} == {}

    engine = create_db_engine(url)
    try:
        assert broken_rules(engine) == {}
        assert row_counts(engine) == expected
    finally:
        engine.dispose()


def hold_the_database(engine: Engine, seconds: float, held: threading.Event) -> None:
    """Be the writer for `seconds`: SQLite's write lock, PostgreSQL's dataset state row."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.execute(select(DatasetState.id).with_for_update())
        held.set()
        time.sleep(seconds)
        connection.rollback()


def test_an_ingest_waits_for_another_writer(fresh_engine: Engine) -> None:
    held = threading.Event()
    writer = threading.Thread(target=hold_the_database, args=(fresh_engine, 0.5, held))
    writer.start()
    held.wait()
    started = time.monotonic()

    outcome = ingest_article(fresh_engine, ArticleInput(SEED.read_text(), "story.txt"))

    waited = time.monotonic() - started
    writer.join()
    assert outcome.outcome == "loaded", outcome.reason
    assert waited >= 0.4


def test_database_is_locked_is_a_collision_to_try_again(tmp_path: Path) -> None:
    """What SQLite answers once its busy timeout has passed is retried, not reported."""
    url = f"sqlite:///{tmp_path / 'locked.db'}"
    holder = create_engine(url)
    impatient = create_engine(url, connect_args={"timeout": 0})
    with holder.connect() as connection:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        with impatient.connect() as other, pytest.raises(DBAPIError) as raised:
            other.exec_driver_sql("BEGIN IMMEDIATE")
        connection.rollback()
    assert "database is locked" in str(raised.value)
    assert is_transient(raised.value)
