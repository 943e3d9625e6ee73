"""One PostgreSQL connection of `app.db.loop_reads`, spoken to through libpq (psycopg's `pq`
module) rather than through a psycopg cursor.

A read on the event loop through psycopg's async cursor cost about 45 µs of the worker's CPU for
a primary-key read that the server answers in a few: the cursor, its query conversion, its
generators and its wait (a timer and a future per wait, and a reader added to the event loop and
removed again, seven system calls on uvloop). Here a statement is prepared once per connection,
and each read is one `send_query_prepared`, a wake-up from a reader that stays registered for
the connection's life, and psycopg's own C loaders over the result (bench/README.md, the eighth
pass). What a cursor gives and a read needs is kept: values go in as text and rows come out as
the cursor would load them, errors are psycopg's own, and a wait that is cancelled (the
request's deadline, or its client gone) sends the server a cancel request and waits for the
connection to be usable again, or closes it."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import pq
from psycopg.adapt import PyFormat, Transformer
from psycopg.errors import error_from_result

logger = logging.getLogger("app.db")

# How long a cancelled read waits for the server to stop and the connection to be usable again
# before the connection is closed instead (psycopg's own wait uses the same 5 s).
_STOP_WAIT = 5.0
_ACTIVE = pq.TransactionStatus.ACTIVE
_FAILED = pq.ExecStatus.FATAL_ERROR


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _time_out(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


class PreparedLink:
    """An open psycopg async connection, used for reads of prepared statements only, by one
    read at a time, on the event loop it was made on."""

    __slots__ = ("_busy", "_encoding", "_expires", "_fd", "_loader", "_loop", "_pgconn", "_prepared", "_waiter", "connection")

    def __init__(self, connection: psycopg.AsyncConnection[Any]) -> None:
        self.connection = connection
        self._pgconn = connection.pgconn
        self._pgconn.nonblocking = 1
        self._fd = self._pgconn.socket
        self._encoding = connection.info.encoding
        self._loader = Transformer(connection)  # the connection's adapters, as its cursors use
        self._prepared: set[bytes] = set()
        self._busy = False  # a read is under way
        self._waiter: asyncio.Future[None] | None = None  # what the read under way awaits
        self._expires = 0.0  # when the read under way runs out of time, in the loop's time
        self._loop = asyncio.get_running_loop()
        self._loop.add_reader(self._fd, self._readable)

    @property
    def usable(self) -> bool:
        return not (self.connection.closed or self.connection.broken)

    @property
    def broken(self) -> bool:
        return self.connection.broken

    def close(self) -> None:
        """What `AsyncConnection.close()` does, without awaiting."""
        self._forget_socket()
        self._pgconn.finish()

    def _forget_socket(self) -> None:
        if self._fd >= 0:
            self._loop.remove_reader(self._fd)
            self._fd = -1

    def _readable(self) -> None:
        """The socket has input: wake the read under way; between reads, take it in (a notice,
        or the server closing the connection), so that the reader does not fire again for it."""
        waiter = self._waiter
        if waiter is not None:
            if not waiter.done():
                waiter.set_result(None)
            return
        if self._busy:
            return  # the read under way takes the input in as soon as it runs
        try:
            self._pgconn.consume_input()
            gone = self._pgconn.status == pq.ConnStatus.BAD
        except psycopg.OperationalError:
            gone = True
        if gone:  # `usable` says so too; the pool closes it when it next looks
            self._forget_socket()

    async def rows(
        self, name: bytes, prepare: bytes, parameters: Sequence[Any], timeout: float
    ) -> tuple[list[tuple[Any, ...]], pq.abc.PGresult]:
        """The rows of prepared statement `name` for `parameters`, and the result they came
        from (for its column descriptions); `prepare`, the `PREPARE name (types) AS ...` command
        that makes it, runs first on a connection that does not have it yet. Raises psycopg's
        errors, and `TimeoutError` after `timeout` seconds, once the server has stopped.

        The time limit is a timer on each wait rather than `asyncio.timeout` around the read:
        that costs a task lookup, a rescheduled timer and, on Python 3.11, three `getpid`
        system calls (asyncio's check for a fork) per read."""
        pgconn = self._pgconn
        self._expires = self._loop.time() + timeout
        self._busy = True
        try:
            if name not in self._prepared:
                pgconn.send_query(prepare)
                await self._result()
                self._prepared.add(name)
            pgconn.send_query_prepared(name, self._loader.dump_sequence(parameters, [PyFormat.TEXT] * len(parameters)))
            result = await self._result()
        finally:
            self._busy = False
        self._loader.set_pgresult(result)
        return self._loader.load_rows(0, result.ntuples, tuple), result

    async def _result(self) -> pq.abc.PGresult:
        """The result of the command just sent; the server's error as psycopg's."""
        try:
            results = await self._results()
        except (asyncio.CancelledError, TimeoutError):
            await self._stop()
            raise
        result = results[-1]
        for each in results:
            if each.status == _FAILED:
                raise error_from_result(each, encoding=self._encoding)
        return result

    async def _results(self) -> list[pq.abc.PGresult]:
        pgconn = self._pgconn
        while pgconn.flush():  # 1: some of the command is still to be sent
            await self._writable()
        results: list[pq.abc.PGresult] = []
        while True:
            while not pgconn.is_busy():  # what libpq has taken in holds a whole result
                result = pgconn.get_result()
                if result is None:
                    return results
                results.append(result)
            if self._fd < 0:
                raise psycopg.OperationalError("the connection was closed")
            # No answer is in yet right after a command is sent: waiting first saves a read of
            # the socket that would find nothing.
            waiter = self._waiter = self._loop.create_future()
            timer = self._loop.call_at(self._expires, _time_out, waiter)
            try:
                await waiter
            finally:
                timer.cancel()
                self._waiter = None
            pgconn.consume_input()

    async def _writable(self) -> None:
        """Room in the socket for the rest of a command (rarely needed: commands are small)."""
        waiter = self._loop.create_future()
        timer = self._loop.call_at(self._expires, _time_out, waiter)
        self._loop.add_writer(self._fd, _wake, waiter)
        try:
            await waiter
        finally:
            timer.cancel()
            self._loop.remove_writer(self._fd)

    async def _stop(self) -> None:
        """A wait was cancelled while the server works on the command: ask the server to cancel
        it and take what it sends until the connection is idle; if that fails or takes too long,
        close the connection (its pool replaces it)."""
        if self._pgconn.transaction_status != _ACTIVE:
            return
        self._expires = self._loop.time() + _STOP_WAIT  # the read's own time is up
        try:
            async with asyncio.timeout(_STOP_WAIT):
                await self.connection.cancel_safe(timeout=_STOP_WAIT)
                await self._results()
        except BaseException as failed:  # noqa: BLE001 - whatever happened, the connection's state is unknown
            logger.warning("a cancelled read did not stop cleanly (%s): closing its connection", type(failed).__name__)
            self.close()
