from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.facet_count import FacetCount


T = TypeVar("T", bound="MeetingStats")


@_attrs_define
class MeetingStats:
    """
    Attributes:
        group_by (str):
        total (int): Meetings (events) matching the filters (a meeting may count in several sector or party groups).
        reports (int): Articles' reports of those meetings; more than `total` when outlets report the same event.
        groups (list[FacetCount]):
    """

    group_by: str
    total: int
    reports: int
    groups: list[FacetCount]

    def to_dict(self) -> dict[str, Any]:
        group_by = self.group_by

        total = self.total

        reports = self.reports

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "group_by": group_by,
                "total": total,
                "reports": reports,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facet_count import FacetCount

        d = dict(src_dict)
        group_by = d.pop("group_by")

        total = d.pop("total")

        reports = d.pop("reports")

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = FacetCount.from_dict(groups_item_data)

            groups.append(groups_item)

        meeting_stats = cls(
            group_by=group_by,
            total=total,
            reports=reports,
            groups=groups,
        )

        return meeting_stats
