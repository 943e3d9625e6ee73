from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PartyRef")


@_attrs_define
class PartyRef:
    """
    Attributes:
        code (str): ISO 3166-1 alpha-2, ISO 3166-2, or `ORG:ACRONYM`.
        name (str):
        kind (str): country, region or organization
    """

    code: str
    name: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        kind = self.kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        kind = d.pop("kind")

        party_ref = cls(
            code=code,
            name=name,
            kind=kind,
        )

        return party_ref
