from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from app.core.responses import json_response
from app.db.session import Database, get_database
from app.sectors import repository
from app.sectors.schemas import SectorList

router = APIRouter(prefix="/sectors", tags=["sectors"])


@router.get("", response_model=SectorList, summary="List sectors")
async def list_sectors(db: Annotated[Database, Depends(get_database)]) -> Response:
    """The sector vocabulary with the number of meetings that discussed each sector."""
    return json_response({"items": await db.run(repository.list_sectors)})
