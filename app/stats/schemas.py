from __future__ import annotations

from pydantic import Field

from app.core.schemas import Schema


class GroupCount(Schema):
    key: str | None = Field(description="The group: a year, a month (YYYY-MM), a sector slug, a party code or a kind; null for undated meetings.", examples=["2024"])
    count: int = Field(description="Meetings in the group.", examples=[4])


class MeetingStats(Schema):
    group_by: str = Field(examples=["year"])
    total: int = Field(description="Meetings matching the filters (a meeting may count in several sector or party groups).", examples=[4])
    groups: list[GroupCount]
