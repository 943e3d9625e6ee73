from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartyReadFields")


@_attrs_define
class PartyReadFields:
    """PartyRead with only the fields named in `fields=`.

    Attributes:
        code (str | Unset): ISO 3166-1 alpha-2, ISO 3166-2, or `ORG:ACRONYM`.
        name (str | Unset):
        kind (str | Unset): country, region or organization
        parent (None | str | Unset): For a region, its country's code.
        meeting_count (int | Unset): Meetings this party is a side of.
    """

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    kind: str | Unset = UNSET
    parent: None | str | Unset = UNSET
    meeting_count: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        kind = self.kind

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        meeting_count = self.meeting_count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if parent is not UNSET:
            field_dict["parent"] = parent
        if meeting_count is not UNSET:
            field_dict["meeting_count"] = meeting_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        kind = d.pop("kind", UNSET)

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        meeting_count = d.pop("meeting_count", UNSET)

        party_read_fields = cls(
            code=code,
            name=name,
            kind=kind,
            parent=parent,
            meeting_count=meeting_count,
        )

        return party_read_fields
