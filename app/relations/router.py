from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query
from starlette.responses import Response

from app.core.errors import InvalidParameterError, found
from app.core.params import PartyCode
from app.core.responses import json_response
from app.core.routers import resource_router
from app.core.schemas import not_found
from app.db.session import Database, get_database
from app.parties.codes import region_and_country
from app.relations import repository
from app.relations.schemas import Relation

router = resource_router("/relations", "relations")

PARTY_HELP = "Party code, case-insensitive: `AZ`, `RU-TA`, `ORG:EU`."


@router.get(
    "/{a}/{b}",
    response_model=Relation,
    summary="Summarise the relations of two sides",
    description=(
        "Everything two sides share: meeting counts (held and planned) with the first and latest, sectors ranked by "
        "how often they were discussed, documents signed, commissions with their sessions, trade figures as a time "
        "series, and the people who took part on each side."
    ),
    responses=not_found("A party code is unknown"),
)
async def get_relation(
    a: Annotated[PartyCode, Path(description=PARTY_HELP, examples=["AZ"])],
    b: Annotated[PartyCode, Path(description=f"{PARTY_HELP} Not the same as `a`.", examples=["RU-TA"])],
    db: Annotated[Database, Depends(get_database)],
    include_subdivisions: Annotated[
        bool, Query(description="Let a country stand for its regions too (`RU` then covers `RU-TA`).")
    ] = False,
) -> Response:
    """The dyad summary of parties `a` and `b`."""
    code_a, code_b = a.upper(), b.upper()
    if code_a == code_b:
        raise InvalidParameterError("b", "must differ from `a`", location="path")
    if include_subdivisions and region_and_country([code_a, code_b]):
        raise InvalidParameterError("b", "one side is a region of the other, which include_subdivisions already covers", location="path")
    relation = await db.run(repository.relation, code_a, code_b, include_subdivisions)
    return json_response(found(relation, f"No party with code {code_a!r} or {code_b!r}."))
