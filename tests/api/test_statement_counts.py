"""List endpoints issue a fixed number of SQL statements, whatever the page size."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event


@contextmanager
def count_statements(client: TestClient) -> Iterator[list[str]]:
    engine = client.app.state.database.engine  # type: ignore[attr-defined]
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize(
    "url",
    [
        "/v1/meetings?",
        "/v1/meetings?party=AZ&",
        "/v1/parties?",
        "/v1/people?",
        "/v1/commissions?",
        "/v1/agreements?",
        "/v1/trade-figures?",
        "/v1/articles?",
    ],
)
def test_statement_count_does_not_grow_with_page_size(client: TestClient, url: str) -> None:
    with count_statements(client) as one:
        small = client.get(f"{url}limit=1")
    with count_statements(client) as many:
        large = client.get(f"{url}limit=500")
    assert small.status_code == large.status_code == 200
    assert len(large.json()["items"]) > 1
    assert len(many) == len(one), many
