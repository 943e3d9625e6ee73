"""The benchmark's databases: the same synthetic dataset (bench/dataset.py) in a SQLite file under
var/bench/ and in a PostgreSQL database, each migrated with the project's migrations and built
once, then kept between runs. A half-built database is never used: SQLite is built into a
`.partial` file and PostgreSQL into a `_partial` database, renamed when complete."""
from __future__ import annotations

import time
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import create_engine, inspect

from app.db.engine import create_db_engine
from app.db.migrate import upgrade
from bench.dataset import build

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "var" / "bench"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432"


def sqlite_dataset(meetings: int) -> Path:
    """var/bench/<meetings>/bench.db, built when missing (Datasette names the database `bench`)."""
    path = WORK / str(meetings) / "bench.db"
    if path.exists():
        upgrade(f"sqlite:///{path}")  # a migration added since it was built (a new index, say)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    url = f"sqlite:///{partial}"
    started = time.monotonic()
    print(f"building {meetings} meetings into {path} ...", flush=True)
    upgrade(url)
    engine = create_db_engine(url)
    try:
        build(engine, meetings)
    finally:
        engine.dispose()
    partial.rename(path)
    print(f"  built in {time.monotonic() - started:.0f} s", flush=True)
    return path


def read_through(path: Path) -> None:
    """Read a database file once, so that it is in the page cache before any server runs: every
    server then starts from the same warm cache, instead of the first one measured paying for
    reading it from disk (a first round's detail of random ids ran at half the second's rate)."""
    with path.open("rb") as file:
        while file.read(8 << 20):
            pass


def _libpq(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as a libpq one."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def postgres_dataset(meetings: int, server: str = DEFAULT_POSTGRES) -> str:
    """The SQLAlchemy URL of database `bilateral_bench_<meetings>` on `server`, created, migrated
    and filled when missing, then vacuumed and analyzed so that plans do not depend on when
    autovacuum last ran."""
    name = f"bilateral_bench_{meetings}"
    partial = f"{name}_partial"
    with psycopg.connect(_libpq(f"{server}/postgres"), autocommit=True, connect_timeout=10) as admin:
        existing = {row[0] for row in admin.execute("SELECT datname FROM pg_database")}
        if name in existing:
            url = f"{server}/{name}"
            with psycopg.connect(_libpq(url), autocommit=True) as connection:
                before = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                upgrade(url)
                if connection.execute("SELECT version_num FROM alembic_version").fetchone() != before:
                    # A migration that rewrote rows leaves dead ones behind, and stale statistics.
                    connection.execute("VACUUM (ANALYZE)")
            return url
        started = time.monotonic()
        print(f"building {meetings} meetings into PostgreSQL database {name} ...", flush=True)
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(partial)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(partial)))
        url = f"{server}/{partial}"
        upgrade(url)
        engine = create_db_engine(url)
        try:
            build(engine, meetings)
        finally:
            engine.dispose()
        with psycopg.connect(_libpq(url), autocommit=True) as connection:
            connection.execute("VACUUM (ANALYZE)")
        admin.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(partial), sql.Identifier(name)))
        print(f"  built in {time.monotonic() - started:.0f} s", flush=True)
    return f"{server}/{name}"


def meeting_tables(url: str) -> list[str]:
    """`meetings` and every table linked to it by foreign keys, directly or through others: the
    tables a schema-mapping peer needs to map meetings, leaving out unrelated ones (full-text
    shadow tables, bookkeeping) whose keys such a peer may not support."""
    engine = create_engine(url)
    try:
        inspector = inspect(engine)
        links: dict[str, set[str]] = {}
        for table in inspector.get_table_names():
            for key in inspector.get_foreign_keys(table):
                other = key["referred_table"]
                links.setdefault(table, set()).add(other)
                links.setdefault(other, set()).add(table)
    finally:
        engine.dispose()
    seen, todo = {"meetings"}, ["meetings"]
    while todo:
        for other in links.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return sorted(seen)
