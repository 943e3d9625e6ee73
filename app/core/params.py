"""Query parameters shared by every list endpoint."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None
    sort: str | None


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None,
        Query(description="Opaque cursor from the previous page's `next_cursor` (or its `Link: rel=\"next\"`)."),
    ] = None,
    sort: Annotated[
        str | None,
        Query(description="Comma-separated sort keys, `-` for descending, e.g. `-date,id`. The allowed keys are listed per endpoint."),
    ] = None,
) -> PageParams:
    return PageParams(limit, cursor, sort)
