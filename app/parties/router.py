from __future__ import annotations

from functools import partial
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import Response

from app.core.errors import found
from app.core.listing import LIST_RESPONSES, list_response, sort_help
from app.core.params import PageParams, page_params
from app.core.responses import json_response
from app.db.session import Database, get_database
from app.parties import repository
from app.parties.schemas import PartyDetail, PartyPage, PartyRead

router = APIRouter(prefix="/parties", tags=["parties"])


@router.get(
    "",
    responses=LIST_RESPONSES,
    response_model=PartyPage,
    summary="List parties",
    description=f"Countries, regions and organisations that appear as sides. {sort_help(repository.SORT_FIELDS, repository.DEFAULT_SORT)}",
)
async def list_parties(
    request: Request,
    page: Annotated[PageParams, Depends(page_params)],
    db: Annotated[Database, Depends(get_database)],
    kind: Annotated[Literal["country", "region", "organization"] | None, Query(description="Only parties of this kind.")] = None,
    q: Annotated[str | None, Query(min_length=1, description="Substring of the code or name, case-insensitive.", examples=["tatar"])] = None,
) -> Response:
    """List the parties with the number of meetings each is a side of."""
    return await list_response(request, db, page, partial(repository.list_parties, kind=kind, q=q), PartyRead)


@router.get("/{code}", response_model=PartyDetail, summary="Get one party", responses={404: {"description": "No such party"}})
async def get_party(
    code: Annotated[str, Path(min_length=2, max_length=32, description="Party code, e.g. `AZ`, `RU-TA`, `ORG:EU`.", examples=["RU-TA"])],
    db: Annotated[Database, Depends(get_database)],
) -> Response:
    """One party with its meeting count, its regions and the parties it met most."""
    return json_response(found(await db.run(repository.get_party, code.upper()), f"No party with code {code!r}."))
