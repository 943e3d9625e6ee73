"""Engine behaviour shared by the API and the ingest: statement time limits on both engines."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.db.engine import create_db_engine, is_statement_timeout
from tests.conftest import DatabaseFactory

SLOW = {
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 500000000) SELECT count(*) FROM c",
    "postgresql": "SELECT pg_sleep(5)",
}


def test_a_statement_over_the_time_limit_is_stopped(databases: DatabaseFactory) -> None:
    engine = create_db_engine(databases.new_url(migrate=False), statement_timeout=0.2)
    try:
        with engine.connect() as connection:
            with pytest.raises(OperationalError) as stopped:
                connection.execute(text(SLOW[databases.kind]))
            assert is_statement_timeout(stopped.value)
        with engine.connect() as connection:  # the connection is usable again afterwards
            assert connection.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()


def test_without_a_limit_nothing_is_stopped(databases: DatabaseFactory) -> None:
    engine = create_db_engine(databases.new_url(migrate=False))
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT 41 + 1")).scalar() == 42
    finally:
        engine.dispose()
