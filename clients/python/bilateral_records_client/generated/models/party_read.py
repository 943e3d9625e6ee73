from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PartyRead")


@_attrs_define
class PartyRead:
    """
    Attributes:
        code (str): ISO 3166-1 alpha-2, ISO 3166-2, or `ORG:ACRONYM`.
        name (str):
        kind (str): country, region or organization
        parent (None | str): For a region, its country's code.
        meeting_count (int): Meetings this party is a side of.
    """

    code: str
    name: str
    kind: str
    parent: None | str
    meeting_count: int

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        kind = self.kind

        parent: None | str
        parent = self.parent

        meeting_count = self.meeting_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "kind": kind,
                "parent": parent,
                "meeting_count": meeting_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        kind = d.pop("kind")

        def _parse_parent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent = _parse_parent(d.pop("parent"))

        meeting_count = d.pop("meeting_count")

        party_read = cls(
            code=code,
            name=name,
            kind=kind,
            parent=parent,
            meeting_count=meeting_count,
        )

        return party_read
