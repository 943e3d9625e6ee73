"""No request can hold up another. The app as deployed (uvicorn in a subprocess on an ephemeral
port of 127.0.0.1) serves a database of 50,000 meetings on each engine: an export streamed to a
client that reads a few KB every 50 ms must not slow `/healthz` and `/v1/meetings/1` (p99 under
100 ms, measured from when each probe was due), and when a client leaves in the middle of an
export the server must stop working for it within a second. A request runs out of its time
budget as a whole, and an export of its own. Every wait is bounded."""
from __future__ import annotations

import http.client
import json
import os
import re
import socket
import statistics
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import anyio
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Date, Engine, Integer, String, case, cast, create_engine, func, insert, literal, select, text, update

from app.articles.models import Article
from app.core.config import Settings
from app.db.dataset import DatasetState
from app.db.engine import create_db_engine
from app.db.session import EXPORT_SWITCH_INTERVAL, Database
from app.main import create_app
from app.meetings.models import MEETING_KINDS, Meeting, MeetingParty, MeetingSector, MeetingSource
from app.parties.models import Party
from app.sectors.models import Sector
from tests.conftest import ROOT, DatabaseFactory
from tests.live import stop_process_group
from tests.observe import log_records

MEETINGS = 50_000
MEETINGS_PER_ARTICLE = 8
PARTIES = 100
# Each item with its reports, built per row by the database: an export of MEETINGS that takes
# seconds (the plain list items are stored and stream out too fast to be caught running).
EXPORT = "/v1/meetings?format=csv&include=sources"
PROBES = ("/healthz", "/v1/meetings/1")
PROBE_SECONDS = 5.0
PROBE_INTERVAL = 0.02
P99_LIMIT_MS = 100.0
ATTEMPTS = 3


# A database of 50,000 meetings, written with INSERT ... SELECT over a counter, so that the rows
# come from the database itself (about 100 times faster than sending them).


def _counter(n: int) -> Any:
    seq = select(literal(1, Integer).label("i")).cte("seq", recursive=True)
    return seq.union_all(select(seq.c.i + 1).where(seq.c.i < n))


def _day(engine: Engine, offset: Any) -> Any:
    if engine.dialect.name == "sqlite":
        return func.date("2015-01-01", "+" + cast(offset, String) + " days")
    return cast(literal("2015-01-01"), Date) + offset


def build_meetings(engine: Engine, meetings: int) -> None:
    """`meetings` meetings over ten years between 100 parties, two sides and one sector each,
    eight to an article; every article mentions trade."""
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(insert(Party), [
            {"id": i + 1, "code": f"P{i:02d}", "name": f"Party {i}", "kind": "country", "parent_id": None} for i in range(PARTIES)
        ])
        sector_ids = list(connection.scalars(select(Sector.id).order_by(Sector.id)))
        connection.execute(insert(Article), [
            {"id": a, "content_hash": f"{a:064x}", "file_name": None, "title": None, "source": "Synthetic Wire", "url": None,
             "published_on": None, "dateline": None, "ingested_at": now,
             "text": f"Synthetic report {a}: the sides discussed trade, energy and investment."}
            for a in range(1, -(-meetings // MEETINGS_PER_ARTICLE) + 1)
        ])
        i = _counter(meetings).c.i
        title = "Meeting " + cast(i, String) + "."
        connection.execute(insert(Meeting).from_select(
            ["id", "article_id", "kind", "status", "date", "title", "evidence_start", "evidence_end", "evidence_text"],
            select(
                i, (i - 1) // MEETINGS_PER_ARTICLE + 1, case(dict(enumerate(MEETING_KINDS)), value=i % len(MEETING_KINDS)),
                literal("held"), _day(engine, (i * 7919) % 3650), title, literal(0), func.length(title), title,
            ),
        ))
        m = Meeting.__table__.c
        connection.execute(insert(MeetingSource).from_select(
            ["meeting_id", "article_id", "evidence_start", "evidence_end", "evidence_text"],
            select(m.id, m.article_id, m.evidence_start, m.evidence_end, m.evidence_text),
        ))
        first = m.id % PARTIES
        for side in (first, (first + 1 + (m.id * 37) % (PARTIES - 1)) % PARTIES):
            connection.execute(insert(MeetingParty).from_select(["meeting_id", "party_id", "date"], select(m.id, side + 1, m.date)))
        connection.execute(insert(MeetingSector).from_select(
            ["meeting_id", "sector_id", "article_id", "evidence_start", "evidence_end", "evidence_text"],
            select(m.id, m.id % len(sector_ids) + sector_ids[0], m.article_id, literal(0), literal(5), literal("trade")),
        ))
        connection.execute(update(DatasetState).values(version=DatasetState.version + 1, updated_at=now))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("ANALYZE"))


@pytest.fixture(scope="module")
def big_database(databases: DatabaseFactory) -> Iterator[tuple[str, str]]:
    url = databases.new_url()
    engine = create_db_engine(url)
    try:
        build_meetings(engine, MEETINGS)
    finally:
        engine.dispose()
    yield databases.kind, url


# The server


class LiveServer:
    """uvicorn serving the app in a subprocess, on a port of 127.0.0.1 that the kernel picks; its
    log lines (JSON from the app, text from uvicorn) are collected with their arrival time."""

    def __init__(self, database_url: str, **settings: str) -> None:
        env = {**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "INFO", **settings}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", "0", "--no-access-log",
             "--no-server-header", "--http", "app.core.protocol:HttpProtocol", "--timeout-keep-alive", "5"],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self.lines: list[tuple[float, str]] = []
        self._arrived = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        found = self.wait_for_line(lambda line: "Uvicorn running on" in line, timeout=60)
        self.port = int(re.search(r":(\d+) ", found).group(1))  # type: ignore[union-attr]

    def _read(self) -> None:
        assert self.process.stderr is not None
        for raw in self.process.stderr:
            with self._arrived:
                self.lines.append((time.monotonic(), raw.decode(errors="replace").rstrip()))
                self._arrived.notify_all()

    def wait_for_line(self, match: Callable[[str], bool], timeout: float, since: int = 0) -> str:
        return self.wait_for(match, timeout, since)[1]

    def wait_for(self, match: Callable[[str], bool], timeout: float, since: int = 0) -> tuple[float, str]:
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for arrived, line in self.lines[since:]:
                    if match(line):
                        return arrived, line
                left = deadline - time.monotonic()
                assert self.process.poll() is None, "the server exited:\n" + self.tail()
                assert left > 0, f"no such log line within {timeout} s; last lines:\n" + self.tail()
                self._arrived.wait(min(left, 0.2))

    def tail(self) -> str:
        return "\n".join(line for _, line in self.lines[-30:])

    def records(self, request_id: str) -> list[dict[str, Any]]:
        found = []
        for _, line in list(self.lines):
            if line.startswith("{") and f'"request_id":"{request_id}"' in line:
                found.append(json.loads(line))
        return found

    def cpu_seconds(self) -> float:
        """User and system CPU time the server process has used so far."""
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        stop_process_group(self.process, timeout=15)


@pytest.fixture(scope="module")
def server(big_database: tuple[str, str]) -> Iterator[LiveServer]:
    live = LiveServer(big_database[1])
    try:
        yield live
    finally:
        live.stop()


def open_export(port: int, path: str, request_id: str, receive_buffer: int = 16 * 1024) -> socket.socket:
    """A raw connection that has sent an export request and read its response head."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)  # so that reading slowly holds the server back
    sock.settimeout(30)
    sock.connect(("127.0.0.1", port))
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-ID: {request_id}\r\n\r\n".encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(1024)
        assert chunk, "the server closed the connection before answering"
        head += chunk
    assert head.startswith(b"HTTP/1.1 200 "), head[:200]
    return sock


def abort(sock: socket.socket) -> None:
    """Close with a reset, as a client that crashes or is killed does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


# The tests


def probe(port: int, path: str, seconds: float, interval: float) -> list[float]:
    """Latencies (ms) of GET `path` sent every `interval` seconds, each measured from the moment
    it was due rather than sent: a request held up delays the ones due after it too, as it would
    delay other clients (without this, one stall of seconds would count as a single slow sample)."""
    latencies = []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        start = time.monotonic()
        for due in (start + k * interval for k in range(int(seconds / interval))):
            time.sleep(max(due - time.monotonic(), 0))
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            assert response.status == 200, f"{path}: {response.status}"
            latencies.append((time.monotonic() - due) * 1000)
    finally:
        connection.close()
    return latencies


def latencies_during_a_slow_export(server: LiveServer, request_id: str) -> tuple[dict[str, list[float]], int]:
    """Probe each of PROBES for PROBE_SECONDS while EXPORT streams to a client reading 4 KB every
    50 ms; the probe latencies and the bytes the export sent meanwhile."""
    export = open_export(server.port, EXPORT, request_id)
    received = 0
    stop = threading.Event()

    def read_slowly() -> None:
        nonlocal received
        while not stop.is_set():
            chunk = export.recv(4096)
            if not chunk:
                return
            received += len(chunk)
            time.sleep(0.05)

    reader = threading.Thread(target=read_slowly, daemon=True)
    reader.start()
    latencies: dict[str, list[float]] = {}

    def measure(path: str) -> None:
        latencies[path] = probe(server.port, path, PROBE_SECONDS, PROBE_INTERVAL)

    probers = [threading.Thread(target=measure, args=(path,)) for path in PROBES]
    try:
        for prober in probers:
            prober.start()
        for prober in probers:
            prober.join(timeout=PROBE_SECONDS + 30)
    finally:
        stop.set()
        reader.join(timeout=5)
        abort(export)
    assert set(latencies) == set(PROBES), "a prober failed"
    return latencies, received


def test_a_slow_export_does_not_slow_other_requests(server: LiveServer, big_database: tuple[str, str]) -> None:
    for path in PROBES:  # what is measured is the steady state, not the first compilation of each statement
        probe(server.port, path, 0.2, 0.01)
    # Other processes on the machine (a parallel test run, say) can take the CPU for a moment
    # and fail a measurement on their own; the export may not, so one clean run out of
    # ATTEMPTS is required. The event loop stalled by the export fails every attempt by seconds.
    attempts = []
    for attempt in range(ATTEMPTS):
        latencies, received = latencies_during_a_slow_export(server, f"slow-reader-{big_database[0]}-{attempt}")
        assert received > 0, "the export sent nothing"
        summary = {
            path: f"n={len(v)} p50={statistics.median(v):.1f} p99={percentile(v, 99):.1f} max={max(v):.1f} ms"
            for path, v in latencies.items()
        }
        attempts.append(f"{received} bytes exported meanwhile; {summary}")
        print(f"\n{big_database[0]}: {attempts[-1]}")
        if all(percentile(values, 99) < P99_LIMIT_MS for values in latencies.values()):
            return
    pytest.fail(f"p99 over {P99_LIMIT_MS:.0f} ms in every attempt:\n" + "\n".join(attempts))


def test_a_client_leaving_mid_export_stops_the_servers_work_within_a_second(
    server: LiveServer, big_database: tuple[str, str], postgres_activity: Callable[[], int]
) -> None:
    request_id = f"leaves-{big_database[0]}"
    export = open_export(server.port, EXPORT, request_id, receive_buffer=1 << 20)
    read_until = time.monotonic() + 1.0
    while time.monotonic() < read_until:  # read at full speed: the server is busy with the database
        assert export.recv(1 << 16), "the export ended early"
    seen = len(server.lines)
    abort(export)
    gone = time.monotonic()

    arrived, line = server.wait_for(
        lambda line: f'"request_id":"{request_id}"' in line and "export stopped: the client went away" in line, timeout=5, since=seen
    )
    stopped = json.loads(line)
    assert arrived - gone < 1.0, f"the server noticed the client leaving after {arrived - gone:.2f} s"
    assert stopped["queries_running"] is False

    # Nothing runs for it any more: the server process is idle, and PostgreSQL runs no query.
    cpu = server.cpu_seconds()
    time.sleep(0.5)
    assert server.cpu_seconds() - cpu < 0.1, "the server kept working after its client left"
    assert postgres_activity() == 0
    access = [r for r in server.records(request_id) if r.get("logger") == "app.access"]
    assert access and access[0]["status"] == 200 and access[0]["incomplete"] is True


# Seven statements over MEETINGS: 0.6 s on SQLite and 1.7 s on PostgreSQL here, all of it
# database work, so that a client leaving after SLOW_LIST_LEAVES_AFTER finds it running.
SLOW_LIST = "/v1/meetings?facets=sector,party,year,month,kind&include=total&limit=500"
SLOW_LIST_LEAVES_AFTER = 0.15


def test_a_client_leaving_a_slow_request_stops_its_database_work_within_a_second(
    server: LiveServer, big_database: tuple[str, str], postgres_activity: Callable[[], int]
) -> None:
    request_id = f"leaves-list-{big_database[0]}"
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=30)
    sock.sendall(f"GET {SLOW_LIST} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-ID: {request_id}\r\n\r\n".encode())
    time.sleep(SLOW_LIST_LEAVES_AFTER)
    seen = len(server.lines)
    abort(sock)
    gone = time.monotonic()

    arrived, line = server.wait_for(
        lambda line: f'"request_id":"{request_id}"' in line and "database work stopped: the request was cancelled" in line,
        timeout=5, since=seen,
    )
    assert arrived - gone < 1.0, f"the server noticed the client leaving after {arrived - gone:.2f} s"
    server.wait_for(lambda line: f'"request_id":"{request_id}"' in line and '"logger":"app.access"' in line, timeout=5, since=seen)
    access = [r for r in server.records(request_id) if r.get("logger") == "app.access"]
    assert [r["status"] for r in access] == [499]
    assert postgres_activity() == 0


@pytest.fixture
def postgres_activity(big_database: tuple[str, str]) -> Iterator[Callable[[], int]]:
    """The number of statements the server is running on the PostgreSQL database (0 on SQLite)."""
    kind, url = big_database
    if kind != "postgresql":
        yield lambda: 0
        return
    engine = create_engine(url)

    def active() -> int:
        with engine.connect() as connection:
            return connection.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND state = 'active' AND pid <> pg_backend_pid()"
            ))

    yield active
    engine.dispose()


def test_a_request_runs_out_of_one_budget_for_all_its_statements(big_database: tuple[str, str]) -> None:
    # Seven statements over 50,000 meetings: together far more than 0.1 s.
    app = create_app(Settings(database_url=big_database[1], statement_timeout_seconds=0.1, log_level="WARNING"))
    with TestClient(app, raise_server_exceptions=False) as client:
        started = time.monotonic()
        response = client.get("/v1/meetings", params={"facets": "sector,party,year,month,kind", "include": "total", "limit": 500})
        elapsed = time.monotonic() - started
    assert response.status_code == 503, response.text[:300]
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "1"
    assert elapsed < 0.6, f"a 0.1 s budget took {elapsed:.2f} s"


def test_an_export_is_cut_off_at_its_own_deadline(big_database: tuple[str, str]) -> None:
    app = create_app(Settings(database_url=big_database[1], export_timeout_seconds=0.5, log_level="INFO"))
    with log_records("app.export") as records, TestClient(app) as client:
        started = time.monotonic()
        response = client.get("/v1/meetings", params={"format": "ndjson", "include": "sources"})
        elapsed = time.monotonic() - started
    lines = response.content.count(b"\n")
    assert response.status_code == 200
    assert 0 < lines < MEETINGS, f"{lines} rows"
    assert elapsed < 3, f"a 0.5 s export took {elapsed:.2f} s"
    assert [r.getMessage() for r in records] == ["export cut off: EXPORT_TIMEOUT_SECONDS ran out"]


def test_head_of_an_export_reads_only_its_first_batch(big_database: tuple[str, str]) -> None:
    app = create_app(Settings(database_url=big_database[1], log_level="WARNING"))
    with TestClient(app) as client:
        started = time.monotonic()
        head = client.head("/v1/meetings", params={"format": "ndjson"})
        elapsed = time.monotonic() - started
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == "application/x-ndjson"
    assert elapsed < 1.5, f"HEAD took {elapsed:.2f} s: it ran the export"


def test_the_gil_switches_often_only_while_an_export_runs(big_database: tuple[str, str]) -> None:
    """A short switch interval keeps exports from holding up other requests, but slows ordinary
    traffic by a third; so it holds only while export work runs, and Python's own otherwise."""
    normal = sys.getswitchinterval()
    engine = create_db_engine(big_database[1])
    database = Database(engine, threads=2, export_threads=1)

    def interval(connection: Any) -> float:
        return sys.getswitchinterval()

    async def run() -> tuple[float, float, float]:
        request = await database.run(interval)
        during_export = await database.run_export(database.export_deadline(), interval)
        return request, during_export, sys.getswitchinterval()

    try:
        request, during_export, after = anyio.run(run)
    finally:
        database.close()
        engine.dispose()
    assert request == after == normal == pytest.approx(0.005)
    assert during_export == EXPORT_SWITCH_INTERVAL < normal
