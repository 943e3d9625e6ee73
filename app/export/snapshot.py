"""`bilateral export --format sqlite`: the whole database as one standalone SQLite file."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from app.db.engine import create_db_engine
from app.db.migrate import upgrade
from app.export.copy import copy_tables

SNAPSHOT_NAME = "bilateral.db"


def write_snapshot(engine: Engine, out_dir: Path) -> Path:
    """Write OUT_DIR/bilateral.db, replacing any file there only once the new one is complete.

    From SQLite, `VACUUM INTO` copies the file as one read transaction sees it (search index
    included). From PostgreSQL, a new SQLite file is migrated and the rows are copied into it
    from one repeatable-read transaction; its triggers fill its own search index."""
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / SNAPSHOT_NAME
    partial = out_dir / f".{SNAPSHOT_NAME}.partial"
    partial.unlink(missing_ok=True)
    try:
        if engine.dialect.name == "sqlite":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM INTO ?", (str(partial),))
        else:
            _copy_into_sqlite(engine, partial)
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    return final


def _copy_into_sqlite(engine: Engine, path: Path) -> None:
    url = f"sqlite:///{path}"
    upgrade(url)
    target_engine = create_db_engine(url)
    try:
        with (engine.connect().execution_options(isolation_level="REPEATABLE READ") as source, source.begin(),
              target_engine.begin() as target):
            copy_tables(source, target)
    finally:
        target_engine.dispose()
    # WAL mode keeps a -wal and -shm beside the file; fold them in so the snapshot is one file.
    plain = sqlite3.connect(path)
    try:
        plain.execute("PRAGMA journal_mode = DELETE")
    finally:
        plain.close()
