"""Query parameters shared by every list endpoint."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated, Literal

from fastapi import Depends, Query

from app.core.errors import InvalidParameterError

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL
ExportFormat = Literal["json", "csv", "ndjson"]


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None
    sort: str | None
    include_total: bool = False
    fields: tuple[str, ...] | None = None
    format: ExportFormat | None = None

    def next(self, cursor: str, limit: int) -> PageParams:
        return replace(self, cursor=cursor, limit=limit, include_total=False)


async def shape_params(
    fields: Annotated[
        str | None,
        Query(description="Comma-separated top-level fields to return, e.g. `id,date,title` (also the CSV columns).", examples=["id,date,title"]),
    ] = None,
    format: Annotated[
        ExportFormat | None,
        Query(description="`csv` or `ndjson` streams every matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`."),
    ] = None,
) -> PageParams:
    """`fields` and `format` alone, for lists short enough to come in one piece."""
    names = tuple(dict.fromkeys(f.strip() for f in fields.split(","))) if fields is not None else None
    if names is not None and not all(names):
        raise InvalidParameterError("fields", "empty field name")
    return PageParams(MAX_LIMIT, None, None, False, names, format)


async def page_params(
    shape: Annotated[PageParams, Depends(shape_params)],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None,
        Query(description="Opaque cursor from the previous page's `next_cursor` (or its `Link: rel=\"next\"`)."),
    ] = None,
    sort: Annotated[
        str | None,
        Query(description="Comma-separated sort keys, `-` for descending, e.g. `-date,id`. The allowed keys are listed per endpoint."),
    ] = None,
    include: Annotated[
        str | None, Query(description="`total` adds `total`, the exact number of matching rows, to the page.", examples=["total"])
    ] = None,
) -> PageParams:
    if include not in (None, "total"):
        raise InvalidParameterError("include", "the only value is `total`")
    return replace(shape, limit=limit, cursor=cursor, sort=sort, include_total=include == "total")
