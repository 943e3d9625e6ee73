from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query
from starlette.responses import Response

from app.core.errors import InvalidParameterError, NotFoundError
from app.core.responses import json_response
from app.db.session import Database, get_database
from app.relations import repository
from app.relations.schemas import Relation

router = APIRouter(prefix="/relations", tags=["relations"])

PartyCode = Annotated[str, Path(min_length=2, max_length=32, description="Party code: `AZ`, `RU-TA`, `ORG:EU`.")]


@router.get(
    "/{a}/{b}",
    response_model=Relation,
    summary="Summarise the relations of two sides",
    description=(
        "Everything two sides share: meeting counts (held and planned) with the first and latest, sectors ranked by "
        "how often they were discussed, documents signed, commissions with their sessions, trade figures as a time "
        "series, and the people who took part on each side."
    ),
    responses={404: {"description": "A party code is unknown"}},
)
async def get_relation(
    a: PartyCode,
    b: PartyCode,
    db: Annotated[Database, Depends(get_database)],
    include_subdivisions: Annotated[
        bool, Query(description="Let a country stand for its regions too (`RU` then covers `RU-TA`).")
    ] = False,
) -> Response:
    """The dyad summary of parties `a` and `b`."""
    code_a, code_b = a.upper(), b.upper()
    if code_a == code_b:
        raise InvalidParameterError("b", "must differ from `a`", location="path")
    relation = await db.run(repository.relation, code_a, code_b, include_subdivisions)
    if relation is None:
        raise NotFoundError(f"No party with code {code_a!r} or {code_b!r}.")
    query = [("party", code_a), ("party", code_b)] + ([("include_subdivisions", "true")] if include_subdivisions else [])
    summary = relation["meetings"]
    relation["links"] = {
        "meetings": f"/v1/meetings?{urlencode(query)}",
        "first": f"/v1/meetings/{summary['first']['id']}" if summary["first"] else None,
        "latest": f"/v1/meetings/{summary['latest']['id']}" if summary["latest"] else None,
    }
    return json_response(relation)
