from __future__ import annotations

from functools import partial
from typing import Annotated, Literal

from fastapi import Depends, Path, Query, Request
from starlette.responses import Response

from app.core.entity_etag import entity_response
from app.core.errors import found
from app.core.listing import LIST_RESPONSES, list_response, sort_help
from app.core.params import MAX_TEXT, TEXT_PATTERN, PageParams, PartyCode, page_dependency
from app.core.routers import resource_router
from app.core.schemas import NOT_ACCEPTABLE, not_found
from app.core.updated_since import UpdatedSince
from app.db.session import Database, get_database
from app.parties import repository
from app.parties.schemas import PartyDetail, PartyPage, PartyRead

router = resource_router("/parties", "parties")


@router.get(
    "",
    responses={**LIST_RESPONSES, **NOT_ACCEPTABLE},
    response_model=PartyPage,
    summary="List parties",
    description=f"Countries, regions and organisations that appear as sides. {sort_help(repository.SORT_FIELDS, repository.DEFAULT_SORT)}",
)
async def list_parties(
    request: Request,
    page: Annotated[PageParams, Depends(page_dependency(PartyRead, repository.SORT_FIELDS))],
    db: Annotated[Database, Depends(get_database)],
    kind: Annotated[Literal["country", "region", "organization"] | None, Query(description="Only parties of this kind.")] = None,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=MAX_TEXT, pattern=TEXT_PATTERN, description="Substring of the code or name, case-insensitive.", examples=["tatar"]),
    ] = None,
    updated_since: UpdatedSince = None,
) -> Response:
    """List the parties with the number of meetings each is a side of."""
    return await list_response(request, db, page, partial(repository.list_parties, kind=kind, q=q, updated_since=updated_since), PartyRead)


@router.get("/{code}", response_model=PartyDetail, summary="Get one party", responses=not_found("No such party"))
async def get_party(
    request: Request,
    code: Annotated[PartyCode, Path(description="Party code, case-insensitive, e.g. `AZ`, `RU-TA`, `ORG:EU`.", examples=["RU-TA"])],
    db: Annotated[Database, Depends(get_database)],
) -> Response:
    """One party with its meeting count, its regions and the parties it met most."""
    return entity_response(request, found(await db.run(repository.get_party, code.upper()), f"No party with code {code!r}."))
