import datetime
from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commission_page import CommissionPage
from ...models.commissions_list_format_type_0 import CommissionsListFormatType0
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    party: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: CommissionsListFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_party: None | str | Unset
    if isinstance(party, Unset):
        json_party = UNSET
    else:
        json_party = party
    params["party"] = json_party

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/v1/commissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommissionPage | Problem | None:
    if response.status_code == 200:
        response_200 = CommissionPage.from_dict(response.json())

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
) -> Response[CommissionPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    party: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: CommissionsListFormatType0 | None | Unset = UNSET,
) -> Response[CommissionPage | Problem]:
    """List commissions

     Intergovernmental commissions, councils and working groups. Sort keys: name, id (default `name`;
    ties broken by id).

    Args:
        party (None | str | Unset): Only commissions with this party as a side.
        q (None | str | Unset): Substring of the name, case-insensitive.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of name, id.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, name, parties, session_count, latest_session_number.
        format_ (CommissionsListFormatType0 | None | Unset): `csv` or `ndjson` streams every
            matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommissionPage | Problem]
    """

    kwargs = _get_kwargs(
        party=party,
        q=q,
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
    party: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: CommissionsListFormatType0 | None | Unset = UNSET,
) -> CommissionPage | Problem | None:
    """List commissions

     Intergovernmental commissions, councils and working groups. Sort keys: name, id (default `name`;
    ties broken by id).

    Args:
        party (None | str | Unset): Only commissions with this party as a side.
        q (None | str | Unset): Substring of the name, case-insensitive.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of name, id.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, name, parties, session_count, latest_session_number.
        format_ (CommissionsListFormatType0 | None | Unset): `csv` or `ndjson` streams every
            matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommissionPage | Problem
    """

    return sync_detailed(
        client=client,
        party=party,
        q=q,
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
    party: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: CommissionsListFormatType0 | None | Unset = UNSET,
) -> Response[CommissionPage | Problem]:
    """List commissions

     Intergovernmental commissions, councils and working groups. Sort keys: name, id (default `name`;
    ties broken by id).

    Args:
        party (None | str | Unset): Only commissions with this party as a side.
        q (None | str | Unset): Substring of the name, case-insensitive.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of name, id.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, name, parties, session_count, latest_session_number.
        format_ (CommissionsListFormatType0 | None | Unset): `csv` or `ndjson` streams every
            matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommissionPage | Problem]
    """

    kwargs = _get_kwargs(
        party=party,
        q=q,
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
    party: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: CommissionsListFormatType0 | None | Unset = UNSET,
) -> CommissionPage | Problem | None:
    """List commissions

     Intergovernmental commissions, councils and working groups. Sort keys: name, id (default `name`;
    ties broken by id).

    Args:
        party (None | str | Unset): Only commissions with this party as a side.
        q (None | str | Unset): Substring of the name, case-insensitive.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of name, id.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, name, parties, session_count, latest_session_number.
        format_ (CommissionsListFormatType0 | None | Unset): `csv` or `ndjson` streams every
            matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommissionPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            party=party,
            q=q,
            updated_since=updated_since,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include=include,
            fields=fields,
            format_=format_,
        )
    ).parsed
