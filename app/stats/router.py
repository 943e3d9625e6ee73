from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query
from starlette.responses import Response

from app.core.responses import json_response
from app.core.routers import resource_router
from app.db.session import Database, get_database
from app.meetings.filters import MeetingFilters, meeting_filters
from app.stats import repository
from app.stats.schemas import MeetingStats

router = resource_router("/stats", "statistics")


@router.get(
    "/meetings",
    response_model=MeetingStats,
    summary="Count meetings per group",
    description=(
        "Meeting counts per year, month, sector, party or kind, over any filter of `/v1/meetings`. "
        "Years and months are in ascending order with undated meetings last; other groups by count, largest first. "
        "`count` counts events (a meeting reported by three articles counts once); `reports` counts the articles' "
        "reports of them. Sector groups use each meeting's own sectors."
    ),
)
async def meeting_stats(
    group_by: Annotated[repository.GroupBy, Query(description="What to count by: year, month, sector, party or kind.")],
    filters: Annotated[MeetingFilters, Depends(meeting_filters)],
    db: Annotated[Database, Depends(get_database)],
) -> Response:
    """Counts of the meetings matching the filters, per group."""
    groups, total, reports = await db.run(repository.count_meetings, filters, group_by)
    return json_response({"group_by": group_by, "total": total, "reports": reports, "groups": groups})
