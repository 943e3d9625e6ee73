from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_detail import MeetingDetail
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    meeting_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/meetings/{meeting_id}".format(
            meeting_id=quote(str(meeting_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MeetingDetail | Problem | None:
    if response.status_code == 200:
        response_200 = MeetingDetail.from_dict(response.json())

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
) -> Response[MeetingDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meeting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MeetingDetail | Problem]:
    """Get one meeting

     One meeting with its sides, participants, sectors, agreements, commission and evidence.

    Args:
        meeting_id (int): Meeting id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingDetail | Problem]
    """

    kwargs = _get_kwargs(
        meeting_id=meeting_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meeting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> MeetingDetail | Problem | None:
    """Get one meeting

     One meeting with its sides, participants, sectors, agreements, commission and evidence.

    Args:
        meeting_id (int): Meeting id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingDetail | Problem
    """

    return sync_detailed(
        meeting_id=meeting_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    meeting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MeetingDetail | Problem]:
    """Get one meeting

     One meeting with its sides, participants, sectors, agreements, commission and evidence.

    Args:
        meeting_id (int): Meeting id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingDetail | Problem]
    """

    kwargs = _get_kwargs(
        meeting_id=meeting_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meeting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> MeetingDetail | Problem | None:
    """Get one meeting

     One meeting with its sides, participants, sectors, agreements, commission and evidence.

    Args:
        meeting_id (int): Meeting id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingDetail | Problem
    """

    return (
        await asyncio_detailed(
            meeting_id=meeting_id,
            client=client,
        )
    ).parsed
