"""The servers under test: this API (Uvicorn or Granian, N workers) and its peers, Datasette and
Platformatic DB, each installed on first use under var/bench/ (never into the project), started
in its own process group on a loopback port, and stopped with its whole group.

Platformatic DB maps the tables itself; the benchmark gives it a configuration without
migrations, a small launcher that listens on 127.0.0.1 (its CLI switches to 0.0.0.0 inside
containers), and a plugin with the custom routes for Q1 and Q3, which also makes its SQLite
connection read-only. PostgREST is not packaged by Debian bookworm: it is reported as skipped."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from bench.databases import ROOT, WORK

DATASETTE_VERSION = "0.65.5"
PLATFORMATIC_VERSION = "2.61.0"
GRANIAN_VERSION = "2.8.9"
SINCE, UNTIL = "2020-01-01", "2023-12-31"
MEETING_COLUMNS = "m.id, m.kind, m.status, m.date, m.title, m.location, m.article_id"
INSTALL_TIMEOUT_S = 900


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp*) listening on `port`."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            address, port_hex = parts[1].rsplit(":", 1)
            if parts[3] == "0A" and int(port_hex, 16) == port:
                found.add(address)
    return found


def _loopback(address_hex: str) -> bool:
    """Whether an address of /proc/net/tcp* is loopback: 127.x.x.x (stored little-endian), ::1, or
    ::ffff:127.x.x.x."""
    if len(address_hex) == 8:
        return address_hex.endswith("7F")
    ipv4_mapped = address_hex.startswith("0000000000000000FFFF0000") and address_hex.endswith("7F")
    return address_hex == "00000000000000000000000001000000" or ipv4_mapped


@dataclass
class Server:
    """A server process (group) and the paths that ask it Q1-Q4."""

    name: str
    label: str
    command: list[str]
    port: int
    health: str
    paths: dict[str, str]
    env: dict[str, str] = field(default_factory=dict)
    cwd: Path = ROOT
    workers: bool = False  # measure the children of the first process, not the first process
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start in a new session (its own process group), output to var/bench/logs/."""
        logs = WORK / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        self.log = logs / (re.sub(r"\W+", "-", self.label.lower()).strip("-") + ".log")
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                self.command, cwd=self.cwd, env={**os.environ, **self.env}, stdin=subprocess.DEVNULL,
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )

    def wait_ready(self, seconds: float = 120) -> None:
        """Wait until the health path answers 200, then check that it listens on loopback only."""
        assert self.process is not None
        deadline = time.monotonic() + seconds
        url = self.base + self.health
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.label} exited with {self.process.returncode}; see {self.log}")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.label} did not answer {url} within {seconds:.0f} s; see {self.log}")
            time.sleep(0.3)
        exposed = {a for a in listening_addresses(self.port) if not _loopback(a)}
        if exposed:
            raise RuntimeError(f"{self.label} listens beyond loopback on port {self.port} ({exposed})")

    def pids(self) -> list[int]:
        """The processes whose memory is reported: the workers (children of the supervisor) or
        the server process itself; helper processes such as multiprocessing's resource tracker
        are left out."""
        assert self.process is not None
        root = self.process.pid
        members = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            session = int(stat.rsplit(")", 1)[1].split()[3])  # state, ppid, pgrp, session
            if session == root and "resource_tracker" not in cmdline:
                members.append(int(entry.name))
        if self.workers:
            children = [pid for pid in members if pid != root]
            return children or [root]
        return [root]

    def stop(self) -> None:
        """SIGTERM the whole process group, SIGKILL it after 15 s."""
        if self.process is None:
            return
        for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                break
            try:
                self.process.wait(timeout=wait)
                # the leader is gone; make sure no member of the group is left
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue
            break


# ---------------------------------------------------------------- this API


def api_paths() -> dict[str, str]:
    window = f"since={SINCE}&until={UNTIL}&limit=50"
    return {
        "Q1": f"/v1/meetings?party=AZ&{window}",
        "Q2": "/v1/meetings/{id}",
        "Q3": f"/v1/meetings?party=AZ&sector=energy&{window}",
        "Q4": f"/v1/meetings?{window}",
    }


def granian_bin() -> Path:
    """Granian in the project's virtualenv (installed there on request only; not a dependency)."""
    binary = ROOT / ".venv" / "bin" / "granian"
    if not binary.exists():
        print(f"installing granian {GRANIAN_VERSION} into {ROOT / '.venv'} ...", flush=True)
        subprocess.run([str(ROOT / ".venv" / "bin" / "pip"), "install", "-q", f"granian=={GRANIAN_VERSION}"],
                       check=True, timeout=INSTALL_TIMEOUT_S)
    return binary


def this_api(database_url: str, server: str, workers: int) -> Server:
    """This API as deployed (scripts/start.sh's server limits), on Uvicorn or Granian."""
    port = free_port()
    if server == "granian":
        command = [
            str(granian_bin()), "--interface", "asgi", "--host", "127.0.0.1", "--port", str(port),
            "--workers", str(workers), "--no-ws", "--log-level", "warning", "app.main:app",
        ]
    else:
        command = [
            str(ROOT / ".venv" / "bin" / "uvicorn"), "app.main:app", "--host", "127.0.0.1", "--port", str(port),
            "--workers", str(workers), "--no-access-log", "--no-server-header", "--log-level", "warning",
            "--http", "app.core.protocol:HttpProtocol",
            "--timeout-keep-alive", "5", "--timeout-graceful-shutdown", "10",
        ]
    return Server(
        name="this API", label=f"this API ({server}, {workers} workers)", command=command, port=port,
        health="/healthz", paths=api_paths(), env={"DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"},
        workers=True,
    )


# ---------------------------------------------------------------- Datasette


def datasette_bin() -> Path:
    """Datasette in its own virtualenv, var/bench/peers/."""
    venv = WORK / "peers"
    binary = venv / "bin" / "datasette"
    if not _runnable(binary):
        print(f"installing datasette {DATASETTE_VERSION} into {venv} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True, timeout=120)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", f"datasette=={DATASETTE_VERSION}"],
                       check=True, timeout=INSTALL_TIMEOUT_S)
    return binary


def _runnable(script: Path) -> bool:
    """Whether `script` exists and the interpreter its first line names does: a virtualenv made
    in a checkout at another path (a copy, a moved folder) names that path's interpreter."""
    if not script.exists():
        return False
    first_line = script.read_bytes().split(b"\n", 1)[0]
    return first_line.startswith(b"#!") and Path(first_line[2:].decode().strip()).exists()


def list_sql(sector: bool, sector_copy: bool = False) -> str:
    """Q1 (or Q3 with `sector`) as one SQL statement of SQLite's. With `sector_copy`, Q3 tests the
    sides' copy of their meeting's sector slugs (migration 0011), as this API's own statement
    does, instead of `meeting_sectors`."""
    if sector and sector_copy:
        extra = """and instr(mp.sector_slugs, '"energy"') > 0 """
    elif sector:
        extra = ("and exists (select 1 from meeting_sectors s where s.meeting_id = mp.meeting_id "
                 "and s.sector_id = (select id from sectors where slug = 'energy')) ")
    else:
        extra = ""
    return (
        f"select {MEETING_COLUMNS} from meeting_parties mp join meetings m on m.id = mp.meeting_id "
        f"where mp.party_id = (select id from parties where code = 'AZ') and mp.date between '{SINCE}' and '{UNTIL}' "
        f"{extra}order by mp.date desc, mp.meeting_id desc limit 50"
    )


def datasette(db: Path, sector_copy: bool = False) -> Server:
    """Datasette serving the SQLite file immutable (-i), queries through its SQL JSON API
    (`sector_copy`: see `list_sql`)."""
    import urllib.parse

    def sql(statement: str) -> str:
        return "/bench.json?" + urllib.parse.urlencode({"sql": statement, "_shape": "array"})

    port = free_port()
    q4 = (f"select {MEETING_COLUMNS} from meetings m where m.date between '{SINCE}' and '{UNTIL}' "
          "order by m.date desc, m.id desc limit 50")
    return Server(
        name="Datasette", label=f"Datasette {DATASETTE_VERSION}",
        command=[str(datasette_bin()), "serve", "-i", str(db), "--host", "127.0.0.1", "--port", str(port)],
        port=port, health="/-/versions.json",
        paths={"Q1": sql(list_sql(False)), "Q2": "/bench/meetings/{id}.json?_shape=object", "Q3": sql(list_sql(True, sector_copy)), "Q4": sql(q4)},
    )


# ---------------------------------------------------------------- Platformatic DB

PLATFORMATIC_LAUNCHER = """\
'use strict'
// Starts Platformatic DB from the configuration in argv[2] and listens on 127.0.0.1:argv[3].
const { buildServer } = require('@platformatic/db')

async function main () {
  const config = require(process.argv[2])
  const app = await buildServer(config)
  await app.listen({ host: '127.0.0.1', port: Number(process.argv[3]) })
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
"""

PLATFORMATIC_PLUGIN = """\
'use strict'
// Q1 and Q3 of the benchmark: meetings of one party in a date range, optionally with a sector,
// 50 newest, as one SQL statement through platformatic's db/sql (same filters as this API).
module.exports = async function (app) {
  const { db, sql } = app.platformatic
  if (db.isSQLite) {
    // one pooled connection for the life of the process: make it refuse writes
    await db.query(sql`PRAGMA query_only = ON`)
  }
  const columns = sql`m.id, m.kind, m.status, m.date, m.title, m.location, m.article_id`
  app.get('/bench/meetings', async (request) => {
    const { party, since, until, sector } = request.query
    const limit = Math.min(Number(request.query.limit) || 50, 100)
    // copy=1: the sides' copy of their meeting's sector slugs, as this API's statement reads it
    const quoted = '"' + sector + '"'
    const copyFilter = db.isSQLite
      ? sql`and instr(mp.sector_slugs, ${quoted}) > 0`
      : sql`and strpos(mp.sector_slugs, ${quoted}) > 0`
    const sectorFilter = !sector
      ? sql``
      : request.query.copy === '1'
        ? copyFilter
        : sql`and exists (select 1 from meeting_sectors s where s.meeting_id = mp.meeting_id
            and s.sector_id = (select id from sectors where slug = ${sector}))`
    return db.query(sql`
      select ${columns} from meeting_parties mp join meetings m on m.id = mp.meeting_id
      where mp.party_id = (select id from parties where code = ${party})
        and mp.date between ${since} and ${until} ${sectorFilter}
      order by mp.date desc, mp.meeting_id desc limit ${limit}`)
  })
}
"""


def platformatic_dir() -> Path:
    """@platformatic/db installed from the npm registry into var/bench/platformatic/."""
    target = WORK / "platformatic"
    marker = target / "node_modules" / "@platformatic" / "db" / "package.json"
    if marker.exists() and json.loads(marker.read_text())["version"] == PLATFORMATIC_VERSION:
        return target
    if not shutil.which("node") or not shutil.which("npm"):
        print("installing Node.js and npm from Debian ...", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "nodejs", "npm"], check=True, timeout=INSTALL_TIMEOUT_S)
    target.mkdir(parents=True, exist_ok=True)
    (target / "package.json").write_text(json.dumps({"name": "bench-platformatic", "private": True}) + "\n")
    print(f"installing @platformatic/db {PLATFORMATIC_VERSION} into {target} (a few minutes) ...", flush=True)
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", f"@platformatic/db@{PLATFORMATIC_VERSION}"],
        cwd=target, check=True, timeout=INSTALL_TIMEOUT_S,
    )
    return target


def node_version() -> str:
    return subprocess.run(["node", "--version"], check=False, capture_output=True, text=True, timeout=30).stdout.strip()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


# The meeting row as Platformatic DB serves it: the meeting's own columns, named here rather than
# read off the model, which also holds the copies that migrations 0007 and 0008 keep for this
# API's pages (Platformatic would parse the lists as JSON and send the item's text for every row).
_MEETING_ROW = (
    "id", "kind", "status", "date", "title", "location", "commission_id", "session_number", "article_id",
    "evidence_start", "evidence_end", "evidence_text", "created_at", "updated_at",
)
PLATFORMATIC_FIELDS = ",".join(_camel(name) for name in _MEETING_ROW)


def platformatic(engine: str, connection_string: str, tables: list[str], sector_copy: bool = False) -> Server:
    """Platformatic DB on the same database: no migrations (none configured, so none applied),
    no GraphQL, no type generation, no schema lock file, only the meeting tables mapped
    (`sector_copy`: see `list_sql`)."""
    target = platformatic_dir()
    (target / "launch.js").write_text(PLATFORMATIC_LAUNCHER)
    (target / "bench-plugin.js").write_text(PLATFORMATIC_PLUGIN)
    config = {
        "server": {"hostname": "127.0.0.1", "port": 0, "logger": {"level": "warn"}},
        "db": {
            "connectionString": connection_string, "graphql": False, "openapi": True, "schemalock": False,
            "include": {table: True for table in tables},
        },
        "plugins": {"paths": [str(target / "bench-plugin.js")]},
        "types": {"autogenerate": False},
        "watch": False,
    }
    config_path = target / f"platformatic-{engine}.json"
    config_path.write_text(json.dumps(config, indent=2) + "\n")
    port = free_port()
    window = f"since={SINCE}&until={UNTIL}&limit=50"
    return Server(
        name="Platformatic DB", label=f"Platformatic DB {PLATFORMATIC_VERSION} ({node_version()})",
        command=["node", str(target / "launch.js"), str(config_path), str(port)], cwd=target, port=port,
        health="/meetings/1",
        paths={
            "Q1": f"/bench/meetings?party=AZ&{window}",
            "Q2": f"/meetings/{{id}}?fields={PLATFORMATIC_FIELDS}",
            "Q3": f"/bench/meetings?party=AZ&sector=energy&{window}" + ("&copy=1" if sector_copy else ""),
            "Q4": f"/meetings?where.date.gte={SINCE}&where.date.lte={UNTIL}&orderby.date=desc&orderby.id=desc&limit=50"
                  f"&fields={PLATFORMATIC_FIELDS}",
        },
        # node-postgres ignores `options` in the URL but reads PGOPTIONS: every transaction read-only
        env={"NODE_ENV": "production", "PGOPTIONS": "-c default_transaction_read_only=on"},
    )


def platformatic_postgres_url(sqlalchemy_url: str) -> str:
    """The database URL for node-postgres (read-only sessions come from PGOPTIONS, below)."""
    return sqlalchemy_url.replace("postgresql+psycopg://", "postgres://", 1)


# ---------------------------------------------------------------- PostgREST


def postgrest_status() -> str | None:
    """None when PostgREST can be used, else why not."""
    if shutil.which("postgrest"):
        return "PostgREST is installed but this benchmark has no PostgREST setup yet: skipped"
    policy = subprocess.run(["apt-cache", "policy", "postgrest"], check=False, capture_output=True, text=True, timeout=60).stdout
    if "Candidate:" not in policy or "Candidate: (none)" in policy:
        return "PostgREST is not packaged by this Debian release (apt-cache policy postgrest: no candidate): skipped"
    return "PostgREST is packaged (apt-get install postgrest) but this benchmark has no PostgREST setup yet: skipped"
