from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SeriesReport")


@_attrs_define
class SeriesReport:
    """
    Attributes:
        figure_id (int):
        article_id (int):
        published_on (datetime.date | None):
        value (float): In units of the currency, a JSON number.
    """

    figure_id: int
    article_id: int
    published_on: datetime.date | None
    value: float

    def to_dict(self) -> dict[str, Any]:
        figure_id = self.figure_id

        article_id = self.article_id

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "figure_id": figure_id,
                "article_id": article_id,
                "published_on": published_on,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        figure_id = d.pop("figure_id")

        article_id = d.pop("article_id")

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))

        value = d.pop("value")

        series_report = cls(
            figure_id=figure_id,
            article_id=article_id,
            published_on=published_on,
            value=value,
        )

        return series_report
