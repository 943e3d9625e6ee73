from __future__ import annotations

from datetime import date
from functools import partial
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from app.agreements import repository
from app.agreements.schemas import AgreementPage, AgreementRead
from app.core.listing import LIST_RESPONSES, list_response, sort_help
from app.core.params import PageParams, page_params
from app.db.session import Database, get_database

router = APIRouter(prefix="/agreements", tags=["agreements"])

AgreementKind = Literal["protocol", "memorandum", "agreement", "declaration", "roadmap", "contract", "program", "other"]


@router.get(
    "",
    responses=LIST_RESPONSES,
    response_model=AgreementPage,
    summary="List agreements",
    description=f"Documents signed or adopted at meetings. {sort_help(repository.SORT_FIELDS, repository.DEFAULT_SORT)}",
)
async def list_agreements(
    request: Request,
    page: Annotated[PageParams, Depends(page_params)],
    db: Annotated[Database, Depends(get_database)],
    party: Annotated[list[str], Query(description="Party code; repeat to require every given party.", examples=["AZ"])] = [],  # noqa: B006
    kind: Annotated[AgreementKind | None, Query(description="Only documents of this kind.")] = None,
    since: Annotated[date | None, Query(description="Signed on or after this date.")] = None,
    until: Annotated[date | None, Query(description="Signed on or before this date.")] = None,
) -> Response:
    """List signed documents with the meeting, date and sides they belong to."""
    fetch = partial(repository.list_agreements, party=[p.upper() for p in party], kind=kind, since=since, until=until)
    return await list_response(request, db, page, fetch, AgreementRead)
