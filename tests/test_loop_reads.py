"""`Database.read`: the rows `DirectStatement.all` gives, on both engines. On PostgreSQL the read
waits on the event loop (`app.db.loop_reads`) and keeps what a thread of the lane gives a call:
the request's deadline, a stop when its request is cancelled, a bounded number of connections,
one more try after a dropped connection, SQLAlchemy's errors and the engine's listeners."""
from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import uvloop
from sqlalchemy import ARRAY, Boolean, Date, DateTime, Engine, Float, Integer, String, bindparam, event, func, literal, select, text
from sqlalchemy.exc import DBAPIError

from app.core.request_context import request_deadline
from app.db import loop_reads
from app.db.direct import DirectStatement
from app.db.engine import Deadline, DeadlineExceeded, create_db_engine
from app.db.session import Database
from tests.conftest import DatabaseFactory
from tests.test_direct_statement import ROWS, connect, engine, events, events_engine  # noqa: F401 - `engine` is a fixture

BY_DAY = DirectStatement(
    select(events.c.id, events.c.name, events.c.day, events.c.at, events.c.score)
    .where(events.c.day.is_(None) | (events.c.day >= bindparam("since")))
    .order_by(events.c.id)
)
SLEEP = DirectStatement(select(func.pg_sleep(bindparam("seconds")), literal(1)))
BACKEND = DirectStatement(select(func.pg_backend_pid()))


@pytest.fixture(autouse=True, params=["asyncio", "uvloop"])
def event_loop_kind(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every test on asyncio's own event loop and on uvloop, which the server runs: they differ
    in how they watch sockets and in which of two ready callbacks runs first."""
    if request.param == "uvloop":
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    try:
        yield request.param
    finally:
        asyncio.set_event_loop_policy(None)


@pytest.fixture
def pg_engine(postgres_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The events of `tests.test_direct_statement` on PostgreSQL, where reads wait on the event
    loop (SQLite's run in the lane's threads, which the tests of `app.db.session` cover)."""
    factory = DatabaseFactory("postgresql", tmp_path_factory, postgres_server)
    created = events_engine(factory.new_url(migrate=False))
    yield created
    created.dispose()
    factory.drop_all()


def _database(on: Engine, connections: int) -> Iterator[Database]:
    database = Database(on, threads=connections, timeout=5.0)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def database(engine: Engine) -> Iterator[Database]:  # noqa: F811 - the fixture imported above
    """Either engine's."""
    yield from _database(engine, connections=4)


@pytest.fixture
def two_connections(pg_engine: Engine) -> Iterator[Database]:
    """PostgreSQL's, with two connections for reads on the loop."""
    yield from _database(pg_engine, connections=2)


def _sleeping(on: Engine) -> int:
    """Statements running `pg_sleep` on the server, other than this query."""
    with on.connect() as connection:
        return connection.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep%' AND state = 'active' AND pid <> pg_backend_pid()"
        )).scalar_one()


async def _under(deadline: Deadline, database: Database, statement: DirectStatement, values: dict) -> list[tuple]:
    token = request_deadline.set(deadline)
    try:
        return await database.read(statement, values)
    finally:
        request_deadline.reset(token)


def test_rows_are_those_of_direct_statement(engine: Engine, database: Database) -> None:  # noqa: F811
    async def read_all() -> list[list[tuple]]:
        return [await database.read(BY_DAY, {"since": since}) for since in (date(2024, 1, 1), date(2026, 1, 1))]

    with connect(engine) as connection:
        expected = [BY_DAY.all(connection, {"since": since}) for since in (date(2024, 1, 1), date(2026, 1, 1))]
    assert asyncio.run(read_all()) == expected
    assert [row[0] for row in expected[0]] == [row["id"] for row in ROWS if row["day"] is None or row["day"] >= date(2024, 1, 1)]


def test_a_statement_with_expanding_parameters_is_read_in_the_lane(database: Database) -> None:
    names = DirectStatement(select(events.c.name).where(events.c.id.in_(bindparam("ids", expanding=True))).order_by(events.c.id))
    assert asyncio.run(database.read(names, {"ids": [3, 1]})) == [("signing",), ("session",)]


def test_the_read_waits_on_the_event_loop(pg_engine: Engine, two_connections: Database) -> None:
    threads: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        assert conn is None

    event.listen(pg_engine, "before_cursor_execute", record)
    try:
        rows = asyncio.run(two_connections.read(BY_DAY, {"since": date(2025, 1, 1)}))
    finally:
        event.remove(pg_engine, "before_cursor_execute", record)
    assert [row[1] for row in rows] == ["forum", "session"]
    assert threads == [threading.current_thread().name]


def test_a_read_past_its_deadline_is_stopped_and_its_connection_reused(two_connections: Database) -> None:
    async def scenario() -> tuple[float, int, int, list[tuple]]:
        before = (await two_connections.read(BACKEND, {}))[0][0]
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            await _under(Deadline(0.3), two_connections, SLEEP, {"seconds": 5})
        stopped_after = time.monotonic() - started
        after = (await two_connections.read(BACKEND, {}))[0][0]
        return stopped_after, before, after, await two_connections.read(SLEEP, {"seconds": 0})

    stopped_after, before, after, rows = asyncio.run(scenario())
    assert stopped_after < 2.0
    assert after == before  # the cancelled statement left the connection usable: no new one
    assert rows == [("", 1)]


def test_a_spent_deadline_refuses_the_read(two_connections: Database) -> None:
    with pytest.raises(DeadlineExceeded):
        asyncio.run(_under(Deadline(0.0), two_connections, BY_DAY, {"since": date(2024, 1, 1)}))


def test_a_cancelled_request_stops_its_statement(pg_engine: Engine, two_connections: Database) -> None:
    async def scenario() -> list[tuple]:
        task = asyncio.create_task(two_connections.read(SLEEP, {"seconds": 30}))
        await asyncio.sleep(0.3)
        task.cancel()
        started = time.monotonic()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - started < 5.0
        return await two_connections.read(BY_DAY, {"since": date(2025, 1, 1)})

    assert [row[0] for row in asyncio.run(scenario())] == [2, 3]
    assert _sleeping(pg_engine) == 0


def test_reads_beyond_the_connections_wait_for_one(pg_engine: Engine, two_connections: Database) -> None:
    async def scenario() -> tuple[list[list[tuple]], int]:
        reads = asyncio.gather(*(two_connections.read(SLEEP, {"seconds": 0.3}) for _ in range(6)))
        most = 0
        while not reads.done():  # the server's view of how many run at once
            most = max(most, await asyncio.to_thread(_sleeping, pg_engine))
            await asyncio.sleep(0.05)
        return await reads, most

    started = time.monotonic()
    results, most_at_once = asyncio.run(scenario())
    assert results == [[("", 1)]] * 6
    assert time.monotonic() - started >= 0.9  # three rounds of two
    assert most_at_once == 2


def test_a_waiting_read_out_of_time_gives_up_and_the_rest_go_on(two_connections: Database) -> None:
    async def scenario() -> list[object]:
        busy = [asyncio.create_task(two_connections.read(SLEEP, {"seconds": 0.5})) for _ in range(2)]
        await asyncio.sleep(0.1)
        late = asyncio.create_task(_under(Deadline(0.1), two_connections, BY_DAY, {"since": date(2024, 1, 1)}))
        patient = asyncio.create_task(two_connections.read(BACKEND, {}))
        return await asyncio.gather(*busy, late, patient, return_exceptions=True)

    first, second, late, patient = asyncio.run(scenario())
    assert first == second == [("", 1)]
    assert isinstance(late, DeadlineExceeded)
    assert isinstance(patient, list) and len(patient) == 1


def test_a_dropped_connection_is_replaced_and_the_read_tried_again(
    pg_engine: Engine, two_connections: Database
) -> None:
    async def scenario() -> tuple[int, list[tuple]]:
        pid = (await two_connections.read(BACKEND, {}))[0][0]
        with pg_engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        await asyncio.sleep(0.1)
        return pid, await two_connections.read(BACKEND, {})

    pid, rows = asyncio.run(scenario())
    assert rows[0][0] != pid


def test_driver_errors_come_out_as_sqlalchemy_errors(two_connections: Database) -> None:
    missing = DirectStatement(select(text("x")).select_from(text("no_such_table")))

    async def scenario() -> list[tuple]:
        with pytest.raises(DBAPIError) as failed:
            await two_connections.read(missing, {})
        assert "no_such_table" in str(failed.value)
        assert not failed.value.connection_invalidated
        return await two_connections.read(BY_DAY, {"since": date(2025, 1, 1)})

    assert [row[0] for row in asyncio.run(scenario())] == [2, 3]


def test_a_database_that_cannot_be_reached_is_a_sqlalchemy_error(postgres_server: str) -> None:
    unreachable = create_db_engine("postgresql+psycopg://postgres@127.0.0.1:1/none")
    database = Database(unreachable, threads=2, timeout=5.0)
    try:
        with pytest.raises(DBAPIError) as failed:
            asyncio.run(database.read(BACKEND, {}))
        assert "127.0.0.1" in str(failed.value)
    finally:
        database.close()
        unreachable.dispose()


def test_its_connections_carry_the_servers_statement_timeout(pg_engine: Engine) -> None:
    database = Database(pg_engine, threads=1, timeout=5.0, statement_timeout=7)
    setting = DirectStatement(select(func.current_setting("statement_timeout")))
    try:
        assert asyncio.run(database.read(setting, {})) == [("7s",)]
    finally:
        database.close()


def test_a_statement_is_prepared_once_per_connection(pg_engine: Engine) -> None:
    prepared = DirectStatement(select(func.count()).select_from(text("pg_prepared_statements")))
    database = Database(pg_engine, threads=1, timeout=5.0)  # one connection for reads on the loop

    async def scenario() -> list[int]:
        counts = []
        for _ in range(3):
            await database.read(BY_DAY, {"since": date(2025, 1, 1)})
            counts.append((await database.read(prepared, {}))[0][0])
        return counts

    try:
        assert asyncio.run(scenario()) == [2, 2, 2]  # BY_DAY and the count itself, prepared on first use
    finally:
        database.close()


def test_a_statement_that_fails_to_prepare_fails_the_same_way_again(two_connections: Database) -> None:
    missing = DirectStatement(select(text("x")).select_from(text("no_such_table")))

    async def scenario() -> list[str]:
        messages = []
        for _ in range(3):
            with pytest.raises(DBAPIError) as failed:
                await two_connections.read(missing, {})
            messages.append(type(failed.value.orig).__name__)
        return messages

    assert asyncio.run(scenario()) == ["UndefinedTable"] * 3


def test_values_go_in_and_rows_come_out_as_a_cursor_gives_them(pg_engine: Engine, two_connections: Database) -> None:
    echo = DirectStatement(select(
        bindparam("number", type_=Integer), bindparam("text", type_=String), bindparam("day", type_=Date),
        bindparam("at", type_=DateTime(timezone=True)), bindparam("flag", type_=Boolean), bindparam("none", type_=String),
        bindparam("ids", type_=ARRAY(Integer)), bindparam("share", type_=Float), bindparam("name", type_=String(20)),
    ))
    values = {
        "number": 42, "text": "Bakı – Kazan, 'quoted' %s $1", "day": date(2024, 4, 17),
        "at": datetime(2024, 4, 17, 9, 30, 15, 123456, tzinfo=UTC), "flag": True, "none": None,
        "ids": [3, 1, 2], "share": 0.25, "name": "Tatarstan",
    }
    with pg_engine.connect() as connection:
        expected = [tuple(connection.execute(echo.statement, values).one())]
    assert asyncio.run(two_connections.read(echo, values)) == expected == [tuple(values.values())]


def test_a_connection_the_server_closes_while_idle_is_let_go_without_spinning(
    pg_engine: Engine, two_connections: Database
) -> None:
    """Each connection's socket stays watched between reads: input arriving then (here, the
    server ending the connection) must be taken in once, not wake the event loop over and over."""
    async def scenario() -> tuple[float, int, int]:
        pid = (await two_connections.read(BACKEND, {}))[0][0]
        with pg_engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        await asyncio.sleep(0.1)
        started = time.process_time()
        await asyncio.sleep(0.5)
        idle_cpu = time.process_time() - started
        return idle_cpu, pid, (await two_connections.read(BACKEND, {}))[0][0]

    idle_cpu, pid, replaced_by = asyncio.run(scenario())
    assert idle_cpu < 0.1
    assert replaced_by != pid


def test_statements_past_the_cap_are_read_in_the_lane(
    pg_engine: Engine, two_connections: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each statement read on the loop is prepared on each of its connections: past
    `MAX_STATEMENTS` of them, further statements go to the lane's threads, with the same rows."""
    monkeypatch.setattr(loop_reads, "MAX_STATEMENTS", 1)
    names = DirectStatement(select(events.c.name).where(events.c.id == bindparam("id")))
    where: list[bool] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        where.append(conn is None)

    async def scenario() -> list[list[tuple]]:
        return [
            await two_connections.read(BY_DAY, {"since": date(2025, 1, 1)}),
            await two_connections.read(names, {"id": 3}),
            await two_connections.read(BY_DAY, {"since": date(2025, 1, 1)}),
        ]

    event.listen(pg_engine, "before_cursor_execute", record)
    try:
        first, name, again = asyncio.run(scenario())
    finally:
        event.remove(pg_engine, "before_cursor_execute", record)
    assert where == [True, False, True]  # the prepared one on the loop, the one past the cap in a thread
    assert name == [("session",)]
    assert first == again and [row[1] for row in first] == ["forum", "session"]
