"""`DirectStatement` gives what `Connection.execute` gives, on both engines: the same typed rows,
the same deadline, the same errors, a lost connection invalidated, and no transaction left open."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import (
    Column, Connection, Date, DateTime, Engine, Float, Integer, MetaData, Table, Text, bindparam, event, func, insert, select, text,
)
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from app.db.direct import DirectStatement
from app.db.engine import Deadline, DeadlineExceeded, create_db_engine, is_statement_timeout
from tests.conftest import DatabaseFactory
from tests.test_engine import SLOW

metadata = MetaData()
events = Table(
    "direct_events", metadata,
    Column("id", Integer, primary_key=True), Column("name", Text), Column("day", Date), Column("at", DateTime(timezone=True)),
    Column("score", Float),
)
ROWS = [
    {"id": 1, "name": "signing", "day": date(2024, 4, 17), "at": datetime(2024, 4, 17, 9, 30, 5, 120000, tzinfo=timezone.utc),
     "score": 0.25},
    {"id": 2, "name": "forum", "day": None, "at": datetime(2023, 1, 2, 0, 0, tzinfo=timezone.utc), "score": None},
    {"id": 3, "name": "session", "day": date(2025, 12, 31), "at": None, "score": 3.5},
]


def connect(engine: Engine) -> Connection:
    """A connection as `app.db.session` keeps them: in autocommit on PostgreSQL."""
    connection = engine.connect()
    return connection.execution_options(isolation_level="AUTOCOMMIT") if engine.dialect.name == "postgresql" else connection


def events_engine(url: str) -> Engine:
    """An engine on the empty database `url`, with the events table and its rows."""
    engine = create_db_engine(url)
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(events), ROWS)
    return engine


@pytest.fixture
def engine(databases: DatabaseFactory) -> Iterator[Engine]:
    engine = events_engine(databases.new_url(migrate=False))
    yield engine
    engine.dispose()


def test_rows_are_those_of_execute(engine: Engine) -> None:
    statement = (
        select(events.c.id, events.c.name, events.c.day, events.c.at, events.c.score, (events.c.score * 2).label("double"))
        .where(events.c.day.is_(None) | (events.c.day >= bindparam("since")))
        .order_by(events.c.id)
    )
    direct = DirectStatement(statement)
    with connect(engine) as connection:
        for since in (date(2024, 1, 1), date(2026, 1, 1)):
            expected = [tuple(row) for row in connection.execute(statement, {"since": since})]
            connection.rollback()
            assert direct.all(connection, {"since": since}) == expected
            assert not connection.in_transaction()
            assert [row[:3] for row in expected] == [
                (row["id"], row["name"], row["day"]) for row in ROWS if row["day"] is None or row["day"] >= since
            ]
        assert direct.all(connection, {"since": date(2030, 1, 1)})[0][:3] == (2, "forum", None)


def test_the_engines_statement_listeners_see_it(engine: Engine) -> None:
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        with connect(engine) as connection:
            DirectStatement(select(events.c.id).where(events.c.id == bindparam("id"))).all(connection, {"id": 1})
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert [statement.split()[:2] for statement in seen] == [["SELECT", "direct_events.id"]]


def test_a_value_bound_in_the_statement_is_used_when_none_is_given(engine: Engine) -> None:
    direct = DirectStatement(select(func.count()).select_from(events).where(events.c.id >= bindparam("low", 2)))
    with connect(engine) as connection:
        assert direct.all(connection, {}) == [(2,)]
        assert direct.all(connection, {"low": 3}) == [(1,)]


def test_the_deadline_of_the_unit_of_work_applies(engine: Engine, databases: DatabaseFactory) -> None:
    with connect(engine) as connection:
        info = connection.connection.info
        info["deadline"] = Deadline(0.0)
        with pytest.raises(DeadlineExceeded):
            DirectStatement(select(events.c.id)).all(connection, {})
        info.pop("deadline")
    if databases.kind == "sqlite":  # on PostgreSQL the session's cancel request stops a statement
        slow = DirectStatement(select(text("*")).select_from(text(f"({SLOW['sqlite']})")))
        with connect(engine) as connection:
            connection.connection.info["deadline"] = Deadline(0.2)
            with pytest.raises(OperationalError) as stopped:
                slow.all(connection, {})
            assert is_statement_timeout(stopped.value)


def test_driver_errors_come_out_as_sqlalchemy_errors(engine: Engine) -> None:
    missing = DirectStatement(select(text("x")).select_from(text("no_such_table")))
    with connect(engine) as connection:
        with pytest.raises((OperationalError, ProgrammingError)) as failed:
            missing.all(connection, {})
        assert "no_such_table" in str(failed.value)
        assert not failed.value.connection_invalidated
        assert DirectStatement(select(events.c.name).where(events.c.id == 2)).all(connection, {}) == [("forum",)]


def test_a_lost_connection_is_invalidated(engine: Engine, databases: DatabaseFactory) -> None:
    direct = DirectStatement(select(events.c.id).where(events.c.id == 1))
    with connect(engine) as connection, engine.connect() as other:
        if databases.kind == "postgresql":  # the server ends the session
            pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
            connection.commit()
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        else:  # SQLite's connection is closed underneath
            connection.connection.dbapi_connection.close()
        with pytest.raises(DBAPIError) as lost:
            direct.all(connection, {})
        assert lost.value.connection_invalidated
        assert connection.invalidated


def test_inside_a_transaction_it_is_an_ordinary_execute(engine: Engine) -> None:
    names = DirectStatement(select(events.c.name).order_by(events.c.id))
    with engine.connect() as connection:
        connection.execute(insert(events), {"id": 4, "name": "visit"})
        assert names.all(connection, {})[-1] == ("visit",)  # the transaction's own row
        assert connection.in_transaction()
        connection.rollback()
        assert names.all(connection, {})[-1] == ("session",)
