from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from app.core.schemas import Evidence, PageMeta, PartyRef, Schema, Timestamped, picked

MeetingKind = Literal[
    "bilateral_meeting",
    "commission_session",
    "business_forum",
    "visit",
    "phone_call",
    "video_conference",
    "signing_ceremony",
    "other",
]
MeetingStatus = Literal["held", "planned"]


class CommissionRef(Schema):
    id: int = Field(examples=[1])
    name: str = Field(
        examples=[
            "Joint Intergovernmental Commission on Trade, Economic, Scientific, Technical, "
            "and Cultural Cooperation between Azerbaijan and Tatarstan"
        ]
    )


class MeetingBase(Schema):
    id: int = Field(examples=[2])
    kind: MeetingKind = Field(examples=["commission_session"])
    status: MeetingStatus = Field(description="`held`, or `planned` as of publication.", examples=["held"])
    date: dt.date | None = Field(description="Day of the event, when the article gives or implies it.", examples=["2024-04-17"])
    title: str = Field(description="A one-line title built from the record.", examples=["4th session of the Joint Intergovernmental Commission ..."])
    location: str | None = Field(examples=["Baku"])
    commission: CommissionRef | None
    session_number: int | None = Field(examples=[4])
    article_id: int = Field(description="The first article that reported the meeting.", examples=[1])
    article_url: str | None = Field(description="That article's URL, when known.", examples=["https://wire.example/az-tatarstan"])
    evidence: Evidence = Field(description="The sentence of that article that reports the meeting.")
    reports: int = Field(description="How many articles report this meeting (one event, many reports).", examples=[1])
    source_article_ids: list[int] = Field(description="Ids of every article that reports it.", examples=[[1]])


class SourceRead(Schema):
    article_id: int = Field(examples=[1])
    url: str | None = Field(description="The article's URL, when known.", examples=["https://wire.example/az-tatarstan"])
    title: str | None = Field(examples=["Azerbaijan, Tatarstan discuss investment"])
    source: str | None = Field(description="The agency or outlet.", examples=["Trend"])
    published_on: dt.date | None = Field(examples=["2024-04-17"])
    evidence: Evidence = Field(description="The sentence of this article that reports the meeting.")


class ParticipantRead(Schema):
    person_id: int = Field(examples=[1])
    name: str = Field(description="Canonical name of the person.", examples=["Mikayil Jabbarov"])
    name_as_written: str = Field(examples=["Mikayil Jabbarov"])
    title: str | None = Field(description="Title as written in the article.", examples=["Minister of Economy"])
    party: str | None = Field(description="Code of the side represented.", examples=["AZ"])
    article_id: int = Field(description="The article that names this person here.", examples=[1])
    evidence: Evidence


class AgreementBrief(Schema):
    id: int = Field(examples=[1])
    kind: str = Field(examples=["protocol"])
    title: str = Field(examples=["final protocol"])
    article_id: int = Field(description="The article that reports the signing.", examples=[1])
    evidence: Evidence


class MeetingRead(MeetingBase):
    parties: list[str] = Field(description="Codes of the sides.", examples=[["AZ", "RU-TA"]])
    sectors: list[str] = Field(
        description="Sectors discussed at this meeting: those named in the sentences that report it (its own, and the ones "
        "after it until another event is introduced), merged over its reports.",
        examples=[["energy", "trade"]],
    )
    relevance: float | None = Field(description="With `q`: how well the source article matches, higher is better.", examples=[None])
    snippet: str | None = Field(
        description="With `q`: a passage of the source article with the matches in `<mark>...</mark>` (plain text, not HTML-escaped).",
        examples=[None],
    )
    participants: list[ParticipantRead] | None = Field(
        None, description="With `include=participants`: the people who took part, as in the meeting's detail."
    )
    agreements: list[AgreementBrief] | None = Field(
        None, description="With `include=agreements`: the documents signed, as in the meeting's detail."
    )
    sources: list[SourceRead] | None = Field(
        None, description="With `include=sources`: every article that reports the meeting, with its own sentence."
    )


class FacetCount(Schema):
    key: str | None = Field(
        description="A sector slug, party code, year, month (YYYY-MM) or kind; null for undated meetings.", examples=["energy"]
    )
    count: int = Field(description="Meetings (events) in the group.", examples=[4])
    reports: int = Field(description="Articles' reports of those meetings.", examples=[4])


MeetingReadFields = picked(MeetingRead)


class MeetingPage(PageMeta):
    items: list[MeetingRead | MeetingReadFields] = Field(description="Every field of each item, or those named in `fields=`.")
    facets: dict[str, list[FacetCount]] | None = Field(
        None,
        description="With `facets=`: counts per facet value for the current filters (not just this page).",
        examples=[{"sector": [{"key": "trade", "count": 4}], "year": [{"key": "2024", "count": 3}, {"key": None, "count": 1}]}],
    )


class SectorMention(Schema):
    slug: str = Field(examples=["energy"])
    label: str = Field(examples=["Energy"])
    article_id: int = Field(description="The article that names the sector for this meeting.", examples=[1])
    evidence: Evidence


class MeetingDetail(MeetingBase, Timestamped):
    parties: list[PartyRef]
    sectors: list[SectorMention]
    relevance: None = Field(description="Always null here: a list item's search relevance, kept so a detail has every field of one.", examples=[None])
    snippet: None = Field(description="Always null here: a list item's search snippet, kept so a detail has every field of one.", examples=[None])
    sources: list[SourceRead] = Field(description="Every article that reports the meeting, with its own sentence.")
    participants: list[ParticipantRead]
    agreements: list[AgreementBrief]
