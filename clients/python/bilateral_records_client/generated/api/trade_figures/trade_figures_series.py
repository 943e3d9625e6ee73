from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.trade_figures_series_metric import TradeFiguresSeriesMetric
from ...models.trade_series import TradeSeries
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    party: list[str],
    metric: TradeFiguresSeriesMetric | Unset = "trade_turnover",
    currency: None | str | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_party = party

    params["party"] = json_party

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric

    params["metric"] = json_metric

    json_currency: None | str | Unset
    if isinstance(currency, Unset):
        json_currency = UNSET
    else:
        json_currency = currency
    params["currency"] = json_currency

    json_exporter: None | str | Unset
    if isinstance(exporter, Unset):
        json_exporter = UNSET
    else:
        json_exporter = exporter
    params["exporter"] = json_exporter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/trade-figures/series",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TradeSeries | None:
    if response.status_code == 200:
        response_200 = TradeSeries.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | TradeSeries]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    party: list[str],
    metric: TradeFiguresSeriesMetric | Unset = "trade_turnover",
    currency: None | str | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
) -> Response[Problem | TradeSeries]:
    """Trade figures of a pair as a time series

     One value per period for two sides, a metric and optionally a currency: where several articles
    report the same period, the most recently published wins, and every report is listed with the point.
    With `exporter` (one of the two sides), only exports or imports whose goods go from that side to the
    other: `metric=exports&exporter=AZ` is the series of AZ's exports to the other side, as either side
    reports it.

    Args:
        party (list[str]): Exactly two different party codes: `party=AZ&party=RU`.
        metric (TradeFiguresSeriesMetric | Unset): The metric of the series. Default:
            'trade_turnover'.
        currency (None | str | Unset): ISO 4217 code; all currencies when absent.
        exporter (None | str | Unset): The side the goods go from (one of the two); exports and
            imports only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TradeSeries]
    """

    kwargs = _get_kwargs(
        party=party,
        metric=metric,
        currency=currency,
        exporter=exporter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    party: list[str],
    metric: TradeFiguresSeriesMetric | Unset = "trade_turnover",
    currency: None | str | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
) -> Problem | TradeSeries | None:
    """Trade figures of a pair as a time series

     One value per period for two sides, a metric and optionally a currency: where several articles
    report the same period, the most recently published wins, and every report is listed with the point.
    With `exporter` (one of the two sides), only exports or imports whose goods go from that side to the
    other: `metric=exports&exporter=AZ` is the series of AZ's exports to the other side, as either side
    reports it.

    Args:
        party (list[str]): Exactly two different party codes: `party=AZ&party=RU`.
        metric (TradeFiguresSeriesMetric | Unset): The metric of the series. Default:
            'trade_turnover'.
        currency (None | str | Unset): ISO 4217 code; all currencies when absent.
        exporter (None | str | Unset): The side the goods go from (one of the two); exports and
            imports only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TradeSeries
    """

    return sync_detailed(
        client=client,
        party=party,
        metric=metric,
        currency=currency,
        exporter=exporter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    party: list[str],
    metric: TradeFiguresSeriesMetric | Unset = "trade_turnover",
    currency: None | str | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
) -> Response[Problem | TradeSeries]:
    """Trade figures of a pair as a time series

     One value per period for two sides, a metric and optionally a currency: where several articles
    report the same period, the most recently published wins, and every report is listed with the point.
    With `exporter` (one of the two sides), only exports or imports whose goods go from that side to the
    other: `metric=exports&exporter=AZ` is the series of AZ's exports to the other side, as either side
    reports it.

    Args:
        party (list[str]): Exactly two different party codes: `party=AZ&party=RU`.
        metric (TradeFiguresSeriesMetric | Unset): The metric of the series. Default:
            'trade_turnover'.
        currency (None | str | Unset): ISO 4217 code; all currencies when absent.
        exporter (None | str | Unset): The side the goods go from (one of the two); exports and
            imports only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TradeSeries]
    """

    kwargs = _get_kwargs(
        party=party,
        metric=metric,
        currency=currency,
        exporter=exporter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    party: list[str],
    metric: TradeFiguresSeriesMetric | Unset = "trade_turnover",
    currency: None | str | Unset = UNSET,
    exporter: None | str | Unset = UNSET,
) -> Problem | TradeSeries | None:
    """Trade figures of a pair as a time series

     One value per period for two sides, a metric and optionally a currency: where several articles
    report the same period, the most recently published wins, and every report is listed with the point.
    With `exporter` (one of the two sides), only exports or imports whose goods go from that side to the
    other: `metric=exports&exporter=AZ` is the series of AZ's exports to the other side, as either side
    reports it.

    Args:
        party (list[str]): Exactly two different party codes: `party=AZ&party=RU`.
        metric (TradeFiguresSeriesMetric | Unset): The metric of the series. Default:
            'trade_turnover'.
        currency (None | str | Unset): ISO 4217 code; all currencies when absent.
        exporter (None | str | Unset): The side the goods go from (one of the two); exports and
            imports only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TradeSeries
    """

    return (
        await asyncio_detailed(
            client=client,
            party=party,
            metric=metric,
            currency=currency,
            exporter=exporter,
        )
    ).parsed
