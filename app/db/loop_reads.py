"""PostgreSQL reads of one statement run on the event loop, over psycopg's async connections.

A request lane (`app.db.session`) hands each call to a thread and back. On SQLite the thread does
the work; on PostgreSQL it only waits for the server, and the hand-over and the wait cost more
than the read itself: a primary-key read took 150-200 µs of the worker's CPU through the lane's
threads at 16 reads at a time, against 50 µs from one thread reading in a loop and 90 µs with
psycopg's async connection on the event loop (bench/README.md). So a read of one
`DirectStatement` on PostgreSQL waits on the event loop instead, as a statement prepared on each
connection and sent through libpq (`app.db.prepared_link`), with what the lane gives a call:

- the request's `Deadline`: the read is refused once it has passed, and stopped when it runs
  past it (the connection sends the server a cancel request, and waits for the connection to
  be usable again); either way it raises `DeadlineExceeded`;
- a client that goes away cancels the request's task, which stops the read the same way;
- a connection per read, never shared, up to `connections` per worker; further reads wait for
  one in arrival order;
- a connection the server dropped is replaced, and the read, which changes nothing, is tried
  once more on a new one;
- driver errors come out as SQLAlchemy's, and the engine's `before_cursor_execute` listeners run
  (with no SQLAlchemy connection: `conn` is None), as `DirectStatement` does on a thread.

Connections are in autocommit, so a read begins no transaction, and carry the server's
`statement_timeout` backstop as the engine's do."""
from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Mapping
from functools import partial
from typing import Any

import psycopg
from psycopg import pq
from sqlalchemy import Engine
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import CompileError, DBAPIError
from sqlalchemy.types import TypeEngine

from app.core.metrics import count_statement_timeout
from app.db.direct import Compiled, DirectStatement
from app.db.engine import OUT_OF_TIME, Deadline, DeadlineExceeded, statement_timeout_options
from app.db.prepared_link import PreparedLink


# Statements prepared on each connection at most. Every shape of a list request (its filters, sort
# and cursor) is a statement of its own, and each costs the server memory on every connection
# that prepared it; the statements past this many are read in a database thread instead, where
# psycopg keeps its own bounded set of prepared statements.
MAX_STATEMENTS = 256


def _parameter_type(type_: TypeEngine[Any], dialect: Dialect) -> str:
    """A parameter's type as its statement is prepared: the bind's SQL type, which the server
    resolves (a value standing alone, in a select list say, would otherwise be text), or
    `unknown` for a bind without one, whose type the server infers from where it stands."""
    try:
        return type_.compile(dialect=dialect)
    except CompileError:
        return "unknown"


def _column_types(result: pq.abc.PGresult) -> list[int]:
    return [result.ftype(column) for column in range(result.nfields)]


class LoopReader:
    """Reads of one statement for the engine's PostgreSQL database, on the running event loop
    (see the module's doc). Made and used within one event loop."""

    def __init__(self, engine: Engine, *, connections: int, statement_timeout: float | None = None) -> None:
        self.engine = engine
        self.dialect = engine.dialect
        _, connect_kwargs = engine.dialect.create_connect_args(engine.url)
        self._connect_kwargs = {**connect_kwargs, **statement_timeout_options(statement_timeout)}
        # The same dialect, with libpq's placeholders ($1, $2, ...) for prepared statements.
        self._positional = type(engine.dialect)(paramstyle="numeric_dollar")
        # Each statement's SQL: its name on the connections, and the command that prepares it.
        self._prepared: dict[str, tuple[bytes, bytes]] = {}
        self._limit = connections
        self._idle: list[PreparedLink] = []
        self._open = 0  # connections open or being opened
        self._waiting: deque[asyncio.Future[PreparedLink | None]] = deque()
        self._closed = False

    def can_read(self, statement: DirectStatement) -> bool:
        """Whether `statement` is read here: it has fixed SQL, and is prepared already or fits
        under `MAX_STATEMENTS`."""
        compiled = statement.compiled_for(self._positional)
        return compiled is not None and (compiled.sql in self._prepared or len(self._prepared) < MAX_STATEMENTS)

    def _statement(self, compiled: Compiled) -> tuple[bytes, bytes]:
        known = self._prepared.get(compiled.sql)
        if known is None:
            name = f"loop_read_{len(self._prepared)}"
            types = ", ".join(_parameter_type(type_, self._positional) for type_ in compiled.types)
            prepare = f"PREPARE {name} ({types}) AS {compiled.sql}" if types else f"PREPARE {name} AS {compiled.sql}"
            known = self._prepared[compiled.sql] = (name.encode(), prepare.encode())
        return known

    async def all(self, statement: DirectStatement, values: Mapping[str, Any], deadline: Deadline) -> list[tuple[Any, ...]]:
        """The rows of `statement` for `values` (see `DirectStatement.all`), under `deadline`."""
        compiled = statement.compiled_for(self._positional)
        if compiled is None:
            raise ValueError("a statement with expanding parameters has no fixed SQL to run on the loop")
        parameters = compiled.parameters(values)
        name, prepare = self._statement(compiled)
        for attempt in (1, 2):
            if deadline.expired():
                raise DeadlineExceeded(OUT_OF_TIME)
            connection = await self._acquire(deadline)
            try:
                self.engine.dispatch.before_cursor_execute(None, None, compiled.sql, parameters, None, False)
                raw, result = await connection.rows(name, prepare, parameters, deadline.remaining())  # type: ignore[arg-type]
                return compiled.rows(statement.statement, self.dialect, partial(_column_types, result), raw)
            except TimeoutError as timeout:
                count_statement_timeout()
                raise DeadlineExceeded(OUT_OF_TIME) from timeout
            except psycopg.Error as error:
                if deadline.expired():
                    count_statement_timeout()
                    raise DeadlineExceeded(OUT_OF_TIME) from error
                if connection.broken and attempt == 1:
                    continue  # a connection the server dropped: once more, on a new one
                raise DBAPIError.instance(
                    compiled.sql, parameters, error, psycopg.Error, connection_invalidated=connection.broken,
                    dialect=self.dialect,
                ) from error
            finally:
                self._release(connection)
        raise AssertionError("unreachable")

    async def _acquire(self, deadline: Deadline) -> PreparedLink:
        if self._closed:
            raise RuntimeError("the reader is closed")
        while self._idle:
            connection = self._idle.pop()
            if connection.usable:
                return connection
            self._open -= 1  # the server closed it while it was idle
            connection.close()
        if self._open < self._limit:
            self._open += 1
            try:
                async with asyncio.timeout(deadline.remaining()):
                    return PreparedLink(await psycopg.AsyncConnection.connect(autocommit=True, **self._connect_kwargs))
            except BaseException as failed:
                self._open -= 1
                self._wake_one()
                if isinstance(failed, TimeoutError):
                    raise DeadlineExceeded(OUT_OF_TIME) from failed
                if isinstance(failed, psycopg.Error):  # as the engine reports a failed connect
                    raise DBAPIError.instance(None, None, failed, psycopg.Error, dialect=self.dialect) from failed
                raise
        waiter: asyncio.Future[PreparedLink | None] = asyncio.get_running_loop().create_future()
        self._waiting.append(waiter)
        try:
            async with asyncio.timeout(deadline.remaining()):
                handed = await waiter
        except BaseException as stopped:
            self._give_up(waiter)
            if isinstance(stopped, TimeoutError):
                raise DeadlineExceeded(OUT_OF_TIME) from stopped
            raise
        # None: a connection was closed, so this read may open one of its own.
        return handed if handed is not None else await self._acquire(deadline)

    def _give_up(self, waiter: asyncio.Future[PreparedLink | None]) -> None:
        """A waiting read stopped (out of time, or its request cancelled): what was handed to it
        in the meantime goes to the next one."""
        if not waiter.done() or waiter.cancelled():
            if waiter in self._waiting:
                self._waiting.remove(waiter)
            return
        handed = waiter.result()
        if handed is None:
            self._wake_one()
        else:
            self._hand_over(handed)

    def _release(self, connection: PreparedLink) -> None:
        """Back to the idle ones, or straight to the first waiting read. Never suspends, so it
        also runs to the end in a cancelled task."""
        if not connection.usable or self._closed:
            self._open -= 1
            connection.close()
            self._wake_one()
            return
        self._hand_over(connection)

    def _hand_over(self, connection: PreparedLink) -> None:
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(connection)
                return
        self._idle.append(connection)

    def _wake_one(self) -> None:
        """A connection went away: the first waiting read may open a new one."""
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def close(self) -> None:
        """Close the idle connections; those in use close when their read ends."""
        self._closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            self._open -= 1
            connection.close()
