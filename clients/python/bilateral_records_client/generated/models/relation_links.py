from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="RelationLinks")


@_attrs_define
class RelationLinks:
    """
    Attributes:
        meetings (str): The dyad's meetings in `/v1/meetings`.
        first (None | str):
        latest (None | str):
    """

    meetings: str
    first: None | str
    latest: None | str

    def to_dict(self) -> dict[str, Any]:
        meetings = self.meetings

        first: None | str
        first = self.first

        latest: None | str
        latest = self.latest

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meetings": meetings,
                "first": first,
                "latest": latest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        meetings = d.pop("meetings")

        def _parse_first(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first = _parse_first(d.pop("first"))

        def _parse_latest(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        latest = _parse_latest(d.pop("latest"))

        relation_links = cls(
            meetings=meetings,
            first=first,
            latest=latest,
        )

        return relation_links
