from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="TradeFigureRead")


@_attrs_define
class TradeFigureRead:
    """
    Attributes:
        id (int):
        parties (list[str]): The two sides, in code order.
        metric (str): trade_turnover, exports, imports, investment or other.
        value (float | None): In units of the currency, a JSON number; null for a percentage change alone.
        currency (None | str): ISO 4217.
        period (None | str): `YYYY`, `YYYY-MM` or `YYYY-MM/YYYY-MM`.
        period_start (datetime.date | None):
        period_end (datetime.date | None):
        approximate (bool): The text hedges (about, over, nearly).
        change_pct (float | None): Percentage change, when reported (with a value or alone).
        exporter (None | str): For exports and imports: the side the goods go from, when the text says.
        importer (None | str): For exports and imports: the side the goods go to, when the text says.
        article_id (int):
        article_url (None | str): The article's URL, when known.
        evidence (Evidence): Where in the article a record was read: character offsets and the sentence itself.
    """

    id: int
    parties: list[str]
    metric: str
    value: float | None
    currency: None | str
    period: None | str
    period_start: datetime.date | None
    period_end: datetime.date | None
    approximate: bool
    change_pct: float | None
    exporter: None | str
    importer: None | str
    article_id: int
    article_url: None | str
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parties = self.parties

        metric = self.metric

        value: float | None
        value = self.value

        currency: None | str
        currency = self.currency

        period: None | str
        period = self.period

        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        period_end: None | str
        if isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        approximate = self.approximate

        change_pct: float | None
        change_pct = self.change_pct

        exporter: None | str
        exporter = self.exporter

        importer: None | str
        importer = self.importer

        article_id = self.article_id

        article_url: None | str
        article_url = self.article_url

        evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "parties": parties,
                "metric": metric,
                "value": value,
                "currency": currency,
                "period": period,
                "period_start": period_start,
                "period_end": period_end,
                "approximate": approximate,
                "change_pct": change_pct,
                "exporter": exporter,
                "importer": importer,
                "article_id": article_id,
                "article_url": article_url,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence import Evidence

        d = dict(src_dict)
        id = d.pop("id")

        parties = cast(list[str], d.pop("parties"))

        metric = d.pop("metric")

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_period(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        period = _parse_period(d.pop("period"))

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))

        def _parse_period_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.date.fromisoformat(data)

                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_end = _parse_period_end(d.pop("period_end"))

        approximate = d.pop("approximate")

        def _parse_change_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        change_pct = _parse_change_pct(d.pop("change_pct"))

        def _parse_exporter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exporter = _parse_exporter(d.pop("exporter"))

        def _parse_importer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        importer = _parse_importer(d.pop("importer"))

        article_id = d.pop("article_id")

        def _parse_article_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        article_url = _parse_article_url(d.pop("article_url"))

        evidence = Evidence.from_dict(d.pop("evidence"))

        trade_figure_read = cls(
            id=id,
            parties=parties,
            metric=metric,
            value=value,
            currency=currency,
            period=period,
            period_start=period_start,
            period_end=period_end,
            approximate=approximate,
            change_pct=change_pct,
            exporter=exporter,
            importer=importer,
            article_id=article_id,
            article_url=article_url,
            evidence=evidence,
        )

        return trade_figure_read
