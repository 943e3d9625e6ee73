from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field

from app.core.schemas import PageMeta, Schema, Timestamped, picked
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


class ArticleDetail(ArticleRead, Timestamped):
    text: str = Field(
        description="Full text; evidence offsets index into it.",
        examples=[" date 2024-04-17 BAKU, Azerbaijan, April 17. Azerbaijan and Russia's Tatarstan have discussed ..."],
    )
    parties: list[str] = Field(description="Sides of the article's meetings.", examples=[["AZ", "RU-TA"]])
    sectors: list[str] = Field(examples=[["trade", "investment"]])
    meetings: list[MeetingRead]
    trade_figures: list[TradeFigureRead]


WriteStatus = Literal["created", "replaced", "unchanged", "failed"]
_CREATED_EXAMPLE = {"meetings": 4, "participants": 2, "people": 2, "commissions": 1, "agreements": 1, "trade_figures": 1}


class ArticlePost(Schema):
    """One article as JSON; the same fields as a line of a JSON Lines file."""

    text: str = Field(description="The article text (at most 2,000,000 bytes as UTF-8).",
                      examples=["BAKU, Azerbaijan, April 17. Azerbaijan and Russia's Tatarstan have discussed investment ..."])
    url: str | None = Field(None, description="http(s) URL; identifies the article: a new text here replaces the old.",
                            examples=["https://wire.example/az-tatarstan"])
    title: str | None = Field(None, examples=["Azerbaijan, Tatarstan discuss investment"])
    source: str | None = Field(None, examples=["Trend"])
    published_on: str | None = Field(None, description="YYYY-MM-DD", examples=["2024-04-17"])


class ArticleWritten(Schema):
    status: WriteStatus = Field(
        description="`created` (201), `replaced` (a new text at a known URL), `unchanged` (a text already stored); "
        "in a batch also `failed`.",
        examples=["created"],
    )
    article_id: int | None = Field(description="The article; null when it failed.", examples=[18])
    location: str | None = Field(description="Its URL in this API.", examples=["/v1/articles/18"])
    created: dict[str, int] = Field(description="Records created, by kind (none for `unchanged`).", examples=[_CREATED_EXAMPLE])
    merged: int = Field(description="Meetings it reports that other articles reported first.", examples=[0])


class BatchLine(ArticleWritten):
    """One line of the answer to an NDJSON batch, for the input line of the same number."""

    line: int = Field(description="The input line (1 is the first; blank lines are skipped but counted).", examples=[1])
    error: str | None = Field(description="Why the line failed; null otherwise.", examples=[None])


class ArticleDeleted(Schema):
    status: Literal["deleted"] = Field(examples=["deleted"])
    article_id: int = Field(examples=[18])
    meetings_removed: int = Field(description="Meetings only this article reported.", examples=[3])
    meetings_kept: int = Field(description="Meetings other articles also report: they stay, on those reports.", examples=[1])
