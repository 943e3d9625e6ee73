from __future__ import annotations

from sqlalchemy import Connection, func, select

from app.core.pagination import Page
from app.core.params import PageParams
from app.meetings.models import MeetingSector
from app.sectors.models import Sector


def list_sectors(connection: Connection, page: PageParams) -> Page:
    """The whole vocabulary (22 rows) in its fixed order, with meeting counts, as one page."""
    count = func.count(MeetingSector.meeting_id).label("meeting_count")
    stmt = (
        select(Sector.slug, Sector.label, count)
        .outerjoin(MeetingSector, MeetingSector.sector_id == Sector.id)
        .group_by(Sector.id, Sector.slug, Sector.label)
        .order_by(Sector.id)
    )
    return Page([dict(row._mapping) for row in connection.execute(stmt)], None)
