from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from starlette.responses import Response

from app.core.entity_etag import entity_response
from app.core.errors import found
from app.core.listing import LIST_RESPONSES, list_response, sort_help
from app.core.params import MAX_ID, MAX_TEXT, TEXT_PATTERN, PageParams, PartyCode, page_dependency
from app.core.routers import resource_router
from app.core.schemas import NOT_ACCEPTABLE, not_found
from app.core.updated_since import UpdatedSince
from app.db.session import Database, get_database
from app.people import repository
from app.people.schemas import PersonDetail, PersonPage, PersonRead

router = resource_router("/people", "people")


@router.get(
    "",
    responses={**LIST_RESPONSES, **NOT_ACCEPTABLE},
    response_model=PersonPage,
    summary="List people",
    description=f"Officials named in the articles, one entry per person whatever the spelling. {sort_help(repository.SORT_FIELDS, repository.DEFAULT_SORT)}",
)
async def list_people(
    request: Request,
    page: Annotated[PageParams, Depends(page_dependency(PersonRead, repository.SORT_FIELDS))],
    db: Annotated[Database, Depends(get_database)],
    name: Annotated[
        str | None,
        Query(
            min_length=2,
            max_length=MAX_TEXT,
            pattern=TEXT_PATTERN,
            description="Substring of any spelling of the name; case and accents ignored.",
            examples=["korobchenko"],
        ),
    ] = None,
    party: Annotated[PartyCode | None, Query(description="Only people who represented this party.", examples=["RU-TA"])] = None,
    updated_since: UpdatedSince = None,
) -> Response:
    """List people with their spellings, sides, titles and meeting counts."""
    fetch = partial(repository.list_people, name=name, party=party.upper() if party else None, updated_since=updated_since)
    return await list_response(request, db, page, fetch, PersonRead)


@router.get("/{person_id}", response_model=PersonDetail, summary="Get one person", responses=not_found("No such person"))
async def get_person(
    request: Request,
    person_id: Annotated[int, Path(ge=1, le=MAX_ID, description="Person id.", examples=[1])],
    db: Annotated[Database, Depends(get_database)],
) -> Response:
    """One person with every meeting they took part in, across all articles."""
    return entity_response(request, found(await db.run(repository.get_person, person_id), f"No person with id {person_id}."))
