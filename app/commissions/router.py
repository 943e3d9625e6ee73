from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from starlette.responses import Response

from app.commissions import repository
from app.commissions.schemas import CommissionDetail, CommissionPage, CommissionRead
from app.core.entity_etag import entity_response
from app.core.errors import found
from app.core.listing import LIST_RESPONSES, list_response, sort_help
from app.core.params import MAX_ID, MAX_TEXT, TEXT_PATTERN, PageParams, PartyCode, page_dependency
from app.core.routers import resource_router
from app.core.schemas import NOT_ACCEPTABLE, not_found
from app.core.updated_since import UpdatedSince
from app.db.session import Database, get_database

router = resource_router("/commissions", "commissions")


@router.get(
    "",
    responses={**LIST_RESPONSES, **NOT_ACCEPTABLE},
    response_model=CommissionPage,
    summary="List commissions",
    description=f"Intergovernmental commissions, councils and working groups. {sort_help(repository.SORT_FIELDS, repository.DEFAULT_SORT)}",
)
async def list_commissions(
    request: Request,
    page: Annotated[PageParams, Depends(page_dependency(CommissionRead, repository.SORT_FIELDS))],
    db: Annotated[Database, Depends(get_database)],
    party: Annotated[PartyCode | None, Query(description="Only commissions with this party as a side.", examples=["AZ"])] = None,
    q: Annotated[
        str | None,
        Query(min_length=2, max_length=MAX_TEXT, pattern=TEXT_PATTERN, description="Substring of the name, case-insensitive.", examples=["intergovernmental"]),
    ] = None,
    updated_since: UpdatedSince = None,
) -> Response:
    """List standing bodies with their sides and how many sessions are recorded."""
    fetch = partial(repository.list_commissions, party=party.upper() if party else None, q=q, updated_since=updated_since)
    return await list_response(request, db, page, fetch, CommissionRead)


@router.get("/{commission_id}", response_model=CommissionDetail, summary="Get one commission", responses=not_found("No such commission"))
async def get_commission(
    request: Request,
    commission_id: Annotated[int, Path(ge=1, le=MAX_ID, description="Commission id.", examples=[1])],
    db: Annotated[Database, Depends(get_database)],
) -> Response:
    """One commission with its sides and its sessions from every article."""
    return entity_response(request, found(await db.run(repository.get_commission, commission_id), f"No commission with id {commission_id}."))
