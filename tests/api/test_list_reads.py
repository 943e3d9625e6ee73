"""Where a page of meetings is read: on PostgreSQL the page statement waits on the event loop
(`Database.read`, app.db.loop_reads) unless the page asks for its total too; on SQLite it runs in a
database thread. The answers are the same either way."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

URLS = (
    "/v1/meetings?limit=2",
    "/v1/meetings?party=AZ&sector=energy&limit=1",
    "/v1/meetings?party=AZ&since=2020-01-01&limit=1&sort=date",
)


@contextmanager
def statement_threads(client: TestClient) -> Iterator[list[tuple[str, bool]]]:
    """(thread, read on the loop) of each SQL statement the app sends while the block runs; reads
    on the loop call the engine's listeners without a SQLAlchemy connection."""
    engine = client.app.state.database.engine  # type: ignore[attr-defined]
    seen: list[tuple[str, bool]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if "meetings" in statement and "dataset_state" not in statement:
            seen.append((threading.current_thread().name, conn is None))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize("url", URLS)
def test_a_page_is_one_read_on_the_loop_on_postgresql(client: TestClient, url: str) -> None:
    with statement_threads(client) as seen:
        page = client.get(url)
        cursor = page.json()["next_cursor"]
        assert cursor is not None
        following = client.get(f"{url}&cursor={cursor}")  # a page after a cursor: another statement
    assert page.status_code == following.status_code == 200
    assert page.json()["items"] and following.json()["items"]
    assert following.json()["items"][0] not in page.json()["items"]
    on_loop = client.app.state.database.engine.dialect.name == "postgresql"  # type: ignore[attr-defined]
    assert [loop for _, loop in seen] == [on_loop, on_loop]
    assert all(thread.startswith("db-") != on_loop for thread, _ in seen)


def test_a_page_with_its_total_is_read_in_a_thread(client: TestClient) -> None:
    with statement_threads(client) as seen:
        with_total = client.get("/v1/meetings?party=AZ&limit=1&include=total")
    assert with_total.status_code == 200
    assert with_total.json()["total"] >= 1
    assert len(seen) == 2 and not any(loop for _, loop in seen)
    assert all(thread.startswith("db-") for thread, _ in seen)


@pytest.mark.parametrize("url", URLS)
def test_pages_read_either_way_are_the_same(client: TestClient, url: str) -> None:
    alone = client.get(url).json()
    with_total = client.get(f"{url}&include=total").json()
    assert with_total.pop("total") >= len(alone["items"])
    assert with_total == alone
