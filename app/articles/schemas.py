from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.core.schemas import PageMeta, Schema, picked
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
    content_hash: str = Field(
        description="SHA-256 of the text; ingesting the same text again adds nothing.",
        examples=["5f1c0b3e9a3d4f2b8f0e6c1d2a7b9e4c3f6a8d0b1c2e3f4a5b6c7d8e9f0a1b2c"],
    )
    ingested_at: datetime = Field(examples=["2026-11-27T03:37:40.123456+00:00"])
    meeting_count: int = Field(examples=[4])
    relevance: float | None = Field(description="With `q`: how well the article matches, higher is better.", examples=[None])
    snippet: str | None = Field(
        description="With `q`: a passage with the matches in `<mark>...</mark>` (plain text, not HTML-escaped).",
        examples=[None],
    )


ArticleReadFields = picked(ArticleRead)


class ArticlePage(PageMeta):
    items: list[ArticleRead | ArticleReadFields] = Field(description="Every field of each item, or those named in `fields=`.")


class ArticleDetail(ArticleRead):
    text: str = Field(
        description="Full text; evidence offsets index into it.",
        examples=[" date 2024-04-17 BAKU, Azerbaijan, April 17. Azerbaijan and Russia's Tatarstan have discussed ..."],
    )
    parties: list[str] = Field(description="Sides of the article's meetings.", examples=[["AZ", "RU-TA"]])
    sectors: list[str] = Field(examples=[["trade", "investment"]])
    meetings: list[MeetingRead]
    trade_figures: list[TradeFigureRead]
