from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="FacetCount")


@_attrs_define
class FacetCount:
    """
    Attributes:
        key (None | str): A sector slug, party code, year, month (YYYY-MM) or kind; null for undated meetings.
        count (int): Meetings (events) in the group.
        reports (int): Articles' reports of those meetings.
    """

    key: None | str
    count: int
    reports: int

    def to_dict(self) -> dict[str, Any]:
        key: None | str
        key = self.key

        count = self.count

        reports = self.reports

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "count": count,
                "reports": reports,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        count = d.pop("count")

        reports = d.pop("reports")

        facet_count = cls(
            key=key,
            count=count,
            reports=reports,
        )

        return facet_count
