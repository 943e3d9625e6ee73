"""Counts of meetings per group, over any filter of `/v1/meetings`."""
from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Connection, func

from app.db.functions import date_part
from app.meetings.filters import MeetingFilters
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource
from app.meetings.repository import filtered_meetings
from app.parties.models import Party
from app.sectors.models import Sector

GroupBy = Literal["year", "month", "sector", "party", "kind"]
GROUPS: tuple[str, ...] = ("year", "month", "sector", "party", "kind")


def count_meetings(connection: Connection, filters: MeetingFilters, group_by: str) -> tuple[list[dict[str, Any]], int, int]:
    """Groups `{key, count, reports}`, the number of meetings matched and of their reports. A
    meeting is one event however many articles report it: `count` counts events, `reports` the
    articles' reports of them. A meeting counts once in each of its sectors or parties; undated
    meetings form the group with key null."""
    query, params = filtered_meetings(connection, filters)
    stmt, driver = query.stmt, query.driver
    totals = connection.execute(
        stmt.outerjoin(MeetingSource, MeetingSource.meeting_id == Meeting.id)
        .add_columns(func.count(func.distinct(Meeting.id)), func.count(MeetingSource.article_id)),
        params,
    ).one()
    count = func.count(func.distinct(Meeting.id)).label("count")
    reports = func.count(MeetingSource.article_id).label("reports")
    if group_by in ("year", "month"):
        date_column = driver.c.date if driver is not None else Meeting.date
        key: Any = date_part(group_by, date_column)
        ordered = (stmt.outerjoin(MeetingSource, MeetingSource.meeting_id == Meeting.id)
                   .add_columns(key.label("key"), count, reports).group_by(key).order_by(key.asc().nulls_last()))
    else:
        if group_by == "sector":
            key = Sector.slug
            grouped = stmt.join(MeetingSector, MeetingSector.meeting_id == Meeting.id).join(Sector, Sector.id == MeetingSector.sector_id)
        elif group_by == "party":
            key = Party.code
            grouped = stmt.join(MeetingParty, MeetingParty.meeting_id == Meeting.id).join(Party, Party.id == MeetingParty.party_id)
        else:
            key = Meeting.kind
            grouped = stmt
        ordered = (grouped.outerjoin(MeetingSource, MeetingSource.meeting_id == Meeting.id)
                   .add_columns(key.label("key"), count, reports).group_by(key).order_by(count.desc(), key))
    groups = [{"key": row.key, "count": row.count, "reports": row.reports} for row in connection.execute(ordered, params)]
    return groups, totals[0] or 0, totals[1] or 0

