from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SectorReadFields")


@_attrs_define
class SectorReadFields:
    """SectorRead with only the fields named in `fields=`.

    Attributes:
        slug (str | Unset):
        label (str | Unset):
        meeting_count (int | Unset): Meetings at which the sector was discussed.
    """

    slug: str | Unset = UNSET
    label: str | Unset = UNSET
    meeting_count: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        meeting_count = self.meeting_count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if label is not UNSET:
            field_dict["label"] = label
        if meeting_count is not UNSET:
            field_dict["meeting_count"] = meeting_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        label = d.pop("label", UNSET)

        meeting_count = d.pop("meeting_count", UNSET)

        sector_read_fields = cls(
            slug=slug,
            label=label,
            meeting_count=meeting_count,
        )

        return sector_read_fields
