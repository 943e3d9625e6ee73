from __future__ import annotations

from pydantic import Field

from app.core.schemas import PageMeta, Schema, Timestamped, picked
from app.meetings.schemas import MeetingRead


class PersonRead(Schema):
    id: int = Field(examples=[1])
    name: str = Field(description="The name as first written.", examples=["Mikayil Jabbarov"])
    aliases: list[str] = Field(description="Every spelling met in the articles.", examples=[["Mikayil Jabbarov"]])
    parties: list[str] = Field(description="Sides the person represented.", examples=[["AZ"]])
    titles: list[str] = Field(description="Titles as written, distinct.", examples=[["Minister of Economy"]])
    meeting_count: int = Field(examples=[1])


PersonReadFields = picked(PersonRead)


class PersonPage(PageMeta):
    items: list[PersonRead | PersonReadFields] = Field(description="Every field of each item, or those named in `fields=`.")


class PersonDetail(PersonRead, Timestamped):
    meetings: list[MeetingRead] = Field(description="Every meeting the person took part in, newest first.")
