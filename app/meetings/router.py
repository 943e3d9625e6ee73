from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from starlette.responses import Response

from app.core.entity_etag import entity_json_response
from app.core.errors import found
from app.core.listing import LIST_RESPONSES, list_response, sort_help
from app.core.params import MAX_ID, PageParams, names_pattern, page_dependency
from app.core.routers import resource_router
from app.core.schemas import NOT_ACCEPTABLE, not_found
from app.db.session import Database, get_database
from app.meetings import repository
from app.meetings.filters import MeetingFilters, meeting_filters
from app.meetings.schemas import MeetingDetail, MeetingPage, MeetingRead
from app.stats.facets import facet_section, parse_facets
from app.stats.repository import GROUPS

router = resource_router("/meetings", "meetings")


@router.get(
    "",
    responses={**LIST_RESPONSES, **NOT_ACCEPTABLE},
    response_model=MeetingPage,
    summary="List meetings",
    description=(
        "Meetings, sessions, visits, calls and forums, filtered and paginated by keyset. "
        + sort_help(repository.SORT_FIELDS, repository.DEFAULT_SORT, repository.SEARCH_SORT)
        + " The next page's URL is in `next_cursor` and the `Link` header."
    ),
)
async def list_meetings(
    request: Request,
    filters: Annotated[MeetingFilters, Depends(meeting_filters)],
    page: Annotated[PageParams, Depends(page_dependency(MeetingRead, repository.SORT_FIELDS, tuple(repository.INCLUDES)))],
    db: Annotated[Database, Depends(get_database)],
    facets: Annotated[
        str | None,
        Query(
            max_length=100,
            description="Comma-separated facets to count for the current filters beside the page: sector, party, year, month, kind.",
            examples=["sector,party,year,kind"],
            json_schema_extra={"pattern": names_pattern(GROUPS)},
        ),
    ] = None,
) -> Response:
    """List meetings matching every given filter, newest first."""
    wanted = parse_facets(facets)
    extra = partial(facet_section, filters=filters, facets=wanted) if wanted else None
    fetch = partial(repository.list_meetings, filters=filters)
    read = partial(repository.read_meetings_page, filters=filters)
    omitted = frozenset(repository.INCLUDES) - set(page.includes)
    return await list_response(request, db, page, fetch, MeetingRead, extra, omitted=omitted, read=read)


@router.get("/{meeting_id}", response_model=MeetingDetail, summary="Get one meeting", responses=not_found("No such meeting"))
async def get_meeting(
    request: Request,
    meeting_id: Annotated[int, Path(ge=1, le=MAX_ID, description="Meeting id.", examples=[1])],
    db: Annotated[Database, Depends(get_database)],
) -> Response:
    """One meeting with its sides, participants, sectors, agreements, commission and evidence."""
    item, updated_at = found(await repository.get_meeting(db, meeting_id), f"No meeting with id {meeting_id}.")
    return entity_json_response(request, item.encode(), updated_at)
