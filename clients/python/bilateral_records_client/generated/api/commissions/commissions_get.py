from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commission_detail import CommissionDetail
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    commission_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/commissions/{commission_id}".format(
            commission_id=quote(str(commission_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommissionDetail | Problem | None:
    if response.status_code == 200:
        response_200 = CommissionDetail.from_dict(response.json())

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
) -> Response[CommissionDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    commission_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommissionDetail | Problem]:
    """Get one commission

     One commission with its sides and its sessions from every article.

    Args:
        commission_id (int): Commission id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommissionDetail | Problem]
    """

    kwargs = _get_kwargs(
        commission_id=commission_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    commission_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CommissionDetail | Problem | None:
    """Get one commission

     One commission with its sides and its sessions from every article.

    Args:
        commission_id (int): Commission id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommissionDetail | Problem
    """

    return sync_detailed(
        commission_id=commission_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    commission_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommissionDetail | Problem]:
    """Get one commission

     One commission with its sides and its sessions from every article.

    Args:
        commission_id (int): Commission id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommissionDetail | Problem]
    """

    kwargs = _get_kwargs(
        commission_id=commission_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    commission_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CommissionDetail | Problem | None:
    """Get one commission

     One commission with its sides and its sessions from every article.

    Args:
        commission_id (int): Commission id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommissionDetail | Problem
    """

    return (
        await asyncio_detailed(
            commission_id=commission_id,
            client=client,
        )
    ).parsed
