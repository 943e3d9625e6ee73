"""Keyset pagination with allow-listed sort keys.

The order always ends with the primary key, so every row has one position; a cursor holds the
sort of the page it came from and the sort values of its last row. NULLs sort last in both
directions on both engines."""
from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from typing import Any

import orjson
from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Numeric,
    Select,
    and_,
    bindparam,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
)

from app.core.errors import InvalidParameterError
from app.core.params import PageParams
from app.db.direct import DirectStatement

# Integer columns are 32 bits on PostgreSQL (SQLite would take 64): a cursor value outside the
# column's range on either engine is refused on both, before any SQL sees it.
INTEGER_RANGE = range(-(2**31), 2**31)
BIG_INTEGER_RANGE = range(-(2**63), 2**63)
MAX_CURSOR_TEXT = 1000
NUMERIC_DIGITS = 38  # for a NUMERIC column that does not say its precision


@dataclass(frozen=True)
class SortKey:
    """A sortable field: its SQL column and whether it can be NULL. Cursor values are checked
    against the column's type on the way back in, so an edited cursor is a 422, not SQL error."""

    column: ColumnElement[Any]
    nullable: bool = False

    @staticmethod
    def of_date(column: ColumnElement[Any], *, nullable: bool = True) -> SortKey:
        return SortKey(column, nullable)

    def decode(self, value: Any) -> Any:
        if value is None:
            if not self.nullable:
                raise ValueError("NULL for a column that has none")
            return None
        kind = self.column.type.python_type
        if kind in (date, datetime, Decimal):
            if not isinstance(value, str) or len(value) > 64:
                raise ValueError(f"expected text for a {kind.__name__}")
            return self._decimal(value) if kind is Decimal else kind.fromisoformat(value)
        if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
            number = float(value)
            if not math.isfinite(number):
                raise ValueError("expected a finite number")
            return number
        if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
            raise ValueError(f"expected {kind.__name__}")
        if kind is int and value not in (BIG_INTEGER_RANGE if isinstance(self.column.type, BigInteger) else INTEGER_RANGE):
            raise ValueError("integer out of the column's range")
        if kind is str and (len(value) > MAX_CURSOR_TEXT or "\x00" in value):
            raise ValueError("text the column cannot hold")
        return value

    def _decimal(self, text: str) -> Decimal:
        """A finite decimal that fits the column's precision (`sNaN`, `1e999999` do not)."""
        number = Decimal(text)
        column_type = self.column.type
        precision, scale = (column_type.precision, column_type.scale) if isinstance(column_type, Numeric) else (None, None)
        digits = (precision or NUMERIC_DIGITS) - (scale or 0)
        if not number.is_finite() or abs(number) >= Decimal(10) ** digits:
            raise ValueError("not a number the column can hold")
        return number


@dataclass(frozen=True)
class Order:
    names: tuple[str, ...]
    keys: tuple[tuple[SortKey, bool], ...]  # (key, descending)
    text: str

    def order_by(self) -> list[ColumnElement[Any]]:
        """NULLS LAST only where a column can hold NULLs: PostgreSQL matches an ORDER BY to an
        index only when the NULL placements agree, and `id DESC NULLS LAST` agrees with none."""
        ordered = [k.column.desc() if desc else k.column.asc() for k, desc in self.keys]
        return [o.nulls_last() if k.nullable else o for o, (k, _) in zip(ordered, self.keys, strict=True)]

    def after(self, nulls: Sequence[bool]) -> ColumnElement[bool]:
        """Rows strictly after the row whose sort values are the parameters `after_0`, `after_1`,
        ...; `nulls` says which of those values are NULL (they need other SQL)."""
        values = [None if null else bindparam(f"after_{i}") for i, null in enumerate(nulls)]
        clauses = []
        for i, ((key, desc), value) in enumerate(zip(self.keys, values, strict=True)):
            equal_before = [
                (k.column.is_(None) if v is None else k.column == v) for (k, _), v in zip(self.keys[:i], values[:i], strict=True)
            ]
            if value is None:
                beyond: ColumnElement[bool] = false()
            else:
                beyond = key.column < value if desc else key.column > value
                if key.nullable:
                    beyond = or_(beyond, key.column.is_(None))
            clauses.append(and_(*equal_before, beyond) if equal_before else beyond)
        return or_(*clauses) if clauses else true()


def after_params(values: Sequence[Any]) -> dict[str, Any]:
    return {f"after_{i}": value for i, value in enumerate(values) if value is not None}


def parse_sort(raw: str | None, allowed: Mapping[str, SortKey], default: str, tiebreak: str = "id") -> Order:
    """Parse `-date,id` against the allow-list; the tie-breaking key is appended when missing."""
    text = raw or default
    names: list[str] = []
    keys: list[tuple[SortKey, bool]] = []
    for part in (p.strip() for p in text.split(",")):
        name = part.removeprefix("-")
        if name not in allowed:
            raise InvalidParameterError("sort", f"unknown sort key {name!r}; use one of {', '.join(sorted(allowed))}")
        if name in names:
            raise InvalidParameterError("sort", f"sort key {name!r} given twice")
        names.append(name)
        keys.append((allowed[name], part.startswith("-")))
    if tiebreak not in names:
        descending = keys[-1][1]
        names.append(tiebreak)
        keys.append((allowed[tiebreak], descending))
    return Order(tuple(names), tuple(keys), text)


def encode_cursor(order: Order, values: Sequence[Any]) -> str:
    payload = orjson.dumps({"s": order.text, "v": list(values)})
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def decode_cursor(order: Order, cursor: str) -> list[Any]:
    try:
        payload = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if payload["s"] != order.text:
            raise InvalidParameterError("cursor", "this cursor belongs to another sort order")
        raw = payload["v"]
        if not isinstance(raw, list) or len(raw) != len(order.keys):
            raise ValueError("wrong number of values")
        return [key.decode(v) for (key, _), v in zip(order.keys, raw, strict=True)]
    except InvalidParameterError:
        raise
    except (ValueError, KeyError, TypeError, ArithmeticError, binascii.Error, orjson.JSONDecodeError):
        raise InvalidParameterError("cursor", "not a cursor returned by this API") from None


@dataclass(frozen=True)
class Page:
    """One page of a list: its items, the cursor of the next page, and the total when asked for."""

    items: list[Any]
    next_cursor: str | None
    total: int | None = None

    @staticmethod
    def empty(include_total: bool) -> Page:
        return Page([], None, 0 if include_total else None)

    def map(self, convert: Callable[[list[Any]], list[dict[str, Any]]]) -> Page:
        return Page(convert(self.items), self.next_cursor, self.total)

    def as_json(self, texts: Iterable[str]) -> JsonPage:
        """This page with its items given as JSON texts the database built."""
        return JsonPage(list(texts), self.next_cursor, self.total)


@dataclass(frozen=True)
class JsonPage(Page):
    """A page whose items are JSON texts: sent as they are, parsed only to pick `fields` or to
    flatten into CSV."""

    def dicts(self) -> list[dict[str, Any]]:
        return [orjson.loads(item) for item in self.items]

    def items_json(self) -> str:
        """The items as the inside of a JSON array."""
        return ",".join(self.items)


class JoinedJsonPage(JsonPage):
    """A `JsonPage` read as one row (`JoinedPageStatement`): its items stay joined, and are
    split apart only when one is asked for (`fields=`, exports). A JSON page is sent without
    splitting: the joined text becomes the array with one replace; splitting it and joining it
    again cost 124,000 instructions of a 50-item page, 5% of the request (bench/README.md)."""

    def __init__(self, joined: str, next_cursor: str | None, total: int | None) -> None:
        object.__setattr__(self, "_joined", joined)
        object.__setattr__(self, "next_cursor", next_cursor)
        object.__setattr__(self, "total", total)

    @cached_property
    def items(self) -> list[str]:  # type: ignore[override]
        return self._joined.split(_ITEM_SEPARATOR) if self._joined else []

    def items_json(self) -> str:
        return self._joined.replace(_ITEM_SEPARATOR, ",")


def page_statement(base: Select[Any], order: Order, cursor_nulls: Sequence[bool] | None) -> Select[Any]:
    """`base` with the sort columns, the keyset predicate when there is a cursor, the order and
    a `page_limit` parameter. Build it once per shape of request and run it many times: building
    and matching a statement costs more than SQLite takes to answer it."""
    stmt = base.add_columns(*(key.column.label(f"_sort_{i}") for i, (key, _) in enumerate(order.keys)))
    if cursor_nulls is not None:
        stmt = stmt.where(order.after(cursor_nulls))
    return stmt.order_by(*order.order_by()).limit(bindparam("page_limit"))


def count_statement(base: Select[Any]) -> Select[Any]:
    return select(func.count()).select_from(base.add_columns(literal_column("1")).subquery())


def cursor_values(order: Order, page: PageParams) -> list[Any] | None:
    return decode_cursor(order, page.cursor) if page.cursor else None


def run_page(
    connection: Connection,
    stmt: Select[Any] | DirectStatement,
    order: Order,
    params: dict[str, Any],
    page: PageParams,
    values: list[Any] | None,
    count: Select[Any] | None = None,
) -> Page:
    """Run a page statement (from `page_statement`, or one wrapped in a `DirectStatement`)
    with `params` and the decoded cursor `values`: a Page of rows.

    Fetches `limit + 1` rows: the extra one only says whether a next page exists. `count`, the
    `count_statement` of the same base, gives the total when the page asks for it."""
    total = _total(connection, count, params, page)
    bound = _bound(params, values, page)
    rows = stmt.all(connection, bound) if isinstance(stmt, DirectStatement) else connection.execute(stmt, bound).all()
    return _page_of_rows(rows, order, page, total)


def _page_of_rows(rows: list[Any], order: Order, page: PageParams, total: int | None) -> Page:
    if len(rows) <= page.limit:
        return Page(rows, None, total)
    rows = rows[: page.limit]
    last = rows[-1]
    sort_values = last[len(last) - len(order.keys):]  # the `_sort_{i}` columns come last
    return Page(rows, encode_cursor(order, [_portable(value) for value in sort_values]), total)


def _total(connection: Connection, count: Select[Any] | None, params: dict[str, Any], page: PageParams) -> int | None:
    return connection.scalar(count, params) if page.include_total and count is not None else None


def _bound(params: dict[str, Any], values: list[Any] | None, page: PageParams) -> dict[str, Any]:
    """A page statement's parameters: the filters', the cursor's, and `limit + 1` rows."""
    return {**params, **after_params(values or []), "page_limit": page.limit + 1}


# Joins the items of a page read as one row: no JSON text holds a raw control character.
_ITEM_SEPARATOR = "\x1e"


class JoinedPageStatement(DirectStatement):
    """A `page_statement` whose first column is each item's JSON text, read as one row (SQLite):
    the items joined by a separator, the number of rows, and each row's sort values as a JSON
    array, joined the same way. The page statement reads one row past the page (`page_limit`),
    whose item `PageRead.json_page` cuts off again.

    Python's sqlite3 hands the GIL over and back for every row it steps through; with a worker's
    database threads busy, that cost more than SQLite's own work (0.11 ms of CPU against 0.03 ms
    for a page of 51 stored items in 8 threads, bench/README.md). The rows are not numbered with
    a window function, which copies every item into a temporary table: a page of 50 stored
    meetings took 77 µs with one, 58 µs without, on one thread. Only for sort keys that JSON
    carries exactly (dates, integers, text): a float's JSON would not give the cursor back."""

    def __init__(self, page: Select[Any], order: Order) -> None:
        rows = page.subquery("page_rows")
        sort_values = [rows.c[f"_sort_{i}"] for i in range(len(order.keys))]
        separator = literal(_ITEM_SEPARATOR)
        # Aggregated in the order the page statement gives its rows.
        super().__init__(select(
            func.group_concat(rows.c[0], separator), func.count(), func.group_concat(func.json_array(*sort_values), separator),
        ))


def _drop_last(joined: str) -> tuple[str, str]:
    """`joined` (parts separated by `_ITEM_SEPARATOR`, at least two) without its last part, and
    the part that is now last."""
    end = joined.rindex(_ITEM_SEPARATOR)
    start = joined.rfind(_ITEM_SEPARATOR, 0, end) + 1
    return joined[:end], joined[start:end]


@dataclass(frozen=True, slots=True)
class PageRead:
    """A JSON page that one `DirectStatement` answers (its first column each item's JSON text, or,
    for a `JoinedPageStatement`, the items read as one row), made ready to run: `Database.read`
    runs `statement` with `bound()` where that is cheapest (on PostgreSQL, on the event loop) and
    `json_page` makes the page of its rows; `run` does both in a database thread."""

    statement: DirectStatement
    order: Order
    params: dict[str, Any]
    page: PageParams
    values: list[Any] | None

    def bound(self) -> dict[str, Any]:
        return _bound(self.params, self.values, self.page)

    def run(self, connection: Connection, count: Select[Any] | None = None) -> JsonPage:
        """The page read on `connection`, with its total from `count` when the page asks for it."""
        total = _total(connection, count, self.params, self.page)
        return self.json_page(self.statement.all(connection, self.bound()), total)

    def json_page(self, rows: list[Any], total: int | None = None) -> JsonPage:
        """The page of the statement's `rows` (`limit + 1` at most; a `JoinedPageStatement`'s
        one row)."""
        order, page = self.order, self.page
        if not isinstance(self.statement, JoinedPageStatement):
            plain = _page_of_rows(rows, order, page, total)
            return plain.as_json(row[0] for row in plain.items)
        joined, count, sort_values = rows[0]
        cursor = None
        if count > page.limit:
            joined, _ = _drop_last(joined)  # the row past the page
            _, last = _drop_last(sort_values)
            cursor = encode_cursor(order, orjson.loads(last))
        return JoinedJsonPage(joined or "", cursor, total)


def fetch_page(connection: Connection, stmt: Select[Any], order: Order, page: PageParams, params: dict[str, Any] | None = None) -> Page:
    """One page of `stmt` (the FROM and WHERE of a list) in `order`, building the page
    statement for this request only."""
    values = cursor_values(order, page)
    nulls = [v is None for v in values] if values is not None else None
    return run_page(connection, page_statement(stmt, order, nulls), order, params or {}, page, values, count_statement(stmt))


def _portable(value: Any) -> Any:
    """A sort value as JSON can carry it; SortKey.decode turns it back."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value

