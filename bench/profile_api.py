"""Where a request's time goes: one Uvicorn worker of this API under wrk, sampled by py-spy, each
sample put in the layer of its innermost frame that belongs to one.

    .venv/bin/python bench/profile_api.py --engine sqlite --query Q1
    .venv/bin/python bench/profile_api.py --engine postgresql --query Q2 --seconds 8

Uses the benchmark's datasets (`make bench-api` builds them) and installs py-spy into `.venv` on
first use. Prints one row per layer with its share of the worker's samples (threads waiting for
work left out), and the requests per second wrk saw while sampling.

Samples of every thread measure wall time per thread: SQLite runs statements without the GIL, in
several database threads at once, and a thread waiting there for a CPU counts as time in the
database. `--gil` samples only the thread holding the GIL, which is where the Python work of a
request is, and leaves the database's own work out."""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.databases import DEFAULT_POSTGRES, postgres_dataset, sqlite_dataset
from bench.load import lua_script
from bench.peers import api_paths, free_port

PY_SPY_VERSION = "0.4.3"

# (layer, pattern on "function (file:line)"), most specific first: a sample goes to the first
# layer whose pattern matches its innermost frame that any pattern matches.
LAYERS: tuple[tuple[str, str], ...] = (
    ("the database (driver round trips and SQL)",
     r"(^|\.)(do_execute|fetchall|fetchone|fetchmany) \(sqlalchemy/engine/|psycopg/|app/db/(loop_reads|prepared_link|direct)\.py"),
    ("ETag and dataset-version check", r"app/core/http_cache\.py|app/db/dataset\.py"),
    ("statement building (SQLAlchemy)", r"sqlalchemy/"),
    ("rows to items (repository, pagination)", r"app/core/pagination\.py|app/meetings/repository\.py"),
    ("thread hop to the database thread", r"app/db/session\.py|concurrent/futures/|threading\.py|asyncio/futures\.py|asyncio/tasks\.py"),
    ("serialisation to JSON bytes", r"orjson|app/core/responses\.py|app/core/entity_etag\.py|app/core/listing\.py"),
    ("routing, parameters, dependencies", r"fastapi/routing\.py|starlette/routing\.py|fastapi/dependencies/|app/core/compiled_route\.py|pydantic|app/core/params\.py|app/core/guards\.py|app/auth/|app/meetings/(filters|router)\.py|starlette/requests\.py|starlette/datastructures\.py"),
    ("middleware layers", r"app/core/(request_context|middleware|ratelimit|metrics_middleware)\.py|starlette/middleware/|fastapi/middleware/|fastapi/_body_limit\.py|fastapi/telemetry/|starlette/_exception_handler\.py|starlette/applications\.py|fastapi/applications\.py"),
    ("HTTP server (uvicorn and its parser)", r"uvicorn/|app/core/protocol\.py|httptools"),
    ("event loop", r"asyncio/|selectors\.py"),
)
_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in LAYERS)
# Innermost frames of a thread with nothing to do: a database thread waiting for a job, the event
# loop waiting in epoll (the C code below `Runner.run` or `select`).
_IDLE = re.compile(r"^(_worker \(concurrent/futures/thread|.*\.wait \(threading|Runner\.run \(asyncio/runners|"
                   r"EpollSelector\.select \(selectors|Condition\.wait \()")


def layer_of(stack: list[str]) -> str | None:
    """The layer of a sample (frames root first); None for a thread waiting for work."""
    if _IDLE.match(stack[-1]):
        return None
    for frame in reversed(stack):
        for name, pattern in _COMPILED:
            if pattern.search(frame):
                return name
    return "other"


def shares(raw: str) -> tuple[Counter[str], Counter[str], int]:
    """Samples per layer and per innermost frame (threads waiting for work left out), and in all."""
    counts: Counter[str] = Counter()
    innermost: Counter[str] = Counter()
    for line in raw.splitlines():
        stack_text, _, number = line.rpartition(" ")
        if not stack_text or not number.isdigit():
            continue
        frames = [frame for frame in stack_text.split(";") if not frame.startswith(("process ", "thread "))]
        layer = layer_of(frames) if frames else None
        if layer is not None:
            counts[layer] += int(number)
            innermost[frames[-1]] += int(number)
    return counts, innermost, sum(counts.values())


def _wait_until_up(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--query", choices=("Q1", "Q2", "Q3", "Q4"), default="Q1")
    parser.add_argument("--meetings", type=int, default=200_000)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES)
    parser.add_argument("--functions", type=int, default=0, metavar="N", help="also print the N innermost frames sampled most")
    parser.add_argument("--gil", action="store_true",
                        help="sample only the thread holding the GIL: Python's work, without statements running in the database")
    args = parser.parse_args()

    py_spy = ROOT / ".venv" / "bin" / "py-spy"
    if not py_spy.exists():
        subprocess.run([str(ROOT / ".venv" / "bin" / "pip"), "install", "-q", f"py-spy=={PY_SPY_VERSION}"], check=True)
    url = (f"sqlite:///{sqlite_dataset(args.meetings)}" if args.engine == "sqlite"
           else postgres_dataset(args.meetings, args.postgres))
    port = free_port()
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "uvicorn"), "app.main:app", "--host", "127.0.0.1", "--port", str(port),
         "--no-access-log", "--http", "app.core.protocol:HttpProtocol"],
        cwd=ROOT, env={"DATABASE_URL": url, "LOG_LEVEL": "WARNING", "PATH": "/usr/bin:/bin"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/healthz", timeout=60)
        with tempfile.TemporaryDirectory() as folder:
            script = Path(folder) / "query.lua"
            script.write_text(lua_script(api_paths()[args.query], args.meetings))
            wrk = ["wrk", "-t1", "-c16", "-s", str(script), f"http://127.0.0.1:{port}"]
            subprocess.run([*wrk, "-d2s"], check=True, capture_output=True)
            load = subprocess.Popen([*wrk, f"-d{args.seconds + 2:.0f}s"], stdout=subprocess.PIPE, text=True)
            time.sleep(1)
            raw = Path(folder) / "samples.txt"
            subprocess.run([str(py_spy), "record", "--pid", str(server.pid), "--rate", "500", "--duration",
                            f"{args.seconds:.0f}", "--threads", "--nonblocking", "--format", "raw", "--output", str(raw),
                            *(["--gil"] if args.gil else [])],
                           check=True, capture_output=True)
            output, _ = load.communicate(timeout=60)
            counts, innermost, total = shares(raw.read_text())
    finally:
        server.terminate()
        server.wait(timeout=15)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    what = "the thread holding the GIL" if args.gil else "every thread"
    print(f"{args.engine} {args.query}, one worker, wrk -t1 -c16: {rate.group(1) if rate else '?'} requests/s; "
          f"{total} samples of {what}")
    for name, _ in LAYERS + (("other", ""),):
        if counts[name]:
            print(f"  {name:45s} {100 * counts[name] / total:5.1f}%")
    if args.functions:
        print(f"the {args.functions} innermost frames sampled most:")
        for frame, count in innermost.most_common(args.functions):
            print(f"  {100 * count / total:5.1f}%  {frame}")


if __name__ == "__main__":
    sys.exit(main())
