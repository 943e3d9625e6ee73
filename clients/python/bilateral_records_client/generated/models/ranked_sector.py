from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RankedSector")


@_attrs_define
class RankedSector:
    """
    Attributes:
        slug (str):
        label (str):
        meeting_count (int): Meetings of the dyad that discussed it (each meeting's own sectors).
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

        ranked_sector = cls(
            slug=slug,
            label=label,
            meeting_count=meeting_count,
        )

        return ranked_sector
