"""SQL functions whose spelling differs between SQLite and PostgreSQL."""
from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement


class _DatePart(FunctionElement[str]):
    type = String()
    inherit_cache = True
    sqlite_format = ""
    postgresql_format = ""


class year_of(_DatePart):  # noqa: N801 - reads as a SQL function
    """'YYYY' of a date column."""

    inherit_cache = True
    sqlite_format = "%Y"
    postgresql_format = "YYYY"


class month_of(_DatePart):  # noqa: N801
    """'YYYY-MM' of a date column."""

    inherit_cache = True
    sqlite_format = "%Y-%m"
    postgresql_format = "YYYY-MM"


@compiles(_DatePart, "sqlite")
def _sqlite_date_part(element: _DatePart, compiler: Any, **kw: Any) -> str:
    return f"strftime('{element.sqlite_format}', {compiler.process(element.clauses, **kw)})"


@compiles(_DatePart, "postgresql")
def _postgresql_date_part(element: _DatePart, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, '{element.postgresql_format}')"


def date_part(kind: str, column: ColumnElement[Any]) -> ColumnElement[str]:
    return year_of(column) if kind == "year" else month_of(column)

