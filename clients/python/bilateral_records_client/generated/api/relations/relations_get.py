from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.relation import Relation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    a: str,
    b: str,
    *,
    include_subdivisions: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_subdivisions"] = include_subdivisions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/relations/{a}/{b}".format(
            a=quote(str(a), safe=""),
            b=quote(str(b), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Relation | None:
    if response.status_code == 200:
        response_200 = Relation.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Relation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    a: str,
    b: str,
    *,
    client: AuthenticatedClient | Client,
    include_subdivisions: bool | Unset = False,
) -> Response[Problem | Relation]:
    """Summarise the relations of two sides

     Everything two sides share: meeting counts (held and planned) with the first and latest, sectors
    ranked by how often they were discussed, documents signed, commissions with their sessions, trade
    figures as a time series, and the people who took part on each side.

    Args:
        a (str): Party code, case-insensitive: `AZ`, `RU-TA`, `ORG:EU`.
        b (str): Party code, case-insensitive: `AZ`, `RU-TA`, `ORG:EU`. Not the same as `a`.
        include_subdivisions (bool | Unset): Let a country stand for its regions too (`RU` then
            covers `RU-TA`). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Relation]
    """

    kwargs = _get_kwargs(
        a=a,
        b=b,
        include_subdivisions=include_subdivisions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    a: str,
    b: str,
    *,
    client: AuthenticatedClient | Client,
    include_subdivisions: bool | Unset = False,
) -> Problem | Relation | None:
    """Summarise the relations of two sides

     Everything two sides share: meeting counts (held and planned) with the first and latest, sectors
    ranked by how often they were discussed, documents signed, commissions with their sessions, trade
    figures as a time series, and the people who took part on each side.

    Args:
        a (str): Party code, case-insensitive: `AZ`, `RU-TA`, `ORG:EU`.
        b (str): Party code, case-insensitive: `AZ`, `RU-TA`, `ORG:EU`. Not the same as `a`.
        include_subdivisions (bool | Unset): Let a country stand for its regions too (`RU` then
            covers `RU-TA`). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Relation
    """

    return sync_detailed(
        a=a,
        b=b,
        client=client,
        include_subdivisions=include_subdivisions,
    ).parsed


async def asyncio_detailed(
    a: str,
    b: str,
    *,
    client: AuthenticatedClient | Client,
    include_subdivisions: bool | Unset = False,
) -> Response[Problem | Relation]:
    """Summarise the relations of two sides

     Everything two sides share: meeting counts (held and planned) with the first and latest, sectors
    ranked by how often they were discussed, documents signed, commissions with their sessions, trade
    figures as a time series, and the people who took part on each side.

    Args:
        a (str): Party code, case-insensitive: `AZ`, `RU-TA`, `ORG:EU`.
        b (str): Party code, case-insensitive: `AZ`, `RU-TA`, `ORG:EU`. Not the same as `a`.
        include_subdivisions (bool | Unset): Let a country stand for its regions too (`RU` then
            covers `RU-TA`). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Relation]
    """

    kwargs = _get_kwargs(
        a=a,
        b=b,
        include_subdivisions=include_subdivisions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    a: str,
    b: str,
    *,
    client: AuthenticatedClient | Client,
    include_subdivisions: bool | Unset = False,
) -> Problem | Relation | None:
    """Summarise the relations of two sides

     Everything two sides share: meeting counts (held and planned) with the first and latest, sectors
    ranked by how often they were discussed, documents signed, commissions with their sessions, trade
    figures as a time series, and the people who took part on each side.

    Args:
        a (str): Party code, case-insensitive: `AZ`, `RU-TA`, `ORG:EU`.
        b (str): Party code, case-insensitive: `AZ`, `RU-TA`, `ORG:EU`. Not the same as `a`.
        include_subdivisions (bool | Unset): Let a country stand for its regions too (`RU` then
            covers `RU-TA`). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Relation
    """

    return (
        await asyncio_detailed(
            a=a,
            b=b,
            client=client,
            include_subdivisions=include_subdivisions,
        )
    ).parsed
