"""Copy every table of the models from one database to another, in constant memory.

Used both ways: PostgreSQL into a fresh SQLite snapshot, and a snapshot into an empty database
of either engine. Ids are kept, so every id in the API's answers stays the same."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, Connection, Integer, Table, bindparam, delete, func, select, text, update

import app.db.models  # noqa: F401 - every table in Base.metadata
from app.db.base import Base

BATCH = 1000
# Articles carry their whole text (up to 2 MB each): fewer of them at a time keeps memory flat.
SMALL_BATCHES = {"articles": 20}


def model_tables() -> list[Table]:
    """The tables of the models, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def _self_references(table: Table) -> list[Column[Any]]:
    return [fk.parent for fk in table.foreign_keys if fk.column.table is table]


def _batches(source: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    ordered = select(table).order_by(*table.primary_key.columns)
    batch = SMALL_BATCHES.get(table.name, BATCH)
    result = source.execute(ordered, execution_options={"stream_results": True, "yield_per": batch})
    for chunk in result.partitions():
        yield [dict(row._mapping) for row in chunk]


def copy_tables(source: Connection, target: Connection) -> dict[str, int]:
    """Replace the rows of every model table in `target` (both migrated to the same revision) with
    those of `source`; return the number of rows copied per table. The caller owns the
    transactions. A column that refers to its own table (a region's country) is filled in a
    second pass, so rows may come in any order."""
    tables = model_tables()
    for table in reversed(tables):
        target.execute(delete(table))
    counts: dict[str, int] = {}
    for table in tables:
        later = _self_references(table)
        counts[table.name] = 0
        for rows in _batches(source, table):
            target.execute(table.insert(), [{**row, **{c.name: None for c in later}} for row in rows])
            counts[table.name] += len(rows)
        # Columns an UPDATE would stamp (`updated_at`) are given their copied values again.
        kept = [c for c in table.columns if c.onupdate is not None]
        for column in later:
            key = list(table.primary_key.columns)
            fill = (update(table).where(*(c == bindparam(f"key_{c.name}") for c in key))
                    .values({c.name: bindparam(f"value_{c.name}") for c in [column, *kept]}))
            for rows in _batches(source, table):
                pending = [{**{f"key_{c.name}": row[c.name] for c in key},
                            **{f"value_{c.name}": row[c.name] for c in [column, *kept]}}
                           for row in rows if row[column.name] is not None]
                if pending:
                    target.execute(fill, pending)
    if target.dialect.name == "postgresql":
        _restart_sequences(target, tables)
    return counts


def _restart_sequences(connection: Connection, tables: list[Table]) -> None:
    """Ids were inserted as they were; the next id each table hands out must come after them."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or key[0].autoincrement is False or not isinstance(key[0].type, Integer):
            continue
        name = key[0].name
        sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:table, :column)"),
                                     {"table": table.name, "column": name})
        if sequence is None:
            continue
        highest = connection.scalar(select(func.max(key[0])))
        connection.execute(text("SELECT setval(:sequence, :value, :called)"),
                           {"sequence": sequence, "value": highest or 1, "called": highest is not None})
