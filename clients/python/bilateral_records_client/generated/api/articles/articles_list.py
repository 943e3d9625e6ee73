import datetime
from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_page import ArticlePage
from ...models.articles_list_format_type_0 import ArticlesListFormatType0
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: ArticlesListFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.date):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.date):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

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
        "url": "/v1/articles",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArticlePage | Problem | None:
    if response.status_code == 200:
        response_200 = ArticlePage.from_dict(response.json())

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
) -> Response[ArticlePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: ArticlesListFormatType0 | None | Unset = UNSET,
) -> Response[ArticlePage | Problem]:
    """List articles

     The ingested articles, without their text. Sort keys: published_on, ingested_at, id, relevance
    (default `-published_on`, or `-relevance` with `q`; `relevance` needs `q`; ties broken by id).

    Args:
        source (None | str | Unset): Agency credited, case-insensitive.
        since (datetime.date | None | Unset): Published on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Published on or before this date (YYYY-MM-DD).
        q (None | str | Unset): Full-text search of article text: words (all must occur; stemmed;
            case, accents and common words ignored), "quoted phrases" and prefixes (`energ*`). Adds
            `relevance` and a highlighted `snippet` to each item and sorts by relevance unless `sort`
            says otherwise.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of
            published_on, ingested_at, id, relevance.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, title, source, url, published_on, dateline, file_name, content_hash,
            ingested_at, meeting_count, relevance, snippet.
        format_ (ArticlesListFormatType0 | None | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticlePage | Problem]
    """

    kwargs = _get_kwargs(
        source=source,
        since=since,
        until=until,
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
    source: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: ArticlesListFormatType0 | None | Unset = UNSET,
) -> ArticlePage | Problem | None:
    """List articles

     The ingested articles, without their text. Sort keys: published_on, ingested_at, id, relevance
    (default `-published_on`, or `-relevance` with `q`; `relevance` needs `q`; ties broken by id).

    Args:
        source (None | str | Unset): Agency credited, case-insensitive.
        since (datetime.date | None | Unset): Published on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Published on or before this date (YYYY-MM-DD).
        q (None | str | Unset): Full-text search of article text: words (all must occur; stemmed;
            case, accents and common words ignored), "quoted phrases" and prefixes (`energ*`). Adds
            `relevance` and a highlighted `snippet` to each item and sorts by relevance unless `sort`
            says otherwise.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of
            published_on, ingested_at, id, relevance.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, title, source, url, published_on, dateline, file_name, content_hash,
            ingested_at, meeting_count, relevance, snippet.
        format_ (ArticlesListFormatType0 | None | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticlePage | Problem
    """

    return sync_detailed(
        client=client,
        source=source,
        since=since,
        until=until,
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
    source: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: ArticlesListFormatType0 | None | Unset = UNSET,
) -> Response[ArticlePage | Problem]:
    """List articles

     The ingested articles, without their text. Sort keys: published_on, ingested_at, id, relevance
    (default `-published_on`, or `-relevance` with `q`; `relevance` needs `q`; ties broken by id).

    Args:
        source (None | str | Unset): Agency credited, case-insensitive.
        since (datetime.date | None | Unset): Published on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Published on or before this date (YYYY-MM-DD).
        q (None | str | Unset): Full-text search of article text: words (all must occur; stemmed;
            case, accents and common words ignored), "quoted phrases" and prefixes (`energ*`). Adds
            `relevance` and a highlighted `snippet` to each item and sorts by relevance unless `sort`
            says otherwise.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of
            published_on, ingested_at, id, relevance.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, title, source, url, published_on, dateline, file_name, content_hash,
            ingested_at, meeting_count, relevance, snippet.
        format_ (ArticlesListFormatType0 | None | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticlePage | Problem]
    """

    kwargs = _get_kwargs(
        source=source,
        since=since,
        until=until,
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
    source: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: Literal["total"] | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: ArticlesListFormatType0 | None | Unset = UNSET,
) -> ArticlePage | Problem | None:
    """List articles

     The ingested articles, without their text. Sort keys: published_on, ingested_at, id, relevance
    (default `-published_on`, or `-relevance` with `q`; `relevance` needs `q`; ties broken by id).

    Args:
        source (None | str | Unset): Agency credited, case-insensitive.
        since (datetime.date | None | Unset): Published on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Published on or before this date (YYYY-MM-DD).
        q (None | str | Unset): Full-text search of article text: words (all must occur; stemmed;
            case, accents and common words ignored), "quoted phrases" and prefixes (`energ*`). Adds
            `relevance` and a highlighted `snippet` to each item and sorts by relevance unless `sort`
            says otherwise.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of
            published_on, ingested_at, id, relevance.
        include (Literal['total'] | None | Unset): `total` adds `total`, the exact number of
            matching rows, to the page.
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, title, source, url, published_on, dateline, file_name, content_hash,
            ingested_at, meeting_count, relevance, snippet.
        format_ (ArticlesListFormatType0 | None | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticlePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            since=since,
            until=until,
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
