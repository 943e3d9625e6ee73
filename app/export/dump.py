"""`bilateral export --format ndjson|csv`: one file per entity, all read in one transaction."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from app.export.entities import ENTITIES
from app.export.formats import WRITERS, FileFormat
from app.export.stream import entity_rows


def export_files(engine: Engine, out_dir: Path, file_format: FileFormat,
                 progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Write OUT_DIR/ENTITY.FORMAT for every entity; return the number of rows of each. One
    snapshot of the data throughout (repeatable read on PostgreSQL, one read transaction on
    SQLite), so the files agree with each other even while an ingest writes."""
    out_dir.mkdir(parents=True, exist_ok=True)
    writer = WRITERS[file_format]
    counts: dict[str, int] = {}
    options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
    with engine.connect().execution_options(**options) as connection, connection.begin():
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN")  # the driver would not begin before a write
        for entity in ENTITIES:
            path = out_dir / f"{entity.name}.{file_format}"
            counts[entity.name] = writer.write(entity_rows(connection, entity), path)
            if progress is not None:
                progress(str(path), counts[entity.name])
    return counts
