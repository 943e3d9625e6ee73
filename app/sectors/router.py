from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from app.core.listing import LIST_RESPONSES, list_response
from app.core.params import PageParams, shape_params
from app.db.session import Database, get_database
from app.sectors import repository
from app.sectors.schemas import SectorList, SectorRead

router = APIRouter(prefix="/sectors", tags=["sectors"])


@router.get("", response_model=SectorList, summary="List sectors", responses=LIST_RESPONSES)
async def list_sectors(
    request: Request,
    shape: Annotated[PageParams, Depends(shape_params)],
    db: Annotated[Database, Depends(get_database)],
) -> Response:
    """The sector vocabulary, in its fixed order, with the number of meetings that discussed each sector."""
    return await list_response(request, db, shape, repository.list_sectors, SectorRead)
