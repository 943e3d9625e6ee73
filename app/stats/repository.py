"""Counts of meetings per group, over any filter of `/v1/meetings`.

The filters select a set of meetings; the groups are counted over that set as a subquery
(`matched`), joined to the tables of the group (sectors, parties) and to the reports. The filter
statement is never joined to those tables itself: its own subqueries on the same tables would
otherwise be taken for correlated ones, and every filter would have to know every grouping."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

from sqlalchemy import ColumnElement, Connection, FromClause, Select, Subquery, func, select

from app.db.functions import date_part
from app.meetings.filters import MeetingFilters
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource
from app.meetings.repository import MeetingShape, filtered_meetings, meeting_query
from app.parties.models import Party
from app.sectors.models import Sector

GroupBy = Literal["year", "month", "sector", "party", "kind"]
GROUPS: tuple[str, ...] = ("year", "month", "sector", "party", "kind")


def _matched(shape: MeetingShape) -> Subquery:
    """One row per meeting matching the filters: its id, date and kind."""
    query = meeting_query(shape)
    date_column = query.driver.c.date if query.driver is not None else Meeting.date
    return query.stmt.add_columns(Meeting.id.label("id"), date_column.label("date"), Meeting.kind.label("kind")).subquery("matched")


def _group_key(group_by: str, matched: Subquery) -> tuple[ColumnElement[Any], FromClause]:
    """The key of a group and the FROM that gives one row per (meeting, key)."""
    if group_by in ("year", "month"):
        return date_part(group_by, matched.c.date), matched
    if group_by == "kind":
        return matched.c.kind, matched
    if group_by == "sector":
        return Sector.slug, matched.join(MeetingSector, MeetingSector.meeting_id == matched.c.id).join(
            Sector, Sector.id == MeetingSector.sector_id
        )
    return Party.code, matched.join(MeetingParty, MeetingParty.meeting_id == matched.c.id).join(
        Party, Party.id == MeetingParty.party_id
    )


@lru_cache(maxsize=512)
def count_statements(shape: MeetingShape, group_by: str) -> tuple[Select[Any], Select[Any]]:
    """(totals, groups) for a shape of filters and a grouping, built once (shapes are few: the
    number of repeated values is capped)."""
    matched = _matched(shape)
    meetings = func.count(func.distinct(matched.c.id))
    reports = func.count(MeetingSource.article_id)
    totals = select(meetings, reports).select_from(matched.outerjoin(MeetingSource, MeetingSource.meeting_id == matched.c.id))
    key, source = _group_key(group_by, matched)
    count = meetings.label("count")
    groups = (
        select(key.label("key"), count, reports.label("reports"))
        .select_from(source.outerjoin(MeetingSource, MeetingSource.meeting_id == matched.c.id))
        .group_by(key)
    )
    ordered = groups.order_by(key.asc().nulls_last()) if group_by in ("year", "month") else groups.order_by(count.desc(), key)
    return totals, ordered


def count_meetings(connection: Connection, filters: MeetingFilters, group_by: str) -> tuple[list[dict[str, Any]], int, int]:
    """Groups `{key, count, reports}`, the number of meetings matched and of their reports. A
    meeting is one event however many articles report it: `count` counts events, `reports` the
    articles' reports of them. A meeting counts once in each of its sectors or parties; undated
    meetings form the group with key null."""
    shape, params = filtered_meetings(connection, filters)
    totals, groups = count_statements(shape, group_by)
    total, reports = connection.execute(totals, params).one()
    rows = connection.execute(groups, params)
    return [{"key": row.key, "count": row.count, "reports": row.reports} for row in rows], total or 0, reports or 0
