from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sector_list import SectorList
from ...models.sectors_list_format_type_0 import SectorsListFormatType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: None | str | Unset = UNSET,
    format_: None | SectorsListFormatType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/v1/sectors",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SectorList | None:
    if response.status_code == 200:
        response_200 = SectorList.from_dict(response.json())

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
) -> Response[Problem | SectorList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: None | str | Unset = UNSET,
    format_: None | SectorsListFormatType0 | Unset = UNSET,
) -> Response[Problem | SectorList]:
    """List sectors

     The sector vocabulary, in its fixed order, with the number of meetings that discussed each sector.

    Args:
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of slug, label, meeting_count.
        format_ (None | SectorsListFormatType0 | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SectorList]
    """

    kwargs = _get_kwargs(
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
    fields: None | str | Unset = UNSET,
    format_: None | SectorsListFormatType0 | Unset = UNSET,
) -> Problem | SectorList | None:
    """List sectors

     The sector vocabulary, in its fixed order, with the number of meetings that discussed each sector.

    Args:
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of slug, label, meeting_count.
        format_ (None | SectorsListFormatType0 | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SectorList
    """

    return sync_detailed(
        client=client,
        fields=fields,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: None | str | Unset = UNSET,
    format_: None | SectorsListFormatType0 | Unset = UNSET,
) -> Response[Problem | SectorList]:
    """List sectors

     The sector vocabulary, in its fixed order, with the number of meetings that discussed each sector.

    Args:
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of slug, label, meeting_count.
        format_ (None | SectorsListFormatType0 | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SectorList]
    """

    kwargs = _get_kwargs(
        fields=fields,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: None | str | Unset = UNSET,
    format_: None | SectorsListFormatType0 | Unset = UNSET,
) -> Problem | SectorList | None:
    """List sectors

     The sector vocabulary, in its fixed order, with the number of meetings that discussed each sector.

    Args:
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of slug, label, meeting_count.
        format_ (None | SectorsListFormatType0 | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SectorList
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            format_=format_,
        )
    ).parsed
