"""The query parameters of `GET /v1/meetings`, typed and documented."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Query

from app.articles.search import SearchQuery
from app.core.errors import InvalidParameterError
from app.core.params import (
    MAX_ID,
    MAX_KINDS,
    MAX_PARTIES,
    MAX_SECTORS,
    MAX_TEXT,
    TEXT_PATTERN,
    IsoDate,
    PartyCode,
    SectorSlug,
)
from app.meetings.schemas import MeetingKind, MeetingStatus
from app.parties.codes import region_and_country


@dataclass(frozen=True)
class MeetingFilters:
    party: list[str]
    since: date | None
    until: date | None
    sector: list[str]
    kind: list[str]
    status: str | None
    person: str | None
    commission: int | None
    q: str | None
    include_subdivisions: bool = False


async def meeting_filters(
    party: Annotated[
        list[PartyCode],
        Query(
            max_length=MAX_PARTIES,
            description=f"Party code, case-insensitive; repeat (up to {MAX_PARTIES}) to require every given party (`party=AZ&party=RU-TA`).",
            examples=[["AZ", "RU-TA"]],
        ),
    ] = [],  # noqa: B006 - FastAPI copies defaults
    since: Annotated[IsoDate | None, Query(description="Meetings on or after this date (YYYY-MM-DD).", examples=["2023-01-01"])] = None,
    until: Annotated[IsoDate | None, Query(description="Meetings on or before this date (YYYY-MM-DD).", examples=["2024-12-31"])] = None,
    sector: Annotated[
        list[SectorSlug],
        Query(
            max_length=MAX_SECTORS,
            description=(f"Sector slug (see `/v1/sectors`); repeat (up to {MAX_SECTORS}) to require every given sector. "
                         "A meeting's sectors are those named in the sentences that report it."),
            examples=[["energy"]],
        ),
    ] = [],  # noqa: B006
    kind: Annotated[
        list[MeetingKind], Query(max_length=MAX_KINDS, description=f"Meeting kind; repeat (up to {MAX_KINDS}) for any of several.")
    ] = [],  # noqa: B006
    status: Annotated[MeetingStatus | None, Query(description="`held` or `planned`.")] = None,
    person: Annotated[
        str | None,
        Query(
            min_length=2,
            max_length=MAX_TEXT,
            pattern=TEXT_PATTERN,
            description="Substring of a participant's name, any spelling; case and accents ignored.",
            examples=["jabbarov"],
        ),
    ] = None,
    commission: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Commission id (see `/v1/commissions`).", examples=[1])] = None,
    q: SearchQuery = None,
    include_subdivisions: Annotated[
        bool, Query(description="Let a country in `party` stand for its regions too (`RU` then covers `RU-TA`).")
    ] = False,
) -> MeetingFilters:
    if since and until and since > until:
        raise InvalidParameterError("until", "must not be before `since`")
    codes = list(dict.fromkeys(party))
    overlap = region_and_country(codes) if include_subdivisions else None
    if overlap:
        raise InvalidParameterError(
            "party", f"{overlap[0]} is a region of {overlap[1]}, which include_subdivisions already covers; give one of them"
        )
    return MeetingFilters(
        codes, since, until, list(dict.fromkeys(sector)), list(dict.fromkeys(kind)), status, person, commission, q,
        include_subdivisions,
    )

