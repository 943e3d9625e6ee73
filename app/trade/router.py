from __future__ import annotations

from functools import partial
from typing import Annotated, Literal

from fastapi import Depends, Query, Request
from starlette.responses import Response

from app.core.errors import InvalidParameterError, NotFoundError
from app.core.listing import LIST_RESPONSES, list_response, sort_help
from app.core.params import MAX_PARTIES, PageParams, PartyCode, page_dependency
from app.core.responses import json_response
from app.core.routers import resource_router
from app.core.schemas import NOT_ACCEPTABLE, not_found
from app.core.updated_since import UpdatedSince
from app.db.session import Database, get_database
from app.trade import repository
from app.trade.schemas import TradeFigurePage, TradeFigureRead, TradeSeries

router = resource_router("/trade-figures", "trade figures")

Metric = Literal["trade_turnover", "exports", "imports", "investment", "other"]


@router.get(
    "/series",
    response_model=TradeSeries,
    summary="Trade figures of a pair as a time series",
    description=(
        "One value per period for two sides, a metric and optionally a currency: where several articles report the "
        "same period, the most recently published wins, and every report is listed with the point. With `exporter` "
        "(one of the two sides), only exports or imports whose goods go from that side to the other: "
        "`metric=exports&exporter=AZ` is the series of AZ's exports to the other side, as either side reports it."
    ),
    responses=not_found("A party code is unknown"),
)
async def trade_series(
    db: Annotated[Database, Depends(get_database)],
    party: Annotated[
        list[PartyCode], Query(min_length=2, max_length=2, description="Exactly two different party codes: `party=AZ&party=RU`.", examples=[["AZ", "RU"]])
    ],
    metric: Annotated[Metric, Query(description="The metric of the series.", examples=["exports"])] = "trade_turnover",
    currency: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO 4217 code; all currencies when absent.", examples=["USD"])] = None,
    exporter: Annotated[
        PartyCode | None, Query(description="The side the goods go from (one of the two); exports and imports only.", examples=["AZ"])
    ] = None,
) -> Response:
    """The periods of a pair's trade figures, each with its latest value and its sources."""
    codes = list(dict.fromkeys(p.upper() for p in party))
    if len(codes) != 2:
        raise InvalidParameterError("party", "give exactly two different party codes")
    direction = exporter.upper() if exporter else None
    if direction is not None and direction not in codes:
        raise InvalidParameterError("exporter", "must be one of the two `party` codes")
    if direction is not None and metric not in ("exports", "imports"):
        raise InvalidParameterError("exporter", "goes with `metric=exports` or `metric=imports`")
    points = await db.run(repository.trade_series, party=codes, metric=metric, currency=currency, exporter=direction)
    if points is None:
        raise NotFoundError(f"No party with code {codes[0]!r} or {codes[1]!r}.")
    return json_response({"parties": codes, "metric": metric, "currency": currency.upper() if currency else None,
                          "exporter": direction, "points": points})


@router.get(
    "",
    responses={**LIST_RESPONSES, **NOT_ACCEPTABLE},
    response_model=TradeFigurePage,
    summary="List trade figures",
    description=(
        "Money figures between two sides: turnover, exports, imports, investment. Values are JSON numbers "
        "in units of `currency`. " + sort_help(repository.SORT_FIELDS, repository.DEFAULT_SORT)
    ),
)
async def list_trade_figures(
    request: Request,
    page: Annotated[PageParams, Depends(page_dependency(TradeFigureRead, repository.SORT_FIELDS))],
    db: Annotated[Database, Depends(get_database)],
    party: Annotated[
        list[PartyCode],
        Query(max_length=MAX_PARTIES, description="Party code; repeat for a pair (`party=AZ&party=RU`).", examples=[["AZ", "RU"]]),
    ] = [],  # noqa: B006
    metric: Annotated[Metric | None, Query(description="Only this metric.")] = None,
    currency: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO 4217 code.", examples=["USD"])] = None,
    year_from: Annotated[int | None, Query(ge=1900, le=2200, description="Periods ending in or after this year.", examples=[2023])] = None,
    year_to: Annotated[int | None, Query(ge=1900, le=2200, description="Periods starting in or before this year.", examples=[2024])] = None,
    exporter: Annotated[PartyCode | None, Query(description="Only exports and imports whose goods go from this side.", examples=["AZ"])] = None,
    importer: Annotated[PartyCode | None, Query(description="Only exports and imports whose goods go to this side.", examples=["RU"])] = None,
    updated_since: UpdatedSince = None,
) -> Response:
    """List trade and investment figures, with the sentence each was read from."""
    if year_from is not None and year_to is not None and year_from > year_to:
        raise InvalidParameterError("year_to", "must not be before `year_from`")
    fetch = partial(
        repository.list_trade_figures,
        party=[p.upper() for p in party], metric=metric, currency=currency, year_from=year_from, year_to=year_to,
        exporter=exporter.upper() if exporter else None, importer=importer.upper() if importer else None,
        updated_since=updated_since,
    )
    return await list_response(request, db, page, fetch, TradeFigureRead)
