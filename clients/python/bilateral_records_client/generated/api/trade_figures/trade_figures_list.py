import datetime
from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.trade_figure_page import TradeFigurePage
from ...models.trade_figures_list_format_type_0 import (
    TradeFiguresListFormatType0,
)
from ...models.trade_figures_list_metric_type_0 import (
    TradeFiguresListMetricType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    party: list[str] | Unset = UNSET,
    metric: None | TradeFiguresListMetricType0 | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    importer: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: None | TradeFiguresListFormatType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_party: list[str] | Unset = UNSET
    if not isinstance(party, Unset):
        json_party = party

    params["party"] = json_party

    json_metric: None | str | Unset
    if isinstance(metric, Unset):
        json_metric = UNSET
    elif isinstance(metric, str):
        json_metric = metric
    else:
        json_metric = metric
    params["metric"] = json_metric

    json_currency: None | str | Unset
    if isinstance(currency, Unset):
        json_currency = UNSET
    else:
        json_currency = currency
    params["currency"] = json_currency

    json_year_from: int | None | Unset
    if isinstance(year_from, Unset):
        json_year_from = UNSET
    else:
        json_year_from = year_from
    params["year_from"] = json_year_from

    json_year_to: int | None | Unset
    if isinstance(year_to, Unset):
        json_year_to = UNSET
    else:
        json_year_to = year_to
    params["year_to"] = json_year_to

    json_exporter: None | str | Unset
    if isinstance(exporter, Unset):
        json_exporter = UNSET
    else:
        json_exporter = exporter
    params["exporter"] = json_exporter

    json_importer: None | str | Unset
    if isinstance(importer, Unset):
        json_importer = UNSET
    else:
        json_importer = importer
    params["importer"] = json_importer

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    json_include: Literal["total"] | None | Unset
    if isinstance(include, Unset):
        json_include = UNSET
    else:
        json_include = include
    params["include"] = json_include

    json_fields: None | str | Unset
    if isinstance(fields, Unset):
        json_fields = UNSET
    else:
        json_fields = fields
    params["fields"] = json_fields

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, str):
        json_format_ = format_
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/trade-figures",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TradeFigurePage | None:
    if response.status_code == 200:
        response_200 = TradeFigurePage.from_dict(response.json())

        return response_200

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TradeFigurePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    party: list[str] | Unset = UNSET,
    metric: None | TradeFiguresListMetricType0 | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    importer: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: None | TradeFiguresListFormatType0 | Unset = UNSET,
) -> Response[Problem | TradeFigurePage]:
    """List trade figures

     Money figures between two sides: turnover, exports, imports, investment. Values are JSON numbers in
    units of `currency`. Sort keys: period, value, id (default `-period`; ties broken by id).

    Args:
        party (list[str] | Unset): Party code; repeat for a pair (`party=AZ&party=RU`).
        metric (None | TradeFiguresListMetricType0 | Unset): Only this metric.
        currency (None | str | Unset): ISO 4217 code.
        year_from (int | None | Unset): Periods ending in or after this year.
        year_to (int | None | Unset): Periods starting in or before this year.
        exporter (None | str | Unset): Only exports and imports whose goods go from this side.
        importer (None | str | Unset): Only exports and imports whose goods go to this side.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of period,
            value, id.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, parties, metric, value, currency, period, period_start, period_end,
            approximate, change_pct, exporter, importer, article_id, article_url, evidence.
        format_ (None | TradeFiguresListFormatType0 | Unset): `csv` or `ndjson` streams every
            matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TradeFigurePage]
    """

    kwargs = _get_kwargs(
        party=party,
        metric=metric,
        currency=currency,
        year_from=year_from,
        year_to=year_to,
        exporter=exporter,
        importer=importer,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include=include,
        fields=fields,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    party: list[str] | Unset = UNSET,
    metric: None | TradeFiguresListMetricType0 | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    importer: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: None | TradeFiguresListFormatType0 | Unset = UNSET,
) -> Problem | TradeFigurePage | None:
    """List trade figures

     Money figures between two sides: turnover, exports, imports, investment. Values are JSON numbers in
    units of `currency`. Sort keys: period, value, id (default `-period`; ties broken by id).

    Args:
        party (list[str] | Unset): Party code; repeat for a pair (`party=AZ&party=RU`).
        metric (None | TradeFiguresListMetricType0 | Unset): Only this metric.
        currency (None | str | Unset): ISO 4217 code.
        year_from (int | None | Unset): Periods ending in or after this year.
        year_to (int | None | Unset): Periods starting in or before this year.
        exporter (None | str | Unset): Only exports and imports whose goods go from this side.
        importer (None | str | Unset): Only exports and imports whose goods go to this side.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of period,
            value, id.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, parties, metric, value, currency, period, period_start, period_end,
            approximate, change_pct, exporter, importer, article_id, article_url, evidence.
        format_ (None | TradeFiguresListFormatType0 | Unset): `csv` or `ndjson` streams every
            matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TradeFigurePage
    """

    return sync_detailed(
        client=client,
        party=party,
        metric=metric,
        currency=currency,
        year_from=year_from,
        year_to=year_to,
        exporter=exporter,
        importer=importer,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include=include,
        fields=fields,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    party: list[str] | Unset = UNSET,
    metric: None | TradeFiguresListMetricType0 | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    importer: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: None | TradeFiguresListFormatType0 | Unset = UNSET,
) -> Response[Problem | TradeFigurePage]:
    """List trade figures

     Money figures between two sides: turnover, exports, imports, investment. Values are JSON numbers in
    units of `currency`. Sort keys: period, value, id (default `-period`; ties broken by id).

    Args:
        party (list[str] | Unset): Party code; repeat for a pair (`party=AZ&party=RU`).
        metric (None | TradeFiguresListMetricType0 | Unset): Only this metric.
        currency (None | str | Unset): ISO 4217 code.
        year_from (int | None | Unset): Periods ending in or after this year.
        year_to (int | None | Unset): Periods starting in or before this year.
        exporter (None | str | Unset): Only exports and imports whose goods go from this side.
        importer (None | str | Unset): Only exports and imports whose goods go to this side.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of period,
            value, id.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, parties, metric, value, currency, period, period_start, period_end,
            approximate, change_pct, exporter, importer, article_id, article_url, evidence.
        format_ (None | TradeFiguresListFormatType0 | Unset): `csv` or `ndjson` streams every
            matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TradeFigurePage]
    """

    kwargs = _get_kwargs(
        party=party,
        metric=metric,
        currency=currency,
        year_from=year_from,
        year_to=year_to,
        exporter=exporter,
        importer=importer,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include=include,
        fields=fields,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    party: list[str] | Unset = UNSET,
    metric: None | TradeFiguresListMetricType0 | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
    importer: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: None | TradeFiguresListFormatType0 | Unset = UNSET,
) -> Problem | TradeFigurePage | None:
    """List trade figures

     Money figures between two sides: turnover, exports, imports, investment. Values are JSON numbers in
    units of `currency`. Sort keys: period, value, id (default `-period`; ties broken by id).

    Args:
        party (list[str] | Unset): Party code; repeat for a pair (`party=AZ&party=RU`).
        metric (None | TradeFiguresListMetricType0 | Unset): Only this metric.
        currency (None | str | Unset): ISO 4217 code.
        year_from (int | None | Unset): Periods ending in or after this year.
        year_to (int | None | Unset): Periods starting in or before this year.
        exporter (None | str | Unset): Only exports and imports whose goods go from this side.
        importer (None | str | Unset): Only exports and imports whose goods go to this side.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of period,
            value, id.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, parties, metric, value, currency, period, period_start, period_end,
            approximate, change_pct, exporter, importer, article_id, article_url, evidence.
        format_ (None | TradeFiguresListFormatType0 | Unset): `csv` or `ndjson` streams every
            matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TradeFigurePage
    """

    return (
        await asyncio_detailed(
            client=client,
            party=party,
            metric=metric,
            currency=currency,
            year_from=year_from,
            year_to=year_to,
            exporter=exporter,
            importer=importer,
            updated_since=updated_since,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include=include,
            fields=fields,
            format_=format_,
        )
    ).parsed
