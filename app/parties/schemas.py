from __future__ import annotations

from pydantic import Field

from app.core.schemas import PageMeta, PartyRef, Schema, Timestamped, picked


class PartyRead(PartyRef):
    parent: str | None = Field(description="For a region, its country's code.", examples=["RU"])
    meeting_count: int = Field(description="Meetings this party is a side of.", examples=[4])


PartyReadFields = picked(PartyRead)


class PartyPage(PageMeta):
    items: list[PartyRead | PartyReadFields] = Field(description="Every field of each item, or those named in `fields=`.")


class Counterpart(Schema):
    code: str = Field(examples=["AZ"])
    name: str = Field(examples=["Azerbaijan"])
    kind: str = Field(examples=["country"])
    meeting_count: int = Field(description="Meetings shared with the party.", examples=[4])


class PartyDetail(PartyRead, Timestamped):
    regions: list[PartyRef] = Field(description="Regions of this country that appear as sides.")
    counterparts: list[Counterpart] = Field(description="The parties it met most, most meetings first (top 20).")
