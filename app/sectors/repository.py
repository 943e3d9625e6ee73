from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from app.meetings.models import MeetingSector
from app.sectors.models import Sector


def list_sectors(connection: Connection) -> list[dict[str, Any]]:
    """The whole vocabulary (22 rows) in its fixed order, with meeting counts."""
    count = func.count(MeetingSector.meeting_id).label("meeting_count")
    stmt = (
        select(Sector.slug, Sector.label, count)
        .outerjoin(MeetingSector, MeetingSector.sector_id == Sector.id)
        .group_by(Sector.id, Sector.slug, Sector.label)
        .order_by(Sector.id)
    )
    return [dict(row._mapping) for row in connection.execute(stmt)]
