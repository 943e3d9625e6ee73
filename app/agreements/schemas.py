from __future__ import annotations

import datetime as dt

from pydantic import Field

from app.core.schemas import Evidence, PageMeta, Schema, picked


class AgreementRead(Schema):
    id: int = Field(examples=[1])
    kind: str = Field(description="protocol, memorandum, agreement, declaration, roadmap, contract, program or other.", examples=["protocol"])
    title: str = Field(description="As written in the article.", examples=["final protocol"])
    meeting_id: int = Field(examples=[2])
    date: dt.date | None = Field(description="Date of the meeting it was signed at.", examples=["2024-04-17"])
    parties: list[str] = Field(description="Sides of that meeting.", examples=[["AZ", "RU-TA"]])
    article_id: int = Field(description="The article that reports the signing.", examples=[1])
    article_url: str | None = Field(description="That article's URL, when known.", examples=[None])
    evidence: Evidence


AgreementReadFields = picked(AgreementRead)


class AgreementPage(PageMeta):
    items: list[AgreementRead | AgreementReadFields] = Field(description="Every field of each item, or those named in `fields=`.")
