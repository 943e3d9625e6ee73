"""Read statements compiled once per dialect and run on the driver's own cursor.

For a statement that the database answers in a few microseconds (a primary-key read of stored
JSON), SQLAlchemy's work around each execution costs several times the database's: the cache
key of the statement (a walk of its whole tree on every call), an execution context, and a
transaction begun and rolled back. A `DirectStatement` keeps what matters of that path and
nothing else: parameters and results go through the column types' own processors, the engine's
`before_cursor_execute` listeners run (the request's deadline is one, `app.db.engine`; their
return values are not used), and driver errors come out as SQLAlchemy's, with a dropped
connection invalidated, so callers and `app.db.session` see what `Connection.execute` would
give them.

Only for reads: nothing here begins or ends a transaction."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Select
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import TypeEngine

_Processor = Callable[[Any], Any] | None


class Compiled:
    """A statement's SQL for one dialect, and how its values go in and its rows come out."""

    __slots__ = ("binds", "defaults", "names", "positional", "results", "sql", "types")

    def __init__(self, compiled: SQLCompiler, dialect: Dialect) -> None:
        self.sql = compiled.string
        self.positional = compiled.positiontup is not None
        self.names = tuple(compiled.positiontup) if compiled.positiontup is not None else tuple(compiled.binds)
        binds = [compiled.binds[name] for name in self.names]
        self.defaults = tuple(bind.value for bind in binds)
        self.types: tuple[TypeEngine[Any], ...] = tuple(bind.type for bind in binds)
        self.binds: tuple[_Processor, ...] = tuple(bind.type.dialect_impl(dialect).bind_processor(dialect) for bind in binds)
        # A result processor may depend on the driver's type of the column (psycopg's numbers
        # do), which only the first cursor tells.
        self.results: tuple[_Processor, ...] | None = None

    def parameters(self, values: Mapping[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        given = (values.get(name, default) for name, default in zip(self.names, self.defaults))
        processed = [value if bind is None else bind(value) for bind, value in zip(self.binds, given)]
        return tuple(processed) if self.positional else dict(zip(self.names, processed))

    def rows(
        self, statement: Select[Any], dialect: Dialect, type_codes: Callable[[], Iterable[Any]], raw: list[tuple[Any, ...]]
    ) -> list[tuple[Any, ...]]:
        """`raw` through the columns' result processors; `type_codes` gives the driver's type of
        each column, asked for only the first time."""
        results = self.results
        if results is None:
            results = self.results = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, type_code)
                for column, type_code in zip(statement.selected_columns, type_codes())
            )
        if not any(results):
            return [tuple(row) for row in raw]
        return [tuple(value if result is None else result(value) for result, value in zip(results, row)) for row in raw]


def _compile(statement: Select[Any], dialect: Dialect) -> Compiled | None:
    """None for a statement with an expanding parameter (`IN` of a list), whose SQL depends on
    the number of values: SQLAlchemy renders those per call."""
    compiled = statement.compile(dialect=dialect)
    if any(bind.expanding for bind in compiled.binds.values()):
        return None
    return Compiled(compiled, dialect)  # type: ignore[arg-type]


class DirectStatement:
    """`statement`, a SELECT built once and run many times, run straight on the driver; see the
    module's doc for when that pays."""

    def __init__(self, statement: Select[Any]) -> None:
        self.statement = statement
        self._by_dialect: dict[tuple[str, str], Compiled | None] = {}

    def compiled_for(self, dialect: Dialect) -> Compiled | None:
        """The statement's SQL for `dialect` and its processors; None when its SQL changes from
        call to call (expanding parameters)."""
        key = (dialect.name, dialect.paramstyle)  # a dialect's placeholders can be set when it is made
        try:
            return self._by_dialect[key]
        except KeyError:
            compiled = self._by_dialect[key] = _compile(self.statement, dialect)
            return compiled

    def all(self, connection: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The rows of the statement for `values`, by parameter name (a parameter left out takes
        the value bound in the statement, if any).

        Run on the driver only where that begins no transaction: a connection in none, on
        SQLite (whose driver begins one only to write) or in autocommit (as `app.db.session`
        keeps its PostgreSQL connections), and for a statement without expanding parameters.
        Elsewhere it is an ordinary `execute`."""
        compiled = self.compiled_for(connection.dialect)
        if compiled is None or connection.in_transaction() or not _autocommits(connection):
            return [tuple(row) for row in connection.execute(self.statement, dict(values))]
        parameters = compiled.parameters(values)
        driver_connection = connection.connection.dbapi_connection
        cursor = None
        try:
            cursor = driver_connection.cursor()  # type: ignore[union-attr]
            connection.dispatch.before_cursor_execute(connection, cursor, compiled.sql, parameters, None, False)
            cursor.execute(compiled.sql, parameters)
            raw = cursor.fetchall()
            return compiled.rows(self.statement, connection.dialect, lambda: [column[1] for column in cursor.description], raw)
        except connection.dialect.loaded_dbapi.Error as error:
            raise _wrapped(connection, compiled.sql, parameters, error, driver_connection, cursor) from error
        finally:
            if cursor is not None:
                cursor.close()


def _autocommits(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite" or connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT"


def _wrapped(connection: Connection, sql: str, parameters: Any, error: Exception, driver_connection: Any, cursor: Any) -> DBAPIError:
    """The driver's `error` as SQLAlchemy raises it; a lost connection is invalidated, as
    `Connection.execute` does, so that its thread opens a new one."""
    dialect = connection.dialect
    lost = dialect.is_disconnect(error, driver_connection, cursor)
    if lost:
        connection.invalidate(error)
    return DBAPIError.instance(
        sql, parameters, error, dialect.loaded_dbapi.Error, connection_invalidated=lost, dialect=dialect
    )
