"""Database access for request handlers: one connection and one transaction per call.

Handlers are `async def`. SQLite queries run inline on the event loop (they take microseconds
and the driver has no real concurrency, so a thread hop only adds a lock convoy); PostgreSQL
queries run in the thread pool so that one slow query does not stall every other request."""
from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from fastapi import Request
from sqlalchemy import Connection, Engine
from starlette.concurrency import run_in_threadpool

P = ParamSpec("P")
T = TypeVar("T")


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.inline = engine.dialect.name == "sqlite"

    def _call(self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        with self.engine.connect() as connection:
            try:
                return fn(connection, *args, **kwargs)
            finally:
                connection.rollback()

    async def run(self, fn: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Call `fn(connection, *args)` in a read-only unit of work and return its result."""
        if self.inline:
            return self._call(fn, *args, **kwargs)
        return await run_in_threadpool(self._call, fn, *args, **kwargs)


async def get_database(request: Request) -> Database:
    # Dependencies are `async def` even without I/O: FastAPI runs plain `def` ones in the
    # thread pool, a thread hop per dependency per request.
    return request.app.state.database
