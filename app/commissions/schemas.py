from __future__ import annotations

from pydantic import Field

from app.core.schemas import PageMeta, PartyRef, Schema, Timestamped, picked
from app.meetings.schemas import MeetingRead


class CommissionRead(Schema):
    id: int = Field(examples=[1])
    name: str = Field(examples=["Joint Intergovernmental Commission on Trade, Economic, Scientific, Technical, and Cultural Cooperation between Azerbaijan and Tatarstan"])
    parties: list[str] = Field(examples=[["AZ", "RU-TA"]])
    session_count: int = Field(description="Sessions recorded, held or planned.", examples=[1])
    latest_session_number: int | None = Field(description="Highest session number recorded.", examples=[4])


CommissionReadFields = picked(CommissionRead)


class CommissionPage(PageMeta):
    items: list[CommissionRead | CommissionReadFields] = Field(description="Every field of each item, or those named in `fields=`.")


class CommissionDetail(Timestamped):
    id: int = Field(examples=[1])
    name: str = Field(examples=["Joint Intergovernmental Commission on Trade, Economic, Scientific, Technical, and Cultural Cooperation between Azerbaijan and Tatarstan"])
    parties: list[PartyRef]
    session_count: int = Field(description="Sessions recorded, held or planned.", examples=[1])
    latest_session_number: int | None = Field(description="Highest session number recorded.", examples=[4])
    sessions: list[MeetingRead] = Field(description="Its sessions from every article, by session number then date.")
