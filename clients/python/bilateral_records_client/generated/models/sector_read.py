from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SectorRead")


@_attrs_define
class SectorRead:
    """
    Attributes:
        slug (str):
        label (str):
        meeting_count (int): Meetings at which the sector was discussed.
    """

    slug: str
    label: str
    meeting_count: int

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        meeting_count = self.meeting_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "label": label,
                "meeting_count": meeting_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

        meeting_count = d.pop("meeting_count")

        sector_read = cls(
            slug=slug,
            label=label,
            meeting_count=meeting_count,
        )

        return sector_read
