from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.series_report import SeriesReport


T = TypeVar("T", bound="SeriesPoint")


@_attrs_define
class SeriesPoint:
    """
    Attributes:
        period (None | str):
        period_start (datetime.date):
        period_end (datetime.date):
        currency (None | str):
        value (float): The value of the most recently published report, a JSON number.
        approximate (bool):
        reports (list[SeriesReport]): Every report of this period, the winning one first.
    """

    period: None | str
    period_start: datetime.date
    period_end: datetime.date
    currency: None | str
    value: float
    approximate: bool
    reports: list[SeriesReport]

    def to_dict(self) -> dict[str, Any]:
        period: None | str
        period = self.period

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        currency: None | str
        currency = self.currency

        value = self.value

        approximate = self.approximate

        reports = []
        for reports_item_data in self.reports:
            reports_item = reports_item_data.to_dict()
            reports.append(reports_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
                "period_start": period_start,
                "period_end": period_end,
                "currency": currency,
                "value": value,
                "approximate": approximate,
                "reports": reports,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.series_report import SeriesReport

        d = dict(src_dict)

        def _parse_period(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        period = _parse_period(d.pop("period"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        value = d.pop("value")

        approximate = d.pop("approximate")

        reports = []
        _reports = d.pop("reports")
        for reports_item_data in _reports:
            reports_item = SeriesReport.from_dict(reports_item_data)

            reports.append(reports_item)

        series_point = cls(
            period=period,
            period_start=period_start,
            period_end=period_end,
            currency=currency,
            value=value,
            approximate=approximate,
            reports=reports,
        )

        return series_point
