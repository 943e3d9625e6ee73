"""Answering a list request: one JSON page, or every matching row streamed as CSV or NDJSON.

Exports walk the same keyset pages a client would, `EXPORT_BATCH` rows at a time, so memory
stays constant whatever the number of rows. Each batch is fetched and encoded in a thread of the
export lane (app.db.session) under the export's own deadline; the event loop only sends bytes.
CSV flattens each item: a nested object becomes dotted columns (`evidence.start`,
`commission.name`), a list becomes its values joined by "; ", and null becomes an empty cell."""
from __future__ import annotations

import csv
import io
import types
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from functools import partial
from typing import Any, Literal, Union, get_args, get_origin

import orjson
from fastapi import Request
from pydantic import BaseModel
from sqlalchemy import Connection
from starlette.responses import Response

from app.core.errors import InvalidParameterError, NotAcceptableError
from app.core.pagination import JsonPage, Page, PageRead
from app.core.params import PageParams
from app.core.responses import ExportResponse, dumps, json_response, next_link, page_body, raw_json_response
from app.db.engine import DeadlineExceeded
from app.db.session import Database

EXPORT_BATCH = 1000
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "ndjson": "application/x-ndjson"}
LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A page as JSON; with `format=csv|ndjson` or the matching `Accept`, every matching row.",
        "content": {"text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}},
    }
}
Fetch = Callable[[Connection, PageParams], Page]
# The JSON page of a list as one read for a dialect, where the list has one (else None).
ReadPage = Callable[[str, PageParams], PageRead | None]


def sort_help(fields: tuple[str, ...], default: str, search_default: str | None = None) -> str:
    """The sorting sentence of a list endpoint's description."""
    searched = f", or `{search_default}` with `q`; `relevance` needs `q`" if search_default else ""
    return f"Sort keys: {', '.join(fields)} (default `{default}`{searched}; ties broken by id)."


FORMATS: dict[str, Literal["json", "csv", "ndjson"]] = {
    "application/json": "json",
    "text/csv": "csv",
    "application/x-ndjson": "ndjson",
}


def _quality(accept: str, media_type: str) -> tuple[float, int]:
    """(q, specificity) of the most specific range in `accept` that covers `media_type`."""
    best = (0.0, -1)
    kind = media_type.split("/")[0]
    for part in accept.split(","):
        range_, *options = (piece.strip() for piece in part.split(";"))
        specificity = 2 if range_ == media_type else 1 if range_ == f"{kind}/*" else 0 if range_ == "*/*" else -1
        if specificity < 0 or specificity < best[1]:
            continue
        q = 1.0
        for option in options:
            name, _, value = option.partition("=")
            if name.strip() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        best = (q, specificity)
    return best


def negotiate(request: Request, params: PageParams) -> Literal["json", "csv", "ndjson"]:
    """`format` wins; otherwise the Accept header's preferred format (JSON on a tie or with no
    header); 406 when it accepts none of them."""
    if params.format:
        return params.format
    accept = request.headers.get("accept", "").strip()
    if not accept:
        return "json"
    ranked = sorted(((_quality(accept, media), -i, fmt) for i, (media, fmt) in enumerate(FORMATS.items())), reverse=True)
    (q, _), _, fmt = ranked[0]
    if q <= 0:
        raise NotAcceptableError(f"Acceptable here: {', '.join(FORMATS)} (or `format=`).")
    return fmt


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if get_origin(annotation) in (Union, types.UnionType):
        models = [m for m in (_model_of(a) for a in get_args(annotation)) if m]
        return models[0] if models else None
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def csv_columns(
    model: type[BaseModel], fields: tuple[str, ...] | None, prefix: str = "", *, omitted: frozenset[str] = frozenset()
) -> list[str]:
    """Column names in the order of `fields` (or of the schema, less `omitted`), nested objects as
    dotted names."""
    columns = []
    for name in fields if fields is not None else tuple(f for f in model.model_fields if f not in omitted):
        nested = _model_of(model.model_fields[name].annotation)
        columns.extend(csv_columns(nested, None, f"{prefix}{name}.") if nested else [f"{prefix}{name}"])
    return columns


def _cell(item: dict[str, Any], column: str) -> str:
    value: Any = item
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return ""
    if isinstance(value, list):
        return _defused("; ".join(v if isinstance(v, str) else orjson.dumps(v).decode() for v in value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return _defused(value) if isinstance(value, str) else dumps(value).decode().strip('"')


_FORMULA_STARTS = frozenset("=+-@\t\r")


def _defused(text: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice
    for CSV injection); numbers are never text here, so they keep their sign."""
    return "'" + text if text[:1] in _FORMULA_STARTS else text



def _project(items: list[dict[str, Any]], fields: tuple[str, ...] | None) -> list[dict[str, Any]]:
    if fields is None:
        return items
    # .get: a field `include=` can add is null in an item that did not include it.
    return [{name: item.get(name) for name in fields} for item in items]


def check_fields(model: type[BaseModel], fields: tuple[str, ...] | None) -> None:
    unknown = [f for f in fields or () if f not in model.model_fields]
    if unknown:
        raise InvalidParameterError("fields", f"unknown field(s) {', '.join(unknown)}; use any of {', '.join(model.model_fields)}")


async def list_response(
    request: Request,
    db: Database,
    params: PageParams,
    fetch: Fetch,
    item_model: type[BaseModel],
    extra: Callable[[Connection], dict[str, Any]] | None = None,
    *,
    omitted: frozenset[str] = frozenset(),
    read: ReadPage | None = None,
) -> Response:
    """The response of a list endpoint for `params`: a JSON page (with the keys `extra` adds),
    or an export stream. `omitted` names optional item fields this request leaves out (no CSV
    column for them). `read` gives the JSON page as one statement, which `Database.read` runs
    (on PostgreSQL on the event loop, without a database thread); `fetch` serves the rest."""
    check_fields(item_model, params.fields)
    kind = negotiate(request, params)
    if kind == "json":
        one_read = read(db.dialect, params) if read is not None else None
        if one_read is not None:
            page: Page = one_read.json_page(await db.read(one_read.statement, one_read.bound()))
        else:
            page = await db.run(fetch, params)
        rest: dict[str, Any] = {"next_cursor": page.next_cursor}
        if page.total is not None:
            rest["total"] = page.total
        if extra is not None:
            rest.update(await db.run(extra))
        headers = next_link(request, page.next_cursor)
        if isinstance(page, JsonPage) and params.fields is None:
            return raw_json_response(page_body(page.items_json(), rest), headers=headers)
        return json_response({"items": _project(_dicts(page), params.fields), **rest}, headers=headers)

    if kind == "ndjson":
        header, encode = b"", _ndjson_encoder(params.fields)
    else:
        columns = csv_columns(item_model, params.fields, omitted=omitted)
        header, encode = _csv_rows([columns]), _csv_encoder(columns)
    batch = replace(params, limit=EXPORT_BATCH, include_total=False)
    fetch_batch = partial(_encoded_batch, fetch=fetch, encode=encode)
    deadline = db.export_deadline()
    # Before the stream starts, so a bad sort or cursor is still a 422 (and a database out of
    # time a 503).
    first, cursor = await db.run_export(deadline, fetch_batch, batch)
    if deadline.expired():
        # The first batch took the whole budget: there would be no time left to send it.
        raise DeadlineExceeded("the export's time ran out before its first rows were read")

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal cursor
        yield header + first
        while cursor:
            chunk, cursor = await db.run_export(deadline, fetch_batch, batch.next(cursor, EXPORT_BATCH))
            yield chunk

    return ExportResponse(chunks(), media_type=MEDIA_TYPES[kind], deadline=deadline, running=partial(db.running, deadline))


Encode = Callable[[Page], bytes]


def _encoded_batch(connection: Connection, params: PageParams, *, fetch: Fetch, encode: Encode) -> tuple[bytes, str | None]:
    """One batch of an export as the bytes to send, and the cursor of the next (in a database thread)."""
    page = fetch(connection, params)
    return encode(page), page.next_cursor


def _dicts(page: Page) -> list[dict[str, Any]]:
    return page.dicts() if isinstance(page, JsonPage) else page.items


def _ndjson_encoder(fields: tuple[str, ...] | None) -> Encode:
    def encode(page: Page) -> bytes:
        if isinstance(page, JsonPage) and fields is None:
            return "".join(item + "\n" for item in page.items).encode()
        return b"".join(dumps(item) + b"\n" for item in _project(_dicts(page), fields))

    return encode


def _csv_rows(rows: Any) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode()


def _csv_encoder(columns: list[str]) -> Encode:
    def encode(page: Page) -> bytes:
        return _csv_rows([_cell(item, c) for c in columns] for item in _dicts(page))

    return encode
