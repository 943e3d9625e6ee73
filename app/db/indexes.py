"""Indexes that only one engine needs."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Index


def newest_first(
    name: str, *leading: ColumnElement, date: ColumnElement, id_: ColumnElement, include: tuple[ColumnElement, ...] = ()
) -> Index:
    """A PostgreSQL index in the order `date DESC NULLS LAST, id DESC` after `leading` columns,
    holding the `include` columns as well. PostgreSQL cannot read an ascending index backwards
    for that order (its descending scans put NULLs first), so without it every "newest first"
    page sorts its whole date range. SQLite's descending scans already put NULLs last: there,
    the ascending index serves."""
    included = {"postgresql_include": [column.key for column in include]} if include else {}  # type: ignore[attr-defined]
    return Index(name, *leading, date.desc().nulls_last(), id_.desc(), **included).ddl_if(dialect="postgresql")


def include_object(dialect: str) -> Callable[..., bool]:
    """Alembic `include_object` hook: a model's index for another engine is not compared."""

    def include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        condition = getattr(obj, "_ddl_if", None)
        return condition is None or condition.dialect in (None, dialect)

    return include
