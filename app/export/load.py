"""`bilateral import`: a snapshot written by `bilateral export --format sqlite`, loaded into an
empty database of either engine."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select, text

from app.articles.models import Article
from app.export.copy import copy_tables


class ImportRefused(Exception):
    """The snapshot or the target database cannot be used; the message says why."""


def snapshot_revision(path: Path) -> str:
    """The schema revision the snapshot was migrated to, or `ImportRefused` when the file is not
    a snapshot at all."""
    if not path.is_file():
        raise ImportRefused(f"{path}: no such file")
    try:
        plain = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = plain.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            plain.close()
    except sqlite3.DatabaseError as exc:
        raise ImportRefused(f"{path}: not a snapshot of this project ({exc})") from None
    if row is None:
        raise ImportRefused(f"{path}: not a snapshot of this project (no schema revision)")
    return str(row[0])


def import_snapshot(path: Path, target: Engine) -> dict[str, int]:
    """Copy every row of the snapshot at `path` into `target` (migrated, holding no articles), in
    one transaction; return the rows copied per table."""
    revision = snapshot_revision(path)
    # Read-only and without the server's pragmas: importing leaves the snapshot file as it was.
    source_engine = create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true")
    try:
        with source_engine.connect() as source, source.begin(), target.begin() as connection:
            current = connection.scalar(text("SELECT version_num FROM alembic_version"))
            if current != revision:
                raise ImportRefused(
                    f"{path}: the snapshot is at schema revision {revision}, the database at {current}; "
                    "export again with this version"
                )
            if connection.scalar(select(func.count()).select_from(Article)):
                raise ImportRefused("the database already holds articles; import into an empty database")
            return copy_tables(source, connection)
    finally:
        source_engine.dispose()
