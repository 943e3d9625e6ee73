from __future__ import annotations

from functools import partial
from typing import Annotated, Literal

from fastapi import Depends, Query, Request
from starlette.responses import Response

from app.agreements import repository
from app.agreements.schemas import AgreementPage, AgreementRead
from app.core.listing import LIST_RESPONSES, list_response, sort_help
from app.core.params import MAX_PARTIES, IsoDate, PageParams, PartyCode, page_dependency
from app.core.routers import resource_router
from app.core.schemas import NOT_ACCEPTABLE
from app.core.updated_since import UpdatedSince
from app.db.session import Database, get_database

router = resource_router("/agreements", "agreements")

AgreementKind = Literal["protocol", "memorandum", "agreement", "declaration", "roadmap", "contract", "program", "other"]


@router.get(
    "",
    responses={**LIST_RESPONSES, **NOT_ACCEPTABLE},
    response_model=AgreementPage,
    summary="List agreements",
    description=f"Documents signed or adopted at meetings. {sort_help(repository.SORT_FIELDS, repository.DEFAULT_SORT)}",
)
async def list_agreements(
    request: Request,
    page: Annotated[PageParams, Depends(page_dependency(AgreementRead, repository.SORT_FIELDS))],
    db: Annotated[Database, Depends(get_database)],
    party: Annotated[
        list[PartyCode],
        Query(max_length=MAX_PARTIES, description=f"Party code; repeat (up to {MAX_PARTIES}) to require every given party.", examples=[["AZ"]]),
    ] = [],  # noqa: B006
    kind: Annotated[AgreementKind | None, Query(description="Only documents of this kind.")] = None,
    since: Annotated[IsoDate | None, Query(description="Signed on or after this date (YYYY-MM-DD).", examples=["2023-01-01"])] = None,
    until: Annotated[IsoDate | None, Query(description="Signed on or before this date (YYYY-MM-DD).", examples=["2024-12-31"])] = None,
    updated_since: UpdatedSince = None,
) -> Response:
    """List signed documents with the meeting, date and sides they belong to."""
    fetch = partial(repository.list_agreements, party=[p.upper() for p in party], kind=kind, since=since, until=until,
                    updated_since=updated_since)
    return await list_response(request, db, page, fetch, AgreementRead)
