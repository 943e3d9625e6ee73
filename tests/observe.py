"""Watching what the application does during a test: its SQL statements and its log records."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi.testclient import TestClient
from sqlalchemy import event


@contextmanager
def count_statements(client: TestClient) -> Iterator[list[str]]:
    """The SQL statements the app of `client` sends while the block runs."""
    engine = client.app.state.database.engine  # type: ignore[attr-defined]
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


@contextmanager
def log_records(logger_name: str) -> Iterator[list[logging.LogRecord]]:
    """Records of a logger of ours (they do not propagate to the root, so caplog misses them)."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
