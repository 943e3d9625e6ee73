import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_page import MeetingPage
from ...models.meetings_list_format_type_0 import MeetingsListFormatType0
from ...models.meetings_list_kind_item import MeetingsListKindItem
from ...models.meetings_list_sector_item import MeetingsListSectorItem
from ...models.meetings_list_status_type_0 import MeetingsListStatusType0
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    facets: None | str | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[MeetingsListSectorItem] | Unset = UNSET,
    kind: list[MeetingsListKindItem] | Unset = UNSET,
    status: MeetingsListStatusType0 | None | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: MeetingsListFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_facets: None | str | Unset
    if isinstance(facets, Unset):
        json_facets = UNSET
    else:
        json_facets = facets
    params["facets"] = json_facets

    json_party: list[str] | Unset = UNSET
    if not isinstance(party, Unset):
        json_party = party

    params["party"] = json_party

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

    json_sector: list[str] | Unset = UNSET
    if not isinstance(sector, Unset):
        json_sector = []
        for sector_item_data in sector:
            sector_item: str = sector_item_data
            json_sector.append(sector_item)

    params["sector"] = json_sector

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item: str = kind_item_data
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_person: None | str | Unset
    if isinstance(person, Unset):
        json_person = UNSET
    else:
        json_person = person
    params["person"] = json_person

    json_commission: int | None | Unset
    if isinstance(commission, Unset):
        json_commission = UNSET
    else:
        json_commission = commission
    params["commission"] = json_commission

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["include_subdivisions"] = include_subdivisions

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

    json_include: None | str | Unset
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
        "url": "/v1/meetings",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MeetingPage | Problem | None:
    if response.status_code == 200:
        response_200 = MeetingPage.from_dict(response.json())

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
) -> Response[MeetingPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    facets: None | str | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[MeetingsListSectorItem] | Unset = UNSET,
    kind: list[MeetingsListKindItem] | Unset = UNSET,
    status: MeetingsListStatusType0 | None | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: MeetingsListFormatType0 | None | Unset = UNSET,
) -> Response[MeetingPage | Problem]:
    """List meetings

     Meetings, sessions, visits, calls and forums, filtered and paginated by keyset. Sort keys: date, id,
    kind, session_number, relevance (default `-date`, or `-relevance` with `q`; `relevance` needs `q`;
    ties broken by id). The next page's URL is in `next_cursor` and the `Link` header.

    Args:
        facets (None | str | Unset): Comma-separated facets to count for the current filters
            beside the page: sector, party, year, month, kind.
        party (list[str] | Unset): Party code, case-insensitive; repeat (up to 10) to require
            every given party (`party=AZ&party=RU-TA`).
        since (datetime.date | None | Unset): Meetings on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Meetings on or before this date (YYYY-MM-DD).
        sector (list[MeetingsListSectorItem] | Unset): Sector slug (see `/v1/sectors`); repeat (up
            to 10) to require every given sector. A meeting's sectors are those named in the sentences
            that report it.
        kind (list[MeetingsListKindItem] | Unset): Meeting kind; repeat (up to 8) for any of
            several.
        status (MeetingsListStatusType0 | None | Unset): `held` or `planned`.
        person (None | str | Unset): Substring of a participant's name, any spelling; case and
            accents ignored.
        commission (int | None | Unset): Commission id (see `/v1/commissions`).
        q (None | str | Unset): Full-text search of article text: words (all must occur; stemmed;
            case, accents and common words ignored), "quoted phrases" and prefixes (`energ*`). Adds
            `relevance` and a highlighted `snippet` to each item and sorts by relevance unless `sort`
            says otherwise.
        include_subdivisions (bool | Unset): Let a country in `party` stand for its regions too
            (`RU` then covers `RU-TA`). Default: False.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of date, id,
            kind, session_number, relevance.
        include (None | str | Unset): `total` adds `total`, the exact number of matching rows, to
            the page. Comma-separated, with any of participants, agreements, sources: adds that list
            to each item, as the item's detail has it (in CSV, a column of JSON objects).
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, kind, status, date, title, location, commission, session_number,
            article_id, article_url, evidence, reports, source_article_ids, parties, sectors,
            relevance, snippet, participants, agreements, sources.
        format_ (MeetingsListFormatType0 | None | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingPage | Problem]
    """

    kwargs = _get_kwargs(
        facets=facets,
        party=party,
        since=since,
        until=until,
        sector=sector,
        kind=kind,
        status=status,
        person=person,
        commission=commission,
        q=q,
        include_subdivisions=include_subdivisions,
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
    facets: None | str | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[MeetingsListSectorItem] | Unset = UNSET,
    kind: list[MeetingsListKindItem] | Unset = UNSET,
    status: MeetingsListStatusType0 | None | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: MeetingsListFormatType0 | None | Unset = UNSET,
) -> MeetingPage | Problem | None:
    """List meetings

     Meetings, sessions, visits, calls and forums, filtered and paginated by keyset. Sort keys: date, id,
    kind, session_number, relevance (default `-date`, or `-relevance` with `q`; `relevance` needs `q`;
    ties broken by id). The next page's URL is in `next_cursor` and the `Link` header.

    Args:
        facets (None | str | Unset): Comma-separated facets to count for the current filters
            beside the page: sector, party, year, month, kind.
        party (list[str] | Unset): Party code, case-insensitive; repeat (up to 10) to require
            every given party (`party=AZ&party=RU-TA`).
        since (datetime.date | None | Unset): Meetings on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Meetings on or before this date (YYYY-MM-DD).
        sector (list[MeetingsListSectorItem] | Unset): Sector slug (see `/v1/sectors`); repeat (up
            to 10) to require every given sector. A meeting's sectors are those named in the sentences
            that report it.
        kind (list[MeetingsListKindItem] | Unset): Meeting kind; repeat (up to 8) for any of
            several.
        status (MeetingsListStatusType0 | None | Unset): `held` or `planned`.
        person (None | str | Unset): Substring of a participant's name, any spelling; case and
            accents ignored.
        commission (int | None | Unset): Commission id (see `/v1/commissions`).
        q (None | str | Unset): Full-text search of article text: words (all must occur; stemmed;
            case, accents and common words ignored), "quoted phrases" and prefixes (`energ*`). Adds
            `relevance` and a highlighted `snippet` to each item and sorts by relevance unless `sort`
            says otherwise.
        include_subdivisions (bool | Unset): Let a country in `party` stand for its regions too
            (`RU` then covers `RU-TA`). Default: False.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of date, id,
            kind, session_number, relevance.
        include (None | str | Unset): `total` adds `total`, the exact number of matching rows, to
            the page. Comma-separated, with any of participants, agreements, sources: adds that list
            to each item, as the item's detail has it (in CSV, a column of JSON objects).
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, kind, status, date, title, location, commission, session_number,
            article_id, article_url, evidence, reports, source_article_ids, parties, sectors,
            relevance, snippet, participants, agreements, sources.
        format_ (MeetingsListFormatType0 | None | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingPage | Problem
    """

    return sync_detailed(
        client=client,
        facets=facets,
        party=party,
        since=since,
        until=until,
        sector=sector,
        kind=kind,
        status=status,
        person=person,
        commission=commission,
        q=q,
        include_subdivisions=include_subdivisions,
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
    facets: None | str | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[MeetingsListSectorItem] | Unset = UNSET,
    kind: list[MeetingsListKindItem] | Unset = UNSET,
    status: MeetingsListStatusType0 | None | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: MeetingsListFormatType0 | None | Unset = UNSET,
) -> Response[MeetingPage | Problem]:
    """List meetings

     Meetings, sessions, visits, calls and forums, filtered and paginated by keyset. Sort keys: date, id,
    kind, session_number, relevance (default `-date`, or `-relevance` with `q`; `relevance` needs `q`;
    ties broken by id). The next page's URL is in `next_cursor` and the `Link` header.

    Args:
        facets (None | str | Unset): Comma-separated facets to count for the current filters
            beside the page: sector, party, year, month, kind.
        party (list[str] | Unset): Party code, case-insensitive; repeat (up to 10) to require
            every given party (`party=AZ&party=RU-TA`).
        since (datetime.date | None | Unset): Meetings on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Meetings on or before this date (YYYY-MM-DD).
        sector (list[MeetingsListSectorItem] | Unset): Sector slug (see `/v1/sectors`); repeat (up
            to 10) to require every given sector. A meeting's sectors are those named in the sentences
            that report it.
        kind (list[MeetingsListKindItem] | Unset): Meeting kind; repeat (up to 8) for any of
            several.
        status (MeetingsListStatusType0 | None | Unset): `held` or `planned`.
        person (None | str | Unset): Substring of a participant's name, any spelling; case and
            accents ignored.
        commission (int | None | Unset): Commission id (see `/v1/commissions`).
        q (None | str | Unset): Full-text search of article text: words (all must occur; stemmed;
            case, accents and common words ignored), "quoted phrases" and prefixes (`energ*`). Adds
            `relevance` and a highlighted `snippet` to each item and sorts by relevance unless `sort`
            says otherwise.
        include_subdivisions (bool | Unset): Let a country in `party` stand for its regions too
            (`RU` then covers `RU-TA`). Default: False.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of date, id,
            kind, session_number, relevance.
        include (None | str | Unset): `total` adds `total`, the exact number of matching rows, to
            the page. Comma-separated, with any of participants, agreements, sources: adds that list
            to each item, as the item's detail has it (in CSV, a column of JSON objects).
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, kind, status, date, title, location, commission, session_number,
            article_id, article_url, evidence, reports, source_article_ids, parties, sectors,
            relevance, snippet, participants, agreements, sources.
        format_ (MeetingsListFormatType0 | None | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingPage | Problem]
    """

    kwargs = _get_kwargs(
        facets=facets,
        party=party,
        since=since,
        until=until,
        sector=sector,
        kind=kind,
        status=status,
        person=person,
        commission=commission,
        q=q,
        include_subdivisions=include_subdivisions,
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
    facets: None | str | Unset = UNSET,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[MeetingsListSectorItem] | Unset = UNSET,
    kind: list[MeetingsListKindItem] | Unset = UNSET,
    status: MeetingsListStatusType0 | None | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    include: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    format_: MeetingsListFormatType0 | None | Unset = UNSET,
) -> MeetingPage | Problem | None:
    """List meetings

     Meetings, sessions, visits, calls and forums, filtered and paginated by keyset. Sort keys: date, id,
    kind, session_number, relevance (default `-date`, or `-relevance` with `q`; `relevance` needs `q`;
    ties broken by id). The next page's URL is in `next_cursor` and the `Link` header.

    Args:
        facets (None | str | Unset): Comma-separated facets to count for the current filters
            beside the page: sector, party, year, month, kind.
        party (list[str] | Unset): Party code, case-insensitive; repeat (up to 10) to require
            every given party (`party=AZ&party=RU-TA`).
        since (datetime.date | None | Unset): Meetings on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Meetings on or before this date (YYYY-MM-DD).
        sector (list[MeetingsListSectorItem] | Unset): Sector slug (see `/v1/sectors`); repeat (up
            to 10) to require every given sector. A meeting's sectors are those named in the sentences
            that report it.
        kind (list[MeetingsListKindItem] | Unset): Meeting kind; repeat (up to 8) for any of
            several.
        status (MeetingsListStatusType0 | None | Unset): `held` or `planned`.
        person (None | str | Unset): Substring of a participant's name, any spelling; case and
            accents ignored.
        commission (int | None | Unset): Commission id (see `/v1/commissions`).
        q (None | str | Unset): Full-text search of article text: words (all must occur; stemmed;
            case, accents and common words ignored), "quoted phrases" and prefixes (`energ*`). Adds
            `relevance` and a highlighted `snippet` to each item and sorts by relevance unless `sort`
            says otherwise.
        include_subdivisions (bool | Unset): Let a country in `party` stand for its regions too
            (`RU` then covers `RU-TA`). Default: False.
        updated_since (datetime.datetime | None | Unset): Only records created or updated at or
            after this moment (ISO 8601; UTC without an offset). A record is updated when it, or what
            its detail lists, changes; deletions are in `/v1/changes`.
        limit (int | Unset): Page size, at most 500. Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's `next_cursor` (or its
            `Link: rel="next"`).
        sort (None | str | Unset): Comma-separated sort keys, `-` for descending: any of date, id,
            kind, session_number, relevance.
        include (None | str | Unset): `total` adds `total`, the exact number of matching rows, to
            the page. Comma-separated, with any of participants, agreements, sources: adds that list
            to each item, as the item's detail has it (in CSV, a column of JSON objects).
        fields (None | str | Unset): Comma-separated top-level fields to return (also the CSV
            columns): any of id, kind, status, date, title, location, commission, session_number,
            article_id, article_url, evidence, reports, source_article_ids, parties, sectors,
            relevance, snippet, participants, agreements, sources.
        format_ (MeetingsListFormatType0 | None | Unset): `csv` or `ndjson` streams every matching
            row (not one page); same as `Accept: text/csv` or `application/x-ndjson`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            facets=facets,
            party=party,
            since=since,
            until=until,
            sector=sector,
            kind=kind,
            status=status,
            person=person,
            commission=commission,
            q=q,
            include_subdivisions=include_subdivisions,
            updated_since=updated_since,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include=include,
            fields=fields,
            format_=format_,
        )
    ).parsed
