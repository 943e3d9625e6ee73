from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.series_point import SeriesPoint


T = TypeVar("T", bound="TradeSeries")


@_attrs_define
class TradeSeries:
    """
    Attributes:
        parties (list[str]):
        metric (str):
        currency (None | str):
        exporter (None | str): With `exporter=`: the side the goods go from.
        points (list[SeriesPoint]):
    """

    parties: list[str]
    metric: str
    currency: None | str
    exporter: None | str
    points: list[SeriesPoint]

    def to_dict(self) -> dict[str, Any]:
        parties = self.parties

        metric = self.metric

        currency: None | str
        currency = self.currency

        exporter: None | str
        exporter = self.exporter

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "parties": parties,
                "metric": metric,
                "currency": currency,
                "exporter": exporter,
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.series_point import SeriesPoint

        d = dict(src_dict)
        parties = cast(list[str], d.pop("parties"))

        metric = d.pop("metric")

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_exporter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exporter = _parse_exporter(d.pop("exporter"))

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = SeriesPoint.from_dict(points_item_data)

            points.append(points_item)

        trade_series = cls(
            parties=parties,
            metric=metric,
            currency=currency,
            exporter=exporter,
            points=points,
        )

        return trade_series
