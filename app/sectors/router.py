from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.responses import Response

from app.core.listing import LIST_RESPONSES, list_response
from app.core.params import PageParams, shape_dependency
from app.core.routers import resource_router
from app.core.schemas import NOT_ACCEPTABLE
from app.db.session import Database, get_database
from app.sectors import repository
from app.sectors.schemas import SectorList, SectorRead

router = resource_router("/sectors", "sectors")


@router.get("", response_model=SectorList, summary="List sectors", responses={**LIST_RESPONSES, **NOT_ACCEPTABLE})
async def list_sectors(
    request: Request,
    shape: Annotated[PageParams, Depends(shape_dependency(SectorRead))],
    db: Annotated[Database, Depends(get_database)],
) -> Response:
    """The sector vocabulary, in its fixed order, with the number of meetings that discussed each sector."""
    return await list_response(request, db, shape, repository.list_sectors, SectorRead)
