"""`facets=` on `/v1/meetings`: counts for the current filters beside the page."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from app.core.errors import InvalidParameterError
from app.meetings.filters import MeetingFilters
from app.stats.repository import GROUPS, count_meetings


def parse_facets(raw: str | None) -> list[str]:
    if raw is None:
        return []
    names = list(dict.fromkeys(raw.split(",")))
    unknown = [repr(name) for name in names if name not in GROUPS]
    if unknown:
        raise InvalidParameterError("facets", f"unknown facet(s) {', '.join(unknown)}; use any of {', '.join(GROUPS)}")
    return names


def facet_section(connection: Connection, *, filters: MeetingFilters, facets: list[str]) -> dict[str, Any]:
    return {"facets": {facet: count_meetings(connection, filters, facet)[0] for facet in facets}}
