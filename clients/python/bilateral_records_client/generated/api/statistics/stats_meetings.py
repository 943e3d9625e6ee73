import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_stats import MeetingStats
from ...models.problem import Problem
from ...models.stats_meetings_group_by import StatsMeetingsGroupBy
from ...models.stats_meetings_kind_item import StatsMeetingsKindItem
from ...models.stats_meetings_sector_item import StatsMeetingsSectorItem
from ...models.stats_meetings_status_type_0 import StatsMeetingsStatusType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_by: StatsMeetingsGroupBy,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[StatsMeetingsSectorItem] | Unset = UNSET,
    kind: list[StatsMeetingsKindItem] | Unset = UNSET,
    status: None | StatsMeetingsStatusType0 | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_by: str = group_by
    params["group_by"] = json_group_by

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stats/meetings",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MeetingStats | Problem | None:
    if response.status_code == 200:
        response_200 = MeetingStats.from_dict(response.json())

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
) -> Response[MeetingStats | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_by: StatsMeetingsGroupBy,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[StatsMeetingsSectorItem] | Unset = UNSET,
    kind: list[StatsMeetingsKindItem] | Unset = UNSET,
    status: None | StatsMeetingsStatusType0 | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
) -> Response[MeetingStats | Problem]:
    """Count meetings per group

     Meeting counts per year, month, sector, party or kind, over any filter of `/v1/meetings`. Years and
    months are in ascending order with undated meetings last; other groups by count, largest first.
    `count` counts events (a meeting reported by three articles counts once); `reports` counts the
    articles' reports of them. Sector groups use each meeting's own sectors.

    Args:
        group_by (StatsMeetingsGroupBy): What to count by: year, month, sector, party or kind.
        party (list[str] | Unset): Party code, case-insensitive; repeat (up to 10) to require
            every given party (`party=AZ&party=RU-TA`).
        since (datetime.date | None | Unset): Meetings on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Meetings on or before this date (YYYY-MM-DD).
        sector (list[StatsMeetingsSectorItem] | Unset): Sector slug (see `/v1/sectors`); repeat
            (up to 10) to require every given sector. A meeting's sectors are those named in the
            sentences that report it.
        kind (list[StatsMeetingsKindItem] | Unset): Meeting kind; repeat (up to 8) for any of
            several.
        status (None | StatsMeetingsStatusType0 | Unset): `held` or `planned`.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingStats | Problem]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group_by: StatsMeetingsGroupBy,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[StatsMeetingsSectorItem] | Unset = UNSET,
    kind: list[StatsMeetingsKindItem] | Unset = UNSET,
    status: None | StatsMeetingsStatusType0 | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
) -> MeetingStats | Problem | None:
    """Count meetings per group

     Meeting counts per year, month, sector, party or kind, over any filter of `/v1/meetings`. Years and
    months are in ascending order with undated meetings last; other groups by count, largest first.
    `count` counts events (a meeting reported by three articles counts once); `reports` counts the
    articles' reports of them. Sector groups use each meeting's own sectors.

    Args:
        group_by (StatsMeetingsGroupBy): What to count by: year, month, sector, party or kind.
        party (list[str] | Unset): Party code, case-insensitive; repeat (up to 10) to require
            every given party (`party=AZ&party=RU-TA`).
        since (datetime.date | None | Unset): Meetings on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Meetings on or before this date (YYYY-MM-DD).
        sector (list[StatsMeetingsSectorItem] | Unset): Sector slug (see `/v1/sectors`); repeat
            (up to 10) to require every given sector. A meeting's sectors are those named in the
            sentences that report it.
        kind (list[StatsMeetingsKindItem] | Unset): Meeting kind; repeat (up to 8) for any of
            several.
        status (None | StatsMeetingsStatusType0 | Unset): `held` or `planned`.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingStats | Problem
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_by: StatsMeetingsGroupBy,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[StatsMeetingsSectorItem] | Unset = UNSET,
    kind: list[StatsMeetingsKindItem] | Unset = UNSET,
    status: None | StatsMeetingsStatusType0 | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
) -> Response[MeetingStats | Problem]:
    """Count meetings per group

     Meeting counts per year, month, sector, party or kind, over any filter of `/v1/meetings`. Years and
    months are in ascending order with undated meetings last; other groups by count, largest first.
    `count` counts events (a meeting reported by three articles counts once); `reports` counts the
    articles' reports of them. Sector groups use each meeting's own sectors.

    Args:
        group_by (StatsMeetingsGroupBy): What to count by: year, month, sector, party or kind.
        party (list[str] | Unset): Party code, case-insensitive; repeat (up to 10) to require
            every given party (`party=AZ&party=RU-TA`).
        since (datetime.date | None | Unset): Meetings on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Meetings on or before this date (YYYY-MM-DD).
        sector (list[StatsMeetingsSectorItem] | Unset): Sector slug (see `/v1/sectors`); repeat
            (up to 10) to require every given sector. A meeting's sectors are those named in the
            sentences that report it.
        kind (list[StatsMeetingsKindItem] | Unset): Meeting kind; repeat (up to 8) for any of
            several.
        status (None | StatsMeetingsStatusType0 | Unset): `held` or `planned`.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingStats | Problem]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_by: StatsMeetingsGroupBy,
    party: list[str] | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    sector: list[StatsMeetingsSectorItem] | Unset = UNSET,
    kind: list[StatsMeetingsKindItem] | Unset = UNSET,
    status: None | StatsMeetingsStatusType0 | Unset = UNSET,
    person: None | str | Unset = UNSET,
    commission: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_subdivisions: bool | Unset = False,
    updated_since: datetime.datetime | None | Unset = UNSET,
) -> MeetingStats | Problem | None:
    """Count meetings per group

     Meeting counts per year, month, sector, party or kind, over any filter of `/v1/meetings`. Years and
    months are in ascending order with undated meetings last; other groups by count, largest first.
    `count` counts events (a meeting reported by three articles counts once); `reports` counts the
    articles' reports of them. Sector groups use each meeting's own sectors.

    Args:
        group_by (StatsMeetingsGroupBy): What to count by: year, month, sector, party or kind.
        party (list[str] | Unset): Party code, case-insensitive; repeat (up to 10) to require
            every given party (`party=AZ&party=RU-TA`).
        since (datetime.date | None | Unset): Meetings on or after this date (YYYY-MM-DD).
        until (datetime.date | None | Unset): Meetings on or before this date (YYYY-MM-DD).
        sector (list[StatsMeetingsSectorItem] | Unset): Sector slug (see `/v1/sectors`); repeat
            (up to 10) to require every given sector. A meeting's sectors are those named in the
            sentences that report it.
        kind (list[StatsMeetingsKindItem] | Unset): Meeting kind; repeat (up to 8) for any of
            several.
        status (None | StatsMeetingsStatusType0 | Unset): `held` or `planned`.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingStats | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
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
        )
    ).parsed
