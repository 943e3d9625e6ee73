"""JSON documents built by the database, the same on SQLite and PostgreSQL.

A list page of meetings used to go from rows to SQLAlchemy rows, to dicts, to orjson bytes. Here
the statement itself returns each item as JSON text (SQLite's JSON1 functions, PostgreSQL's
`json_build_object`), and the response is those texts joined. For a page of 50 on SQLite that
was 0.4 ms of SQL and about 1.1 ms of Python, and is 0.6 ms of SQL and no Python; on PostgreSQL
the work moves into the database server, off the API's processes. Both engines keep key order
and print dates as ISO text, so the bytes are the API's JSON as the schemas describe it."""
from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, Text, literal_column, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


def _engine_function(name: str, *, sqlite: str, postgresql: str) -> type[FunctionElement[str]]:
    """A SQL function of text spelled differently on the two engines; `{}` in each spelling
    stands for its arguments."""
    function: type[FunctionElement[str]] = type(name, (FunctionElement,), {"type": Text(), "inherit_cache": True, "name": name})

    @compiles(function)
    def _on_sqlite(element: FunctionElement[str], compiler: SQLCompiler, **kw: Any) -> str:
        return sqlite.format(compiler.process(element.clauses, **kw))

    @compiles(function, "postgresql")
    def _on_postgresql(element: FunctionElement[str], compiler: SQLCompiler, **kw: Any) -> str:
        return postgresql.format(compiler.process(element.clauses, **kw))

    return function


_JsonObject = _engine_function("json_object", sqlite="json_object({})", postgresql="json_build_object({})")
# A JSON value from a subquery, placed inside an object as JSON rather than as a string. SQLite
# marks JSON by a value subtype that does not cross a subquery, so `json()` marks it again;
# PostgreSQL's `json` type carries it.
_Nested = _engine_function("json_nested", sqlite="json({})", postgresql="{}")
# psycopg would parse a `json` column into Python objects: the outermost document comes as text.
_AsText = _engine_function("json_text", sqlite="{}", postgresql="CAST({} AS TEXT)")
# A timestamp kept in UTC (SQLAlchemy stores `YYYY-MM-DD HH:MM:SS.ffffff` on SQLite) as orjson
# writes an aware datetime: `2026-11-29T18:30:02.518000+00:00`, no fraction when it is zero.
_Timestamp = _engine_function(
    "json_timestamp",
    sqlite="replace(replace({}, ' ', 'T'), '.000000', '') || '+00:00'",
    postgresql="""replace(to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '.000000', '') || '+00:00'""",
)


class _JsonArray(FunctionElement[str]):
    """The values of one column of a subquery as a JSON array, `[]` when it has no rows; its
    arguments are the value and the columns that order it."""

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
