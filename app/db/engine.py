"""Engine construction for both supported databases."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

# How often (in SQLite virtual machine steps) a running statement checks its deadline.
_PROGRESS_STEPS = 10_000


def normalize_url(url: str) -> str:
    """Accept plain `postgresql://` URLs and point them at psycopg 3, the driver we ship."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def create_db_engine(url: str, *, sqlite_mmap_size: int = 256 * 1024 * 1024, statement_timeout: float | None = None) -> Engine:
    """An engine for `url`. With `statement_timeout` (seconds) a statement running longer is
    stopped and raises an OperationalError that `is_statement_timeout` recognises."""
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        connect_args = {"options": f"-c statement_timeout={int(statement_timeout * 1000)}"} if statement_timeout else {}
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10, connect_args=connect_args)

    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.execute(f"PRAGMA mmap_size = {int(sqlite_mmap_size)}")
        cursor.close()
        if statement_timeout:
            deadline = record.info["statement_deadline"] = [float("inf")]
            dbapi_connection.set_progress_handler(lambda: time.monotonic() > deadline[0], _PROGRESS_STEPS)

    if statement_timeout:
        @event.listens_for(engine, "before_cursor_execute")
        def _start_clock(connection, *_: Any) -> None:  # type: ignore[no-untyped-def]
            connection.connection.info["statement_deadline"][0] = time.monotonic() + statement_timeout

    return engine


def is_statement_timeout(exc: BaseException) -> bool:
    """The error of a statement stopped by `statement_timeout`, on either engine."""
    if not isinstance(exc, OperationalError):
        return False
    message = str(exc.orig)
    return message == "interrupted" or "canceling statement due to statement timeout" in message
