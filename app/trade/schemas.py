from __future__ import annotations

from datetime import date

from pydantic import Field

from app.core.schemas import Evidence, PageMeta, Schema, picked


class TradeFigureRead(Schema):
    id: int = Field(examples=[1])
    parties: list[str] = Field(description="The two sides, in code order.", examples=[["AZ", "RU"]])
    metric: str = Field(description="trade_turnover, exports, imports, investment or other.", examples=["trade_turnover"])
    value: float | None = Field(
        description="In units of the currency, a JSON number; null for a percentage change alone.", examples=[4400000000]
    )
    currency: str | None = Field(description="ISO 4217.", examples=["USD"])
    period: str | None = Field(description="`YYYY`, `YYYY-MM` or `YYYY-MM/YYYY-MM`.", examples=["2023"])
    period_start: date | None = Field(examples=["2023-01-01"])
    period_end: date | None = Field(examples=["2023-12-31"])
    approximate: bool = Field(description="The text hedges (about, over, nearly).", examples=[True])
    change_pct: float | None = Field(description="Percentage change, when reported (with a value or alone).", examples=[12.5])
    exporter: str | None = Field(description="For exports and imports: the side the goods go from, when the text says.", examples=[None])
    importer: str | None = Field(description="For exports and imports: the side the goods go to, when the text says.", examples=[None])
    article_id: int = Field(examples=[1])
    article_url: str | None = Field(description="The article's URL, when known.", examples=[None])
    evidence: Evidence


TradeFigureReadFields = picked(TradeFigureRead)


class TradeFigurePage(PageMeta):
    items: list[TradeFigureRead | TradeFigureReadFields] = Field(description="Every field of each item, or those named in `fields=`.")


class SeriesReport(Schema):
    figure_id: int = Field(examples=[1])
    article_id: int = Field(examples=[1])
    published_on: date | None = Field(examples=["2024-04-17"])
    value: float = Field(description="In units of the currency, a JSON number.", examples=[4400000000])


class SeriesPoint(Schema):
    period: str | None = Field(examples=["2023"])
    period_start: date = Field(examples=["2023-01-01"])
    period_end: date = Field(examples=["2023-12-31"])
    currency: str | None = Field(examples=["USD"])
    value: float = Field(description="The value of the most recently published report, a JSON number.", examples=[4400000000])
    approximate: bool = Field(examples=[True])
    reports: list[SeriesReport] = Field(description="Every report of this period, the winning one first.")


class TradeSeries(Schema):
    parties: list[str] = Field(examples=[["AZ", "RU"]])
    metric: str = Field(examples=["trade_turnover"])
    currency: str | None = Field(examples=["USD"])
    exporter: str | None = Field(description="With `exporter=`: the side the goods go from.", examples=[None])
    points: list[SeriesPoint]
