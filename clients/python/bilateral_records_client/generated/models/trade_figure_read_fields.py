from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="TradeFigureReadFields")


@_attrs_define
class TradeFigureReadFields:
    """TradeFigureRead with only the fields named in `fields=`.

    Attributes:
        id (int | Unset):
        parties (list[str] | Unset): The two sides, in code order.
        metric (str | Unset): trade_turnover, exports, imports, investment or other.
        value (float | None | Unset): In units of the currency, a JSON number; null for a percentage change alone.
        currency (None | str | Unset): ISO 4217.
        period (None | str | Unset): `YYYY`, `YYYY-MM` or `YYYY-MM/YYYY-MM`.
        period_start (datetime.date | None | Unset):
        period_end (datetime.date | None | Unset):
        approximate (bool | Unset): The text hedges (about, over, nearly).
        change_pct (float | None | Unset): Percentage change, when reported (with a value or alone).
        exporter (None | str | Unset): For exports and imports: the side the goods go from, when the text says.
        importer (None | str | Unset): For exports and imports: the side the goods go to, when the text says.
        article_id (int | Unset):
        article_url (None | str | Unset): The article's URL, when known.
        evidence (Evidence | Unset): Where in the article a record was read: character offsets and the sentence itself.
    """

    id: int | Unset = UNSET
    parties: list[str] | Unset = UNSET
    metric: str | Unset = UNSET
    value: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    period: None | str | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    approximate: bool | Unset = UNSET
    change_pct: float | None | Unset = UNSET
    exporter: None | str | Unset = UNSET
    importer: None | str | Unset = UNSET
    article_id: int | Unset = UNSET
    article_url: None | str | Unset = UNSET
    evidence: Evidence | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parties: list[str] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = self.parties

        metric = self.metric

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        period: None | str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        else:
            period = self.period

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        period_end: None | str | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        elif isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        approximate = self.approximate

        change_pct: float | None | Unset
        if isinstance(self.change_pct, Unset):
            change_pct = UNSET
        else:
            change_pct = self.change_pct

        exporter: None | str | Unset
        if isinstance(self.exporter, Unset):
            exporter = UNSET
        else:
            exporter = self.exporter

        importer: None | str | Unset
        if isinstance(self.importer, Unset):
            importer = UNSET
        else:
            importer = self.importer

        article_id = self.article_id

        article_url: None | str | Unset
        if isinstance(self.article_url, Unset):
            article_url = UNSET
        else:
            article_url = self.article_url

        evidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parties is not UNSET:
            field_dict["parties"] = parties
        if metric is not UNSET:
            field_dict["metric"] = metric
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if period is not UNSET:
            field_dict["period"] = period
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if approximate is not UNSET:
            field_dict["approximate"] = approximate
        if change_pct is not UNSET:
            field_dict["change_pct"] = change_pct
        if exporter is not UNSET:
            field_dict["exporter"] = exporter
        if importer is not UNSET:
            field_dict["importer"] = importer
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if article_url is not UNSET:
            field_dict["article_url"] = article_url
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence import Evidence

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        parties = cast(list[str], d.pop("parties", UNSET))

        metric = d.pop("metric", UNSET)

        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        def _parse_period_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

        def _parse_period_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.date.fromisoformat(data)

                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_end = _parse_period_end(d.pop("period_end", UNSET))

        approximate = d.pop("approximate", UNSET)

        def _parse_change_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        change_pct = _parse_change_pct(d.pop("change_pct", UNSET))

        def _parse_exporter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exporter = _parse_exporter(d.pop("exporter", UNSET))

        def _parse_importer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        importer = _parse_importer(d.pop("importer", UNSET))

        article_id = d.pop("article_id", UNSET)

        def _parse_article_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        article_url = _parse_article_url(d.pop("article_url", UNSET))

        _evidence = d.pop("evidence", UNSET)
        evidence: Evidence | Unset
        if isinstance(_evidence, Unset):
            evidence = UNSET
        else:
            evidence = Evidence.from_dict(_evidence)

        trade_figure_read_fields = cls(
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

        return trade_figure_read_fields
