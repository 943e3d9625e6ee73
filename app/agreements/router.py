from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from app.agreements import repository
from app.agreements.schemas import AgreementPage
from app.core.pagination import next_link
from app.core.params import PageParams, page_params
from app.core.responses import json_response
from app.db.session import Database, get_database

router = APIRouter(prefix="/agreements", tags=["agreements"])

AgreementKind = Literal["protocol", "memorandum", "agreement", "declaration", "roadmap", "contract", "program", "other"]


@router.get(
    "",
    response_model=AgreementPage,
    summary="List agreements",
    description=f"Documents signed or adopted at meetings. Sort keys: {', '.join(repository.SORT_FIELDS)} (default `{repository.DEFAULT_SORT}`).",
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
    items, cursor = await db.run(repository.list_agreements, [p.upper() for p in party], kind, since, until, page)
    return json_response({"items": items, "next_cursor": cursor}, headers=next_link(request.url, cursor))
