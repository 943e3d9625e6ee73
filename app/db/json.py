"""JSON documents built by the database, the same on SQLite and PostgreSQL.

A list page of meetings used to go from rows to SQLAlchemy rows, to dicts, to orjson: at 50 rows
with nested sides, sectors and evidence, that Python work cost four times the SQL. Here the
statement itself returns each item as JSON text (SQLite's JSON1 functions, PostgreSQL's
`json_build_object`), and the response is those texts joined. Both engines keep key order and
print dates as ISO text, so the bytes are the API's JSON as the schemas describe it."""
from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, Text, literal_column, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class _JsonObject(FunctionElement[str]):
    type = Text()
    inherit_cache = True
    name = "json_object"


@compiles(_JsonObject)
def _json_object_sqlite(element: _JsonObject, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_object({compiler.process(element.clauses, **kw)})"


@compiles(_JsonObject, "postgresql")
def _json_object_postgresql(element: _JsonObject, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_build_object({compiler.process(element.clauses, **kw)})"


class _JsonArray(FunctionElement[str]):
    """The values of one column of a subquery as a JSON array, `[]` when it has no rows."""

    type = Text()
    inherit_cache = True
    name = "json_array_agg"


@compiles(_JsonArray)
def _json_array_sqlite(element: _JsonArray, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite before 3.44 has no ORDER BY in aggregates; it aggregates an ordered subquery's
    # rows in order (the subquery is ordered by the same keys).
    value = next(iter(element.clauses))
    return f"json_group_array({compiler.process(value, **kw)})"


@compiles(_JsonArray, "postgresql")
def _json_array_postgresql(element: _JsonArray, compiler: SQLCompiler, **kw: Any) -> str:
    value, *keys = element.clauses
    order = ", ".join(compiler.process(key, **kw) for key in keys)
    return f"coalesce(json_agg({compiler.process(value, **kw)} ORDER BY {order}), '[]'::json)"


class _Nested(FunctionElement[str]):
    """A JSON value from a subquery, placed inside an object as JSON rather than as a string.
    SQLite marks JSON by a value subtype that does not cross a subquery, so `json()` marks it
    again; PostgreSQL's `json` type carries it."""

    type = Text()
    inherit_cache = True
    name = "json_nested"


@compiles(_Nested)
def _nested_sqlite(element: _Nested, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json({compiler.process(element.clauses, **kw)})"


@compiles(_Nested, "postgresql")
def _nested_postgresql(element: _Nested, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


class _AsText(FunctionElement[str]):
    """A JSON document as text: psycopg would parse a `json` column into Python objects."""

    type = Text()
    inherit_cache = True
    name = "json_text"


@compiles(_AsText)
def _as_text_sqlite(element: _AsText, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(_AsText, "postgresql")
def _as_text_postgresql(element: _AsText, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS TEXT)"


class _Timestamp(FunctionElement[str]):
    """A timestamp stored in UTC as ISO 8601 text, as orjson writes an aware datetime
    (`2026-11-29T18:30:02.518000+00:00`, no fraction when it is zero)."""

    type = Text()
    inherit_cache = True
    name = "json_timestamp"


@compiles(_Timestamp)
def _timestamp_sqlite(element: _Timestamp, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLAlchemy stores `YYYY-MM-DD HH:MM:SS.ffffff` on SQLite, in UTC here.
    value = compiler.process(element.clauses, **kw)
    return f"replace(replace({value}, ' ', 'T'), '.000000', '') || '+00:00'"


@compiles(_Timestamp, "postgresql")
def _timestamp_postgresql(element: _Timestamp, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    return f"""replace(to_char({value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '.000000', '') || '+00:00'"""


def json_timestamp(column: ColumnElement[Any]) -> ColumnElement[str]:
    """`column` (a timezone-aware timestamp kept in UTC) as the API writes timestamps."""
    return _Timestamp(column)


def json_object(**members: ColumnElement[Any] | None) -> ColumnElement[str]:
    """A JSON object with `members` in the given order; None is JSON null."""
    arguments: list[Any] = []
    for name, value in members.items():
        arguments += [literal_column(f"'{name}'"), value if value is not None else literal_column("NULL")]
    return _JsonObject(*arguments)


def json_array(rows: Select[Any]) -> ColumnElement[str]:
    """A JSON array of the first column of `rows`, ordered by the columns after it (ascending),
    as a value for `json_object`."""
    value, *keys = rows.selected_columns
    ordered = rows.order_by(*keys).subquery()
    item, *columns = ordered.c
    # JSON objects lose their JSON marking on SQLite as they leave the subquery, like any JSON.
    element = _Nested(item) if isinstance(value, _JsonObject) else item
    return _Nested(select(_JsonArray(element, *columns)).select_from(ordered).scalar_subquery())


def nested(value: ColumnElement[Any]) -> ColumnElement[str]:
    """A JSON value that came out of a subquery (a `json_object` in a CASE, say), kept as JSON."""
    return _Nested(value)


def as_text(document: ColumnElement[Any]) -> ColumnElement[str]:
    """The outermost document of a statement, returned as text on both engines."""
    return _AsText(document)
