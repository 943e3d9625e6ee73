"""CPU per database call, by the way the call reaches the database: what the lanes of
`app.db.session` and the event-loop reads of `app.db.loop_reads` cost around a primary-key read
of a meeting's stored detail (the read itself takes a few microseconds).

    .venv/bin/python bench/handover.py                 # both engines
    .venv/bin/python bench/handover.py --engine sqlite

Ways, each `--calls` reads, `--concurrency` at a time, on the benchmark's 200,000-meeting data:
- `lane`: `Database.run`, a thread of the request lane (a queue, and one call_soon_threadsafe back);
- `executor`: the same read through a `ThreadPoolExecutor` whose futures are wrapped for the loop
  and shielded, as the lanes did before (for comparison only);
- `loop` (PostgreSQL): `Database.read`, awaited on the event loop.

Figures: CPU time of the whole process, and of the event loop's thread, per call (medians of
`--repeats` runs)."""
from __future__ import annotations

import argparse
import asyncio
import contextvars
import random
import statistics
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.databases import DEFAULT_POSTGRES, postgres_dataset, sqlite_dataset  # noqa: E402

MEETINGS = 200_000


async def _measure(call: Callable[[int], Awaitable[Any]], ids: list[int], concurrency: int) -> tuple[float, float]:
    pending = iter(ids)

    async def caller() -> None:
        for meeting_id in pending:
            await call(meeting_id)

    started, loop_started = time.process_time(), time.thread_time()
    await asyncio.gather(*(caller() for _ in range(concurrency)))
    return (time.process_time() - started) / len(ids), (time.thread_time() - loop_started) / len(ids)


def _executor_way(engine: Any, threads: int) -> Callable[[int], Awaitable[Any]]:
    """The former hand-over: ThreadPoolExecutor, wrap_future and shield, a connection per thread."""
    from app.meetings.repository import ONE_MEETING

    executor = ThreadPoolExecutor(max_workers=threads)
    local = threading.local()

    def read(meeting_id: int) -> Any:
        connection = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = engine.connect()
            if engine.dialect.name == "postgresql":
                connection = local.connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        return ONE_MEETING.all(connection, {"meeting_id": meeting_id})

    async def call(meeting_id: int) -> Any:
        future = asyncio.wrap_future(executor.submit(contextvars.copy_context().run, read, meeting_id))
        future.add_done_callback(lambda _: None)  # the lane's two done-callbacks
        future.add_done_callback(lambda _: None)
        return await asyncio.shield(future)

    return call


async def run(engine_name: str, url: str, args: argparse.Namespace) -> None:
    from app.db.engine import create_db_engine
    from app.db.session import Database
    from app.meetings.repository import ONE_MEETING

    engine = create_db_engine(url, pool_size=args.threads)
    database = Database(engine, threads=args.threads)
    ways: dict[str, Callable[[int], Awaitable[Any]]] = {
        "lane": lambda meeting_id: database.run(ONE_MEETING.all, {"meeting_id": meeting_id}),
        "executor": _executor_way(engine, args.threads),
    }
    if engine_name == "postgresql":
        ways["loop"] = lambda meeting_id: database.read(ONE_MEETING, {"meeting_id": meeting_id})
    rng = random.Random(7)
    ids = [rng.randint(1, MEETINGS) for _ in range(args.calls)]
    try:
        for name, call in ways.items():
            await _measure(call, ids[: len(ids) // 5], args.concurrency)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
        for _ in range(args.repeats):  # interleaved, so that a busier moment of the machine hits every way
            for name, call in ways.items():
                results[name].append(await _measure(call, ids, args.concurrency))
        for name, runs in results.items():
            process, loop = (statistics.median(run[i] for run in runs) * 1e6 for i in (0, 1))
            print(f"{engine_name:10} {name:9} {process:6.1f} µs of CPU per call, {loop:6.1f} µs of it in the event loop's thread",
                  flush=True)
    finally:
        database.close()
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--threads", type=int, default=8, help="threads of the lane (DATABASE_THREADS)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES)
    args = parser.parse_args()
    import uvloop  # as Uvicorn runs the app

    if args.engine in ("sqlite", "both"):
        uvloop.run(run("sqlite", f"sqlite:///{sqlite_dataset(MEETINGS)}", args))
    if args.engine in ("postgresql", "both"):
        uvloop.run(run("postgresql", postgres_dataset(MEETINGS, args.postgres), args))


if __name__ == "__main__":
    main()
