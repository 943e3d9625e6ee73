"""CPU time per request of the ASGI application itself, without an HTTP server or a load
generator: the app (lifespan included) is driven directly, `--concurrency` requests at a time, on
the benchmark's datasets. Steadier than a wrk run on a busy 2-core machine, so it is the check
for a change to the request path. `--profile N` adds cProfile's N costliest functions (of the
event loop's thread) and keeps the whole profile in `var/bench/profile-<engine>-<query>.pstats`.

    .venv/bin/python bench/inprocess.py --engine sqlite --query Q1 Q2
    .venv/bin/python bench/inprocess.py --engine postgresql --query Q2 --profile 25

Two figures per query, medians of `--repeats` runs after a warm-up: the process's CPU time (all
threads) per request, and that of the event loop's thread alone, which is the request path's
Python work without the database threads and varies much less.

`--instructions` counts instead the instructions one request executes, with valgrind's callgrind
(Debian's valgrind; about two minutes per query): the script runs twice under it, for an eighth
of `--requests` and five times that, with one database thread, and the difference is divided by
the extra requests, so start-up cancels out. Instructions do not depend on what else the machine
is doing; two runs of the same code agree within about 5%, so a change smaller than that needs
several runs.

    .venv/bin/python bench/inprocess.py --engine sqlite --query Q2 --instructions"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.databases import DEFAULT_POSTGRES, postgres_dataset, sqlite_dataset  # noqa: E402
from bench.peers import api_paths  # noqa: E402

Message = dict[str, Any]


def _scope(target: str) -> dict[str, Any]:
    """A request as the deployed server gives it, including the list in which its protocol
    (app.core.protocol) keeps what to call when the client goes away."""
    from app.core.request_context import ON_CLIENT_GONE

    path, _, query = target.partition("?")
    return {
        "type": "http", "asgi": {"version": "3.0", "spec_version": "2.4"}, "http_version": "1.1",
        "method": "GET", "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
        "query_string": query.encode(), "headers": [(b"host", b"127.0.0.1"), (b"user-agent", b"inprocess")],
        "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000), ON_CLIENT_GONE: [],
    }


async def _request(app: Callable[..., Awaitable[None]], target: str) -> int:
    status = 0
    sent = asyncio.Event()

    async def receive() -> Message:
        if not sent.is_set():
            sent.set()
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client stays connected
        raise AssertionError("unreachable")

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(_scope(target), receive, send)
    return status


async def _lifespan(app: Callable[..., Awaitable[None]]) -> tuple[asyncio.Task[None], asyncio.Queue[Message]]:
    inbox: asyncio.Queue[Message] = asyncio.Queue()
    outbox: asyncio.Queue[Message] = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    task = asyncio.ensure_future(app({"type": "lifespan", "asgi": {"version": "3.0"}}, inbox.get, outbox.put))
    started = await outbox.get()
    if started["type"] != "lifespan.startup.complete":
        raise SystemExit(f"start-up failed: {started}")
    return task, inbox


def _targets(query: str, count: int, meetings: int) -> list[str]:
    template = api_paths()[query]
    if "{id}" not in template:
        return [template] * count
    rng = random.Random(7)
    return [template.replace("{id}", str(rng.randint(1, meetings))) for _ in range(count)]


async def _measure(app: Any, targets: list[str], concurrency: int) -> tuple[float, float]:
    """CPU seconds per request over `targets`: of the whole process, and of the event loop's
    thread alone (the request path's Python work, without the database threads)."""
    started, loop_started = time.process_time(), time.thread_time()
    for start in range(0, len(targets), concurrency):
        statuses = await asyncio.gather(*(_request(app, t) for t in targets[start:start + concurrency]))
        if any(status != 200 for status in statuses):
            raise SystemExit(f"non-200 answers: {sorted(set(statuses))}")
    return (time.process_time() - started) / len(targets), (time.thread_time() - loop_started) / len(targets)


async def run(args: argparse.Namespace) -> None:
    from app.main import create_app

    app = create_app()
    lifespan, inbox = await _lifespan(app)
    try:
        for query in args.query:
            targets = _targets(query, args.requests, args.meetings)
            await _measure(app, targets[: _warm_up(args.requests)], args.concurrency)
            runs = [await _measure(app, targets, args.concurrency) for _ in range(args.repeats)]
            process, loop = (statistics.median(run[i] for run in runs) * 1000 for i in (0, 1))
            print(f"{args.engine:10} {query}: {process:.3f} ms CPU per request, {loop:.3f} ms of it in the event loop's "
                  f"thread (medians of {len(runs)} runs)", flush=True)
            if args.profile:
                profiler = cProfile.Profile()
                profiler.enable()
                await _measure(app, targets, args.concurrency)
                profiler.disable()
                profiler.dump_stats(ROOT / "var" / "bench" / f"profile-{args.engine}-{query}.pstats")
                pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
    finally:
        await inbox.put({"type": "lifespan.shutdown"})
        await lifespan


def _warm_up(requests: int) -> int:
    return max(requests // 5, 50)


def _served(requests: int) -> int:
    """Requests one measured run serves: the warm-up, then `requests`."""
    return _warm_up(requests) + requests


def _instructions(args: argparse.Namespace, query: str, requests: int) -> int:
    """Instructions callgrind counts for one run of this script (start-up included)."""
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
        "--engine", args.engine, "--query", query, "--meetings", str(args.meetings), "--requests", str(requests),
        "--concurrency", str(args.concurrency), "--repeats", "1", "--postgres", args.postgres,
    ]
    # One database thread, so that runs interleave alike; a deadline that valgrind's slowness
    # cannot reach.
    env = {**os.environ, "DATABASE_THREADS": "1", "STATEMENT_TIMEOUT_SECONDS": "600"}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600, check=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no total:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def count_instructions(args: argparse.Namespace) -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (apt-get install valgrind)")
    few = max(args.requests // 8, 50)
    many = 5 * few
    extra = _served(many) - _served(few)
    for query in args.query:
        per_request = (_instructions(args, query, many) - _instructions(args, query, few)) / extra
        print(f"{args.engine:10} {query}: {per_request / 1e6:.3f} million instructions per request (callgrind)",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--query", nargs="+", choices=tuple(api_paths()), default=list(api_paths()))
    parser.add_argument("--meetings", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print cProfile's N costliest functions, keep the profile under var/bench/")
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES", DEFAULT_POSTGRES))
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions per request with callgrind instead")
    args = parser.parse_args()
    if args.instructions:
        count_instructions(args)
        return
    if args.engine == "sqlite":
        os.environ["DATABASE_URL"] = f"sqlite:///{sqlite_dataset(args.meetings)}"
    else:
        os.environ["DATABASE_URL"] = postgres_dataset(args.meetings, args.postgres)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import uvloop  # as Uvicorn runs the app

    uvloop.run(run(args))


if __name__ == "__main__":
    main()
