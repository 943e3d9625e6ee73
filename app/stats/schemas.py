from __future__ import annotations

from pydantic import Field

from app.core.schemas import Schema
from app.meetings.schemas import FacetCount


class MeetingStats(Schema):
    group_by: str = Field(examples=["year"])
    total: int = Field(description="Meetings (events) matching the filters (a meeting may count in several sector or party groups).", examples=[4])
    reports: int = Field(description="Articles' reports of those meetings; more than `total` when outlets report the same event.", examples=[4])
    groups: list[FacetCount]
