from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_page import ChangePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangePage | Problem | None:
    if response.status_code == 200:
        response_200 = ChangePage.from_dict(response.json())

        return response_200

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
) -> Response[ChangePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[ChangePage | Problem]:
    """Follow the change feed

     Every insert, update and delete of an article, meeting, trade figure, agreement, commission, person
    or party, in the order the transactions that made them committed. Store `last_seq` and ask for
    `after` it next time: a client that does never misses or repeats a change, even while several
    ingests run. Start from `after=0` to read everything ever stored.

    Args:
        after (int | Unset): Return changes with a sequence above this one. Default: 0.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> ChangePage | Problem | None:
    """Follow the change feed

     Every insert, update and delete of an article, meeting, trade figure, agreement, commission, person
    or party, in the order the transactions that made them committed. Store `last_seq` and ask for
    `after` it next time: a client that does never misses or repeats a change, even while several
    ingests run. Start from `after=0` to read everything ever stored.

    Args:
        after (int | Unset): Return changes with a sequence above this one. Default: 0.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[ChangePage | Problem]:
    """Follow the change feed

     Every insert, update and delete of an article, meeting, trade figure, agreement, commission, person
    or party, in the order the transactions that made them committed. Store `last_seq` and ask for
    `after` it next time: a client that does never misses or repeats a change, even while several
    ingests run. Start from `after=0` to read everything ever stored.

    Args:
        after (int | Unset): Return changes with a sequence above this one. Default: 0.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> ChangePage | Problem | None:
    """Follow the change feed

     Every insert, update and delete of an article, meeting, trade figure, agreement, commission, person
    or party, in the order the transactions that made them committed. Store `last_seq` and ask for
    `after` it next time: a client that does never misses or repeats a change, even while several
    ingests run. Start from `after=0` to read everything ever stored.

    Args:
        after (int | Unset): Return changes with a sequence above this one. Default: 0.
        limit (int | Unset): Page size, at most 1000. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
        )
    ).parsed
