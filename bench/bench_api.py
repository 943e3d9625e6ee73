"""This API against its peers on the same data: requests per second, p50 and p99 latency and
memory per worker, on SQLite and PostgreSQL.

The queries are those of ../shared/PERFORMANCE.md: Q1 one party and a date range, 50 newest;
Q2 one meeting by id (random ids); Q3 Q1 plus a sector; Q4 a date range, 50 newest. Peers:
Datasette (SQLite only) and Platformatic DB on both engines (PostgREST: not packaged, skipped).
Load comes from wrk on loopback only. For each round, each query, each server in turn: a short
warm-up, then a measurement while the anonymous RSS of the server's processes is sampled.
Medians over the rounds are printed and written to var/bench/results.json.

Usage: python bench/bench_api.py [--engine sqlite|postgresql|both] [--server uvicorn|granian]
       [--meetings 200000] [--duration 10] [--warmup 3] [--rounds 2] [--quick] [--peers-sector-copy]
See bench/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import peers
from bench.databases import (
    DEFAULT_POSTGRES,
    WORK,
    meeting_tables,
    postgres_dataset,
    read_through,
    sqlite_dataset,
)
from bench.load import LoadError, Measurement, RssSampler, wrk

QUERIES = {
    "Q1": "party + date range, 50 newest",
    "Q2": "one meeting by id",
    "Q3": "Q1 + sector",
    "Q4": "date range, 50 newest",
}
ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


@dataclass(frozen=True)
class Row:
    """One line of var/bench/results.json: medians over the rounds."""

    engine: str
    server: str
    query: str
    rps: float
    p50_ms: float
    p99_ms: float
    rss_mib: float
    errors: int = 0  # failed responses over all rounds; printed, not written to results.json

    def result(self) -> dict[str, Any]:
        """The row as written to results.json."""
        row = asdict(self)
        del row["errors"]
        return row


class OutOfTime(Exception):
    """The run went past --max-minutes."""


def _out_of_time(signum: int, frame: FrameType | None) -> None:
    raise OutOfTime("the run went past --max-minutes; servers are being stopped")


def _terminated(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def fetch(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def ids(body: Any) -> list[int]:
    """Meeting ids of a response: a page ({"items": [...]}), a list of rows, one row, or
    Datasette's {"<id>": row}."""
    if isinstance(body, dict) and "items" in body:
        body = body["items"]
    if isinstance(body, dict):
        body = [body] if "id" in body else list(body.values())
    return [int(row["id"]) for row in body]


def validate(servers: list[peers.Server], meetings: int) -> list[str]:
    """Compare each peer's answers with this API's for Q1-Q4 (the same ids in the same order);
    returns the warnings."""
    reference, others = servers[0], servers[1:]
    warnings = []
    sample_id = max(1, meetings // 3)
    for query in QUERIES:
        expected = ids(fetch(reference.base + reference.paths[query].replace("{id}", str(sample_id))))
        if not expected:
            warnings.append(f"{query}: this API returned nothing")
        for server in others:
            try:
                got = ids(fetch(server.base + server.paths[query].replace("{id}", str(sample_id))))
            except (OSError, ValueError, KeyError, TypeError) as error:
                warnings.append(f"{query}: {server.name} could not be read: {error}")
                continue
            if got != expected:
                warnings.append(
                    f"{query}: {server.name} returned ids {got[:5]}... ({len(got)} rows) "
                    f"where this API returned {expected[:5]}... ({len(expected)} rows)"
                )
    return warnings


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def measure(server: peers.Server, query: str, args: argparse.Namespace) -> tuple[Measurement, float]:
    """Warm up, then measure one server on one query; returns wrk's figures and RSS per process."""
    options = {"threads": args.threads, "connections": args.connections, "max_id": args.meetings}
    wrk(server.base, server.paths[query], seconds=args.warmup, **options)
    sampler = RssSampler(server.pids())
    with sampler.running():
        result = wrk(server.base, server.paths[query], seconds=args.duration, **options)
    return result, sampler.per_process()


def servers_for(engine: str, args: argparse.Namespace) -> tuple[list[peers.Server], list[str]]:
    """The servers to compare on one engine, this API first, and notes on peers left out."""
    notes: list[str] = []
    if engine == "sqlite":
        db = sqlite_dataset(args.meetings)
        read_through(db)
        url = f"sqlite:///{db}"
        return [
            peers.this_api(url, args.server, args.workers),
            peers.datasette(db, args.peers_sector_copy),
            peers.platformatic("sqlite", f"sqlite://{db}", meeting_tables(url), args.peers_sector_copy),
        ], notes
    url = postgres_dataset(args.meetings, args.postgres)
    servers = [
        peers.this_api(url, args.server, args.workers),
        peers.platformatic("postgresql", peers.platformatic_postgres_url(url), meeting_tables(url), args.peers_sector_copy),
    ]
    reason = peers.postgrest_status()
    if reason:
        notes.append(reason)
    return servers, notes


def run_engine(engine: str, args: argparse.Namespace) -> list[Row]:
    """Start every server of the engine, validate, measure round by round, stop them all."""
    servers, notes = servers_for(engine, args)
    for note in notes:
        print(f"note: {note}", flush=True)
    samples: dict[tuple[str, str], list[tuple[Measurement, float]]] = {}
    try:
        for server in servers:
            server.start()
        for server in servers:
            server.wait_ready()
        print(f"\n== {ENGINE_NAMES[engine]}: " + ", ".join(s.label for s in servers) + f"; load average {load_average()}", flush=True)
        for warning in validate(servers, args.meetings):
            print(f"WARNING: answers differ: {warning}", flush=True)
        for round_number in range(args.rounds):
            order = servers if round_number % 2 == 0 else servers[::-1]
            for query in QUERIES:
                for server in order:
                    try:
                        result, rss = measure(server, query, args)
                    except LoadError as error:
                        print(f"WARNING: {server.name} {query}: {error}", flush=True)
                        continue
                    if result.errors:
                        print(f"WARNING: {server.name} {query}: {result.errors} errors of {result.requests} requests", flush=True)
                    samples.setdefault((server.name, query), []).append((result, rss))
                    print(
                        f"  round {round_number + 1} {query} {server.name:<16} {result.rps:>9.0f} req/s  "
                        f"p50 {result.p50_ms:>7.1f} ms  p99 {result.p99_ms:>7.1f} ms  RSS {rss:>6.0f} MiB",
                        flush=True,
                    )
        print(f"   load average after {ENGINE_NAMES[engine]}: {load_average()}", flush=True)
    finally:
        for server in servers:
            server.stop()
    rows = []
    for server in servers:
        for query in QUERIES:
            runs = samples.get((server.name, query))
            if not runs:
                continue
            rows.append(Row(
                engine=engine, server=server.name, query=query,
                rps=round(statistics.median(r.rps for r, _ in runs), 1),
                p50_ms=round(statistics.median(r.p50_ms for r, _ in runs), 2),
                p99_ms=round(statistics.median(r.p99_ms for r, _ in runs), 2),
                rss_mib=round(statistics.median(rss for _, rss in runs), 1),
                errors=sum(r.errors for r, _ in runs),
            ))
    return rows


def print_table(rows: list[Row]) -> None:
    """Figures per engine, query and server, then this API's req/s over each peer's."""
    print(f"\n{'engine':<11}{'query':<6}{'server':<17}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'RSS/worker MiB':>16}{'errors':>8}")
    for row in rows:
        print(
            f"{ENGINE_NAMES[row.engine]:<11}{row.query:<6}{row.server:<17}{row.rps:>9.0f}{row.p50_ms:>9.1f}"
            f"{row.p99_ms:>9.1f}{row.rss_mib:>16.0f}{row.errors:>8}"
        )
    print("\nthis API / peer, req/s:")
    ours = {(r.engine, r.query): r for r in rows if r.server == "this API"}
    for row in rows:
        mine = ours.get((row.engine, row.query))
        if row.server != "this API" and mine and row.rps:
            print(f"  {ENGINE_NAMES[row.engine]:<11}{row.query:<4} {QUERIES[row.query]:<31} vs {row.server:<16}{mine.rps / row.rps:>6.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--server", choices=("uvicorn", "granian"), default="uvicorn", help="server of this API")
    parser.add_argument("--workers", type=int, default=2, help="workers of this API")
    parser.add_argument("--meetings", type=int, default=None, help="dataset size (default 200000; 20000 with --quick)")
    parser.add_argument("--duration", type=float, default=None, help="seconds of load per measurement (default 10; 2 with --quick)")
    parser.add_argument("--warmup", type=float, default=None, help="seconds of warm-up before each (default 3; 1 with --quick)")
    parser.add_argument("--rounds", type=int, default=None, help="rounds, medians reported (default 2; 1 with --quick)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--peers-sector-copy", action="store_true",
                        help="the peers' Q3 tests the sides' copy of the sector slugs, as this API's statement does")
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES", DEFAULT_POSTGRES),
                        help="PostgreSQL server as a SQLAlchemy URL without database (default %(default)s)")
    parser.add_argument("--max-minutes", type=float, default=None, help="stop everything after this long (default 90; 20 with --quick)")
    parser.add_argument("--output", type=Path, default=WORK / "results.json")
    args = parser.parse_args()
    quick = args.quick
    defaults = {"meetings": (200_000, 20_000), "duration": (10, 2), "warmup": (3, 1), "rounds": (2, 1), "max_minutes": (90, 20)}
    for name, (full, short) in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, short if quick else full)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk")
    if not args.postgres.startswith("postgresql+psycopg://") or not any(
        host in args.postgres for host in ("@127.", "@localhost", "@[::1]")
    ):
        raise SystemExit("--postgres must be a postgresql+psycopg:// URL on this machine (127.0.0.1)")

    signal.signal(signal.SIGALRM, _out_of_time)
    signal.signal(signal.SIGTERM, _terminated)
    signal.alarm(int(args.max_minutes * 60))
    engines = ["sqlite", "postgresql"] if args.engine == "both" else [args.engine]
    started = time.monotonic()
    print(
        f"{args.meetings} meetings; this API on {args.server}, {args.workers} workers; wrk -t{args.threads} "
        f"-c{args.connections}, {args.warmup:g} s warm-up then {args.duration:g} s per measurement; "
        f"{args.rounds} round(s); load average {load_average()} on {os.cpu_count()} CPUs",
        flush=True,
    )
    rows: list[Row] = []
    status = 0
    try:
        for engine in engines:
            rows += run_engine(engine, args)
    except OutOfTime as error:
        print(f"\nSTOPPED: {error}", flush=True)
        status = 1
    finally:
        signal.alarm(0)
        if rows:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps([row.result() for row in rows], indent=1) + "\n"
            args.output.write_text(text)
            (args.output.parent / f"results-{args.server}.json").write_text(text)
    print_table(rows)
    written = f"written to {args.output}" if rows else "no results written"
    print(f"\n{written}; {time.monotonic() - started:.0f} s; load average {load_average()}")
    return status


if __name__ == "__main__":
    sys.exit(main())
