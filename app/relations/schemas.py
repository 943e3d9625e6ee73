from __future__ import annotations

import datetime as dt

from pydantic import Field

from app.core.schemas import PartyRef, Schema
from app.meetings.schemas import MeetingRead
from app.trade.schemas import TradeFigureRead


class MeetingSummary(Schema):
    total: int = Field(description="Meetings (events) of the dyad; an event reported by several articles counts once.", examples=[4])
    reports: int = Field(description="Articles' reports of those meetings.", examples=[4])
    held: int = Field(examples=[3])
    planned: int = Field(examples=[1])
    first: MeetingRead | None = Field(description="The earliest dated meeting.")
    latest: MeetingRead | None = Field(description="The latest dated meeting.")


class RelationLinks(Schema):
    meetings: str = Field(description="The dyad's meetings in `/v1/meetings`.", examples=["/v1/meetings?party=AZ&party=RU-TA"])
    first: str | None = Field(examples=["/v1/meetings/1"])
    latest: str | None = Field(examples=["/v1/meetings/3"])


class RankedSector(Schema):
    slug: str = Field(examples=["trade"])
    label: str = Field(examples=["Trade"])
    meeting_count: int = Field(description="Meetings of the dyad that discussed it (each meeting's own sectors).", examples=[4])


class DyadAgreement(Schema):
    id: int = Field(examples=[1])
    kind: str = Field(examples=["protocol"])
    title: str = Field(examples=["final protocol"])
    meeting_id: int = Field(examples=[2])
    date: dt.date | None = Field(examples=["2024-04-17"])
    article_id: int = Field(examples=[1])
    article_url: str | None = Field(description="The article's URL, when known.", examples=[None])


class SessionBrief(Schema):
    meeting_id: int = Field(examples=[2])
    session_number: int | None = Field(examples=[4])
    status: str = Field(examples=["held"])
    date: dt.date | None = Field(examples=["2024-04-17"])
    location: str | None = Field(examples=["Baku"])


class DyadCommission(Schema):
    id: int = Field(examples=[1])
    name: str = Field(examples=["Joint Intergovernmental Commission on Trade, Economic, Scientific, Technical, and Cultural Cooperation between Azerbaijan and Tatarstan"])
    sessions: list[SessionBrief]


class SidePerson(Schema):
    id: int = Field(examples=[1])
    name: str = Field(examples=["Mikayil Jabbarov"])
    party: str = Field(description="The party the person represented (a region of the side, with include_subdivisions).", examples=["AZ"])
    meeting_count: int = Field(examples=[1])


class SidePeople(Schema):
    side: str = Field(examples=["AZ"])
    people: list[SidePerson]


class Relation(Schema):
    parties: list[PartyRef]
    include_subdivisions: bool = Field(examples=[False])
    meetings: MeetingSummary
    links: RelationLinks
    sectors: list[RankedSector] = Field(description="Sectors by how many of the dyad's meetings discussed them.")
    agreements: list[DyadAgreement] = Field(description="Documents signed at the dyad's meetings, newest first.")
    commissions: list[DyadCommission] = Field(description="Standing bodies of the two sides with their session history.")
    trade_figures: list[TradeFigureRead] = Field(description="Figures between the two sides by metric, then period: a time series.")
    people: list[SidePeople] = Field(description="Who took part on each side, most meetings first.")
