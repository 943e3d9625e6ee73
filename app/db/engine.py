"""Engine construction for both supported databases, and the deadline that bounds the database
work of one request.

A `Deadline` is attached to a connection for one unit of work (`app.db.session`) and covers every
statement run in it: a statement is refused once the deadline has passed, and one running past
it is stopped (SQLite by a progress handler, PostgreSQL by a cancel request that the session
sends). `Deadline.cancel()` stops the work early the same way, for a client that went away."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

# How often (in SQLite virtual machine steps) a running statement checks its deadline: a few
# hundred microseconds of work, so a stop takes effect at once while the check (a Python call,
# which takes the GIL) stays rare enough not to slow the other threads.
_PROGRESS_STEPS = 20_000


class Deadline:
    """The moment (time.monotonic()) by which some database work must be done, shared by all
    its statements. `cancel()` ends it at once."""

    __slots__ = ("at", "cancelled")

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds
        self.cancelled = False

    def remaining(self) -> float:
        return 0.0 if self.cancelled else max(self.at - time.monotonic(), 0.0)

    def expired(self) -> bool:
        return self.cancelled or time.monotonic() >= self.at

    def cancel(self) -> None:
        self.cancelled = True


class DeadlineExceeded(Exception):
    """The database work of a request ran out of time (or its client went away) and was stopped."""


OUT_OF_TIME = "the time allowed for this request's queries is used up"


def statement_timeout_options(seconds: float | None) -> dict[str, str]:
    """PostgreSQL connection arguments that make `seconds` the server's limit of each statement."""
    return {"options": f"-c statement_timeout={int(seconds * 1000)}"} if seconds else {}


class _Watch:
    """The progress handler of one SQLite connection: stops the running statement when the
    deadline in the connection's `info` (that of its unit of work) or the statement's own one
    has passed or been cancelled. Reading `info` on each call means that a deadline taken out of
    it at the end of its unit of work no longer applies to anything."""

    __slots__ = ("info", "statement_deadline")

    def __init__(self, info: dict[str, Any]) -> None:
        self.info = info
        self.statement_deadline: Deadline | None = None

    def __call__(self) -> bool:
        deadline = self.info.get("deadline") or self.statement_deadline
        return deadline is not None and (deadline.cancelled or time.monotonic() >= deadline.at)


def normalize_url(url: str) -> str:
    """Accept plain `postgresql://` URLs and point them at psycopg 3, the driver we ship."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


# The private page cache of each SQLite connection. Pages within the memory map (`mmap_size`,
# which Debian's SQLite caps at 2 GiB) never enter it; a larger file's other pages do, in each
# of a worker's connections (ten by default): at 8 MiB each, a 2.8 GB file took a worker from
# 81 to 146 MiB of its own memory under load, at 2 MiB to 104 MiB, at 512 KiB to 92 MiB, with
# no change in requests per second that two runs could tell apart (bench/README.md). The
# operating system's cache still holds those pages.
SQLITE_CACHE_KIB = 512


def create_db_engine(
    url: str,
    *,
    sqlite_mmap_size: int = 2**31,
    statement_timeout: float | None = None,
    pool_size: int | None = None,
) -> Engine:
    """An engine for `url`.

    A statement runs under the `Deadline` put in its connection's `info["deadline"]` (see
    `app.db.session`), if any; otherwise, with `statement_timeout` (seconds), under a deadline of
    its own. Either way a statement that runs out of time raises an error that
    `is_statement_timeout` recognises. On PostgreSQL `statement_timeout` is also the server's own
    limit of every statement, which stops even a statement whose canceller is gone. `pool_size`
    is the number of connections kept open (`app.db.session` holds one per thread)."""
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        connect_args = statement_timeout_options(statement_timeout)
        engine = create_engine(
            url, pool_pre_ping=True, pool_size=pool_size or 10, max_overflow=10, connect_args=connect_args
        )
    else:
        in_file = bool(parsed.database) and parsed.database != ":memory:"
        if in_file:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)  # type: ignore[arg-type]
        # An in-memory database is one per connection, so SQLAlchemy keeps one per thread
        # (SingletonThreadPool), which takes no sizes.
        sizing = {"pool_size": pool_size, "max_overflow": 10} if pool_size and in_file else {}
        engine = create_engine(url, connect_args={"check_same_thread": False}, **sizing)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA busy_timeout = 5000")
            # Pages are read through the memory map (shared by every connection and worker, and
            # not counted as the process's own memory); the private page cache of each of a
            # worker's ten connections only holds what falls outside it.
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            cursor.execute(f"PRAGMA mmap_size = {int(sqlite_mmap_size)}")
            cursor.close()
            watch = record.info["watch"] = _Watch(record.info)
            dbapi_connection.set_progress_handler(watch, _PROGRESS_STEPS)

    @event.listens_for(engine, "before_cursor_execute")
    def _start_clock(connection, *_: Any) -> None:  # type: ignore[no-untyped-def]
        if connection is None:  # a read on the event loop (app.db.loop_reads) keeps its own deadline
            return
        info = connection.connection.info
        deadline = info.get("deadline")
        if deadline is not None and deadline.expired():
            raise DeadlineExceeded(OUT_OF_TIME)
        watch = info.get("watch")
        if watch is not None:
            watch.statement_deadline = Deadline(statement_timeout) if statement_timeout and deadline is None else None

    return engine


def is_statement_timeout(exc: BaseException) -> bool:
    """The error of database work stopped by its deadline or `statement_timeout`, on either engine."""
    if isinstance(exc, DeadlineExceeded):
        return True
    if not isinstance(exc, OperationalError):
        return False
    message = str(exc.orig)
    return message == "interrupted" or "canceling statement due to statement timeout" in message
