"""Rows of an entity, read in batches through a server-side cursor, nested parts attached."""
from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection

from app.export.entities import Entity, Row

BATCH = 500


def entity_rows(connection: Connection, entity: Entity, *, batch: int = BATCH) -> Iterator[Row]:
    """Every row of `entity` in id order. Memory holds one batch: the main rows come from a
    server-side cursor (PostgreSQL) or SQLite's own stepping, `batch` at a time, and each nested
    part is fetched for the batch's ids with one statement on the same connection."""
    size = min(batch, entity.batch or batch)
    result = connection.execute(entity.rows, execution_options={"stream_results": True, "yield_per": size})
    for chunk in result.partitions():
        rows = [entity.shape(row) for row in chunk]
        ids = [row["id"] for row in rows]
        for part in entity.parts:
            found = part.load(connection, ids)
            for row in rows:
                row[part.name] = found.get(row["id"], part.empty)
        yield from rows
