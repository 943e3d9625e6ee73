from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.core.schemas import PageMeta, Schema
from app.meetings.schemas import MeetingRead
from app.trade.schemas import TradeFigureRead


class ArticleRead(Schema):
    id: int = Field(examples=[1])
    title: str | None = Field(description="Headline, when the file has one.", examples=[None])
    source: str | None = Field(description="Agency credited in the text.", examples=["Trend"])
    url: str | None = Field(examples=[None])
    published_on: date | None = Field(examples=["2024-04-17"])
    dateline: str | None = Field(examples=["Baku"])
    file_name: str | None = Field(examples=["az-tatarstan-2024-04-17.txt"])
    content_hash: str = Field(description="SHA-256 of the text; ingesting the same text again adds nothing.")
    ingested_at: datetime
    meeting_count: int = Field(examples=[4])


class ArticlePage(PageMeta):
    items: list[ArticleRead]


class ArticleDetail(ArticleRead):
    text: str = Field(description="Full text; evidence offsets index into it.")
    parties: list[str] = Field(description="Sides of the article's meetings.", examples=[["AZ", "RU-TA"]])
    sectors: list[str] = Field(examples=[["trade", "investment"]])
    meetings: list[MeetingRead]
    trade_figures: list[TradeFigureRead]
