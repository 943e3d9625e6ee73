"""Where the machine's CPU goes per request under load: the server's processes, PostgreSQL's
backends, and the load generator, for each server of the benchmark on the same query.

A wrk run on this 2-core machine is bound by the CPU that server, database and load generator
share, so a request rate is the inverse of their CPU per request. This splits that CPU by
process, read from `/proc/PID/stat` before and after one wrk run (the server's processes as the
benchmark counts them, its workers for this API; every process named `postgres`; wrk's own
usage as a child):

    .venv/bin/python bench/cpu_split.py --engine postgresql --query Q2
    .venv/bin/python bench/cpu_split.py --engine sqlite --query Q1 Q2 --duration 8
    .venv/bin/python bench/cpu_split.py --engine sqlite --query Q2 --only "this API"

The servers are those of `make bench-api` (`bench_api.servers_for`), on its datasets, started one
at a time."""
from __future__ import annotations

import argparse
import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import peers  # noqa: E402
from bench.bench_api import servers_for  # noqa: E402
from bench.databases import DEFAULT_POSTGRES  # noqa: E402
from bench.load import wrk  # noqa: E402

TICK_S = 1 / os.sysconf("SC_CLK_TCK")


def _cpu_ticks(pid: int) -> int:
    """User and system CPU of a process, in clock ticks; 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime, stime


def _postgres_pids() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "postgres":
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def split(server: peers.Server, query: str, args: argparse.Namespace) -> dict[str, float]:
    """CPU µs per request of the server, the database's backends and wrk, over one wrk run."""
    options = {"threads": args.threads, "connections": args.connections, "max_id": args.meetings}
    wrk(server.base, server.paths[query], seconds=args.warmup, **options)
    server_pids = server.pids()
    database_pids = _postgres_pids()
    before_server = {pid: _cpu_ticks(pid) for pid in server_pids}
    before_database = {pid: _cpu_ticks(pid) for pid in database_pids}
    before_wrk = _children_cpu_s()
    result = wrk(server.base, server.paths[query], seconds=args.duration, **options)
    wrk_s = _children_cpu_s() - before_wrk
    server_s = sum(_cpu_ticks(pid) - before for pid, before in before_server.items()) * TICK_S
    database_s = sum(_cpu_ticks(pid) - before_database.get(pid, 0) for pid in _postgres_pids()) * TICK_S
    per_request = 1e6 / result.requests
    return {
        "rps": result.rps, "server": server_s * per_request, "database": database_s * per_request,
        "wrk": wrk_s * per_request, "total": (server_s + database_s + wrk_s) * per_request,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="postgresql")
    parser.add_argument("--query", nargs="+", choices=tuple(peers.api_paths()), default=list(peers.api_paths()))
    parser.add_argument("--meetings", type=int, default=200_000)
    parser.add_argument("--duration", type=float, default=8)
    parser.add_argument("--warmup", type=float, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES", DEFAULT_POSTGRES))
    parser.add_argument("--only", nargs="+", metavar="SERVER", help="only these servers (e.g. 'this API')")
    parser.set_defaults(server="uvicorn")
    args = parser.parse_args()

    servers, _ = servers_for(args.engine, args)
    if args.only:
        servers = [server for server in servers if server.name in args.only]
    print(f"{'query':<6}{'server':<18}{'req/s':>8}{'server µs':>11}{'database µs':>13}{'wrk µs':>8}{'total µs':>10}")
    for server in servers:
        server.start()
        try:
            server.wait_ready()
            for query in args.query:
                figures = split(server, query, args)
                print(
                    f"{query:<6}{server.name:<18}{figures['rps']:>8.0f}{figures['server']:>11.0f}"
                    f"{figures['database']:>13.0f}{figures['wrk']:>8.0f}{figures['total']:>10.0f}",
                    flush=True,
                )
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
