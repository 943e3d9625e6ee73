from __future__ import annotations

from pydantic import Field

from app.core.schemas import PageMeta, Schema, picked


class SectorRead(Schema):
    slug: str = Field(examples=["energy"])
    label: str = Field(examples=["Energy"])
    meeting_count: int = Field(description="Meetings at which the sector was discussed.", examples=[4])


SectorReadFields = picked(SectorRead)


class SectorList(PageMeta):
    items: list[SectorRead | SectorReadFields] = Field(description="Every field of each item, or those named in `fields=`.")
