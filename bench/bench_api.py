"""Requests per second of this API against Datasette on the same SQLite file, side by side.

The queries are those of ../shared/PERFORMANCE.md: Q1 one party and a date range, 50 newest;
Q2 one meeting by id (random ids); Q3 Q1 plus a sector; Q4 a date range, 50 newest. Datasette
answers them with the equivalent SQL through its JSON API. Load comes from wrk (Debian's
`wrk`) on loopback only; every run is bounded in time.

Usage: python bench/bench_api.py [--meetings 200000] [--duration 10] [--connections 32]
The dataset and Datasette's own virtualenv are kept under var/bench/ between runs.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.db.engine import create_db_engine  # noqa: E402
from app.db.migrate import upgrade  # noqa: E402
from bench.dataset import build  # noqa: E402

WORK = ROOT / "var" / "bench"
DATASETTE_VERSION = "0.65.5"
SINCE, UNTIL = "2020-01-01", "2023-12-31"
PARTY_SQL = "(select id from parties where code = 'AZ')"
MEETING_COLUMNS = "m.id, m.kind, m.status, m.date, m.title, m.location, m.article_id"


@dataclass(frozen=True)
class Query:
    name: str
    ours: str
    peer: str


def queries(meetings: int) -> list[Query]:
    def sql(statement: str) -> str:
        return "/bench.json?" + urllib.parse.urlencode({"sql": statement, "_shape": "array"})

    q1 = (
        f"select {MEETING_COLUMNS} from meeting_parties mp join meetings m on m.id = mp.meeting_id "
        f"where mp.party_id = {PARTY_SQL} and mp.date between '{SINCE}' and '{UNTIL}' "
        "{extra}order by mp.date desc, mp.meeting_id desc limit 50"
    )
    sector = "and exists (select 1 from meeting_sectors s where s.meeting_id = m.id and s.sector_id = (select id from sectors where slug = 'energy')) "
    return [
        Query("Q1 party + date range, 50 newest", f"/v1/meetings?party=AZ&since={SINCE}&until={UNTIL}&limit=50", sql(q1.format(extra=""))),
        Query("Q2 one meeting by id", "/v1/meetings/{id}", "/bench/meetings/{id}.json?_shape=object"),
        Query("Q3 Q1 + sector", f"/v1/meetings?party=AZ&since={SINCE}&until={UNTIL}&sector=energy&limit=50", sql(q1.format(extra=sector))),
        Query(
            "Q4 date range, 50 newest",
            f"/v1/meetings?since={SINCE}&until={UNTIL}&limit=50",
            sql(f"select {MEETING_COLUMNS} from meetings m where m.date between '{SINCE}' and '{UNTIL}' order by m.date desc, m.id desc limit 50"),
        ),
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dataset(meetings: int) -> Path:
    path = WORK / str(meetings) / "bench.db"  # Datasette names the database after the file
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        url = f"sqlite:///{partial}"
        print(f"building {meetings} meetings into {path} ...", flush=True)
        upgrade(url)
        engine = create_db_engine(url)
        build(engine, meetings)
        engine.dispose()
        partial.rename(path)
    return path


def datasette_bin() -> Path:
    venv = WORK / "peers"
    binary = venv / "bin" / "datasette"
    if not binary.exists():
        print(f"installing datasette {DATASETTE_VERSION} into {venv} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", f"datasette=={DATASETTE_VERSION}"], check=True)
    return binary


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def start(command: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def wrk(base: str, path: str, args: argparse.Namespace, meetings: int, duration: int) -> float:
    """Requests per second; `{id}` in the path becomes a random meeting id per request."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            "math.randomseed(42)\n"
            f'local path = "{path.replace("{id}", "%d")}"\n'
            f"request = function() return wrk.format('GET', string.format(path, math.random(1, {meetings}))) end\n"
            if "{id}" in path
            else f'request = function() return wrk.format("GET", "{path}") end\n'
        )
    try:
        result = subprocess.run(
            ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{duration}s", "-s", script.name, base],
            capture_output=True, text=True, timeout=duration + 60, check=True,
        )
    finally:
        os.unlink(script.name)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    if errors:
        raise SystemExit(f"{base}{path}: {errors.group(1)} error responses\n{result.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))  # type: ignore[union-attr]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=200_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per query and server")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers of this API")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk")
    db = dataset(args.meetings)
    ours_port, peer_port = free_port(), free_port()
    ours = start(
        [str(ROOT / ".venv" / "bin" / "uvicorn"), "app.main:app", "--port", str(ours_port), "--workers", str(args.workers),
         "--no-access-log", "--log-level", "warning"],
        {"DATABASE_URL": f"sqlite:///{db}", "LOG_LEVEL": "WARNING"},
    )
    peer = start([str(datasette_bin()), "serve", "-i", str(db), "--port", str(peer_port)], {})
    try:
        wait_until_up(f"http://127.0.0.1:{ours_port}/healthz", ours)
        wait_until_up(f"http://127.0.0.1:{peer_port}/-/versions.json", peer)
        print(f"{args.meetings} meetings; wrk -t{args.threads} -c{args.connections} -d{args.duration}s after a {args.warmup} s warm-up\n")
        print(f"{'query':<36}{'this API':>12}{'Datasette':>12}{'ratio':>8}")
        for query in queries(args.meetings):
            rates = []
            for port, path in ((ours_port, query.ours), (peer_port, query.peer)):
                base = f"http://127.0.0.1:{port}"
                wrk(base, path, args, args.meetings, args.warmup)
                rates.append(wrk(base, path, args, args.meetings, args.duration))
            print(f"{query.name:<36}{rates[0]:>12.0f}{rates[1]:>12.0f}{rates[0] / rates[1]:>7.1f}x", flush=True)
    finally:
        stop(ours)
        stop(peer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
