from __future__ import annotations

from pydantic import Field

from app.core.schemas import PageMeta, Schema


class SectorRead(Schema):
    slug: str = Field(examples=["energy"])
    label: str = Field(examples=["Energy"])
    meeting_count: int = Field(description="Meetings at which the sector was discussed.", examples=[4])


class SectorList(PageMeta):
    items: list[SectorRead]
