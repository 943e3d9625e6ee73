"""Database access for request handlers: each call is one read-only unit of work, run in a thread
of its own lane, under the deadline of the request it serves.

No statement runs on the event loop's thread: a slow query holds one database thread and nothing
else, so `/healthz` and other requests go on being served. (On PostgreSQL, `read` awaits a
statement on the event loop without running it there: the server runs it, and the loop only
waits for its answer; app.db.loop_reads.) Each thread keeps its own
connection for its lifetime (a connection per thread, never waited for), so threads never queue
on a shared pool; jobs queue only for a free thread, in arrival order. Exports have a lane of
their own, at a lower CPU priority, so a few long exports can never take the threads (nor much of
the CPU) that ordinary requests need.

Every call runs under a `Deadline`: the request's (set by the request context middleware, shared
by all its calls, so a request of several statements cannot run past its budget) or the one an
export brings. When it runs out, the running statement is stopped and the call raises
`DeadlineExceeded` (a 503); when the awaiting request is cancelled because its client went away,
the statement is stopped the same way and the request waits for its thread to let go."""
from __future__ import annotations

import asyncio
import contextvars
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Concatenate, ParamSpec, TypeVar

import anyio
from fastapi import Request
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from app.core.metrics import count_statement_timeout
from app.core.request_context import current_request_id, request_deadline
from app.db.direct import DirectStatement
from app.db.engine import OUT_OF_TIME, Deadline, DeadlineExceeded, is_statement_timeout
from app.db.loop_reads import LoopReader

P = ParamSpec("P")
T = TypeVar("T")

logger = logging.getLogger("app.db")

# How long a PostgreSQL statement may outlive its deadline before the session cancels it (the
# server's own statement_timeout backs this up), and how long a cancelled request waits for its
# thread to let go before it gives up waiting (the thread still stops, later).
_CANCEL_GRACE = 0.05
_RELEASE_WAIT = 2.0
# Export threads run this much nicer than the rest of the process (Linux): when the CPU is short,
# the event loop and the threads of ordinary requests get it first.
EXPORT_NICENESS = 10
# The GIL's switch interval while export work runs (see `_ShortSwitchesWhileExporting`).
EXPORT_SWITCH_INTERVAL = 0.0005


class _Job:
    """One call in a thread: the driver connection it is using while it runs, so that another
    thread can send PostgreSQL a cancel request for exactly this call and no later one."""

    __slots__ = ("deadline", "driver_connection", "lock")

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.driver_connection: Any = None
        self.lock = threading.Lock()

    def attach(self, driver_connection: Any) -> None:
        with self.lock:
            self.driver_connection = driver_connection

    def detach(self) -> None:
        # Waits for a cancel request being sent, so that it cannot land on the next call.
        with self.lock:
            self.driver_connection = None

    def cancel_statement(self) -> None:
        """PostgreSQL: cancel the statement running for this call, if any (blocking, a few ms).
        SQLite needs none of this: its progress handler sees the deadline itself."""
        with self.lock:
            if self.driver_connection is not None:
                try:
                    self.driver_connection.cancel_safe(timeout=2.0)
                except Exception as exc:  # noqa: BLE001 - the server's statement_timeout still applies
                    logger.warning("could not cancel a statement: %s", exc)


def _lower_priority(niceness: int) -> None:
    """Lower the CPU priority of the calling thread (Linux schedules threads, not processes, so
    a thread can be nicer than the rest of its process; elsewhere this would slow the whole
    process, so it is skipped)."""
    if niceness and sys.platform == "linux":
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), os.getpriority(os.PRIO_PROCESS, 0) + niceness)


class _Call:
    """One call handed to a lane: what to run, and the event loop future that receives its
    outcome. `settled` and `released` belong to the loop's thread."""

    __slots__ = ("args", "context", "fn", "future", "job", "jobs", "kwargs", "loop", "released", "settled")

    def __init__(
        self, loop: asyncio.AbstractEventLoop, job: _Job, fn: Callable[..., Any], args: tuple[Any, ...],
        kwargs: dict[str, Any], jobs: set[_Job],
    ) -> None:
        self.loop = loop
        self.job = job
        self.jobs = jobs  # the database's running jobs, which this one leaves when settled
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        # The request id rides along into the thread's log lines.
        self.context = contextvars.copy_context()
        self.future: asyncio.Future[Any] = loop.create_future()
        self.settled = False
        self.released: asyncio.Future[None] | None = None  # awaited by a cancelled request

    def settle(self, result: Any, error: BaseException | None) -> None:
        """On the loop's thread, once the call has run (or will never run)."""
        self.settled = True
        self.jobs.discard(self.job)
        if error is not None and is_statement_timeout(error):
            count_statement_timeout()
        if not self.future.done():  # else its request was cancelled, and awaits `released`
            if error is None:
                self.future.set_result(result)
            else:
                self.future.set_exception(error)
        if self.released is not None and not self.released.done():
            self.released.set_result(None)

    def report(self, result: Any, error: BaseException | None) -> None:
        """From the lane's thread: hands the outcome to the loop (gone at shutdown: dropped)."""
        try:
            self.loop.call_soon_threadsafe(self.settle, result, error)
        except RuntimeError:  # the loop is closed
            pass


class _Lane:
    """A fixed set of threads, each with its own connection, taking calls in arrival order.

    Calls go through a plain queue and come back with one `call_soon_threadsafe`, rather than
    a `ThreadPoolExecutor` whose futures are wrapped for the loop and shielded: that chain of
    futures, locks and callbacks cost twice what a primary-key read takes to hand over and
    back (87 against 44 µs of CPU per call, 16 calls at a time in 8 threads, bench/README.md)."""

    def __init__(self, engine: Engine, name: str, threads: int, *, niceness: int = 0) -> None:
        self.engine = engine
        self._name = name
        self._size = threads
        self._niceness = niceness
        self._calls: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._local = threading.local()
        self._connections: set[Connection] = set()
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, call: _Call) -> None:
        if self._closed:
            raise RuntimeError("the database is closed")
        if len(self._threads) < self._size:
            self._start_thread()
        self._calls.put(call)

    def _start_thread(self) -> None:
        with self._lock:
            if len(self._threads) < self._size:
                thread = threading.Thread(target=self._serve, name=f"db-{self._name}_{len(self._threads)}", daemon=True)
                self._threads.append(thread)
                thread.start()

    def _serve(self) -> None:
        _lower_priority(self._niceness)
        while (call := self._calls.get()) is not None:
            try:
                result = call.context.run(self.work, call.job, call.fn, call.args, call.kwargs)
            except BaseException as error:  # noqa: BLE001 - handed to the awaiting request
                call.report(None, error)
            else:
                call.report(result, None)

    def _connection(self) -> Connection:
        connection: Connection | None = getattr(self._local, "connection", None)
        if connection is None or connection.closed or connection.invalidated:
            if connection is not None:
                self._discard(connection)
            connection = self.engine.connect()
            if connection.dialect.name == "postgresql":
                # Every call is read-only: without a transaction around it, a request costs no
                # BEGIN and ROLLBACK round trips (most are a single statement).
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            self._local.connection = connection
            with self._lock:
                self._connections.add(connection)
        return connection

    def _discard(self, connection: Connection) -> None:
        self._local.connection = None
        with self._lock:
            self._connections.discard(connection)
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - a broken connection is being thrown away anyway
            pass

    def work(self, job: _Job, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
        """Runs in a thread of this lane."""
        deadline = job.deadline
        for attempt in (1, 2):
            if deadline.expired():
                raise DeadlineExceeded(OUT_OF_TIME)
            connection = self._connection()
            info = connection.info
            info["deadline"] = deadline
            job.attach(connection.connection.driver_connection)
            try:
                return fn(connection, *args, **kwargs)
            except DBAPIError as exc:
                if deadline.expired():
                    raise DeadlineExceeded(OUT_OF_TIME) from exc
                # A connection the server dropped (a restart): read-only work is safe to repeat once.
                if exc.connection_invalidated and attempt == 1:
                    continue
                raise
            finally:
                job.detach()
                info.pop("deadline", None)
                self._end(connection)
        raise AssertionError("unreachable")

    def _end(self, connection: Connection) -> None:
        try:
            if not connection.invalidated:
                # Work that ran only `DirectStatement`s began no transaction: nothing to end.
                if connection.in_transaction():
                    connection.rollback()
                return
        except Exception:  # noqa: BLE001 - a connection that cannot roll back is replaced
            pass
        self._discard(connection)

    def close(self) -> None:
        """Refuse new calls and wait for the threads to end: each takes the calls queued before
        its stop (`Database.close` has ended their deadlines, so they end at once)."""
        self._closed = True
        for _ in self._threads:
            self._calls.put(None)
        for thread in self._threads:
            thread.join()
        with self._lock:
            connections, self._connections = list(self._connections), set()
        for connection in connections:
            try:
                connection.close()
            except Exception:  # noqa: BLE001
                pass


class _ShortSwitchesWhileExporting:
    """The event loop and the request threads share the GIL with the export threads. Python makes
    a thread that wants the GIL wait up to the switch interval (5 ms) while another runs Python
    code, and a short request takes the GIL back a dozen times (each SQLite call lets go of it),
    so an export encoding rows would add tens of milliseconds to every other request; at 0.5 ms
    it adds a few. But forcing a switch every 0.5 ms costs every request when there is nothing
    to protect them from: ordinary traffic ran a third slower under it. So the interval is short
    only while export work is running, and Python's own otherwise. The interval belongs to the
    process, so one of these (`_EXPORTING`) serves every database of the process."""

    def __init__(self) -> None:
        self._running = 0
        self._normal = sys.getswitchinterval()
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        with self._lock:
            if self._running == 0:
                self._normal = sys.getswitchinterval()
                sys.setswitchinterval(min(self._normal, EXPORT_SWITCH_INTERVAL))
            self._running += 1

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0:
                sys.setswitchinterval(self._normal)


_EXPORTING = _ShortSwitchesWhileExporting()


class Database:
    def __init__(
        self,
        engine: Engine,
        *,
        timeout: float = 2.0,
        export_timeout: float = 300.0,
        threads: int = 8,
        export_threads: int = 2,
        statement_timeout: float | None = None,
    ) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.timeout = timeout
        self.export_timeout = export_timeout
        self._requests = _Lane(engine, "requests", threads)
        self._exports = _Lane(engine, "exports", export_threads, niceness=EXPORT_NICENESS)
        # SQLite's progress handler watches the deadline from inside the statement; PostgreSQL's
        # statements are cancelled from outside.
        self._cancel_from_outside = engine.dialect.name != "sqlite"
        self._jobs: set[_Job] = set()
        # PostgreSQL: reads of one statement wait on the event loop, not in a thread; up to
        # `threads` of them at a time, like the lane. `statement_timeout` (seconds) is the
        # server's backstop on their connections, as on the engine's.
        self._loop_reader = (
            LoopReader(engine, connections=threads, statement_timeout=statement_timeout)
            if engine.dialect.name == "postgresql"
            else None
        )

    async def run(self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Call `fn(connection, *args)` in a read-only unit of work under the current request's
        deadline and return its result."""
        deadline = request_deadline.get() or Deadline(self.timeout)
        return await self._submit(self._requests, deadline, fn, args, kwargs)

    async def read(self, statement: DirectStatement, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The rows of one read statement (`DirectStatement.all`) under the current request's
        deadline: on PostgreSQL awaited on the event loop (app.db.loop_reads), elsewhere, and for
        a statement with expanding parameters, in a thread of the lane as `run` does."""
        reader = self._loop_reader
        if reader is None or not reader.can_read(statement):
            return await self.run(statement.all, values)
        return await reader.all(statement, values, request_deadline.get() or Deadline(self.timeout))

    def running(self, deadline: Deadline) -> bool:
        """Whether a thread is still working for `deadline` (a request or an export)."""
        return any(job.deadline is deadline for job in list(self._jobs))

    def export_deadline(self) -> Deadline:
        return Deadline(self.export_timeout)

    async def run_export(
        self, deadline: Deadline, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """`run` for one batch of an export: in the export lane, under the export's own deadline."""
        with _EXPORTING:
            return await self._submit(self._exports, deadline, fn, args, kwargs)

    async def _submit(
        self, lane: _Lane, deadline: Deadline, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> T:
        if deadline.expired():
            raise DeadlineExceeded(OUT_OF_TIME)
        loop = asyncio.get_running_loop()
        job = _Job(deadline)
        call = _Call(loop, job, fn, args, kwargs, self._jobs)
        lane.submit(call)
        self._jobs.add(job)
        # PostgreSQL: a statement still running shortly after the deadline is cancelled by a
        # timer (a timer, not `wait_for`, whose task and futures cost every request).
        overdue = (
            loop.call_later(deadline.remaining() + _CANCEL_GRACE, _cancel_if_running, loop, call)
            if self._cancel_from_outside
            else None
        )
        try:
            return await call.future
        except asyncio.CancelledError:
            if not call.settled:
                await self._release(loop, call)
            raise
        finally:
            if overdue is not None:
                overdue.cancel()

    async def _release(self, loop: asyncio.AbstractEventLoop, call: _Call) -> None:
        """The awaiting request was cancelled (its client went away): stop the statement and wait,
        shielded from further cancellation, until the thread has let go of it."""
        job = call.job
        job.deadline.cancel()
        started = time.monotonic()
        released = call.released = loop.create_future()
        with anyio.CancelScope(shield=True):
            if self._cancel_from_outside:
                loop.run_in_executor(None, job.cancel_statement)
            with anyio.move_on_after(_RELEASE_WAIT):
                await released
        if call.settled:
            logger.info(
                "database work stopped: the request was cancelled",
                extra={"request_id": current_request_id(), "stopped_after_ms": round((time.monotonic() - started) * 1000, 1)},
            )
        else:
            logger.warning(
                "database work of a cancelled request is still running after %.0f s", _RELEASE_WAIT,
                extra={"request_id": current_request_id()},
            )

    def close(self) -> None:
        """Stop what is running, wait for the threads and close their connections."""
        for job in list(self._jobs):
            job.deadline.cancel()
            if self._cancel_from_outside:
                job.cancel_statement()
        self._requests.close()
        self._exports.close()
        self.close_loop_reads()

    def close_loop_reads(self) -> None:
        """Close the connections of the reads awaited on the event loop. Their sockets are
        watched by the loop, so this belongs on the loop's thread while the loop runs (`close`
        calls it too, for a loop already closed); it may be called more than once."""
        if self._loop_reader is not None:
            self._loop_reader.close()


def _cancel_if_running(loop: asyncio.AbstractEventLoop, call: _Call) -> None:
    if not call.settled:
        loop.run_in_executor(None, call.job.cancel_statement)


async def get_database(request: Request) -> Database:
    # Dependencies are `async def` even without I/O: FastAPI runs plain `def` ones in the
    # thread pool, a thread hop per dependency per request.
    return request.app.state.database
