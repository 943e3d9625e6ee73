from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Counterpart")


@_attrs_define
class Counterpart:
    """
    Attributes:
        code (str):
        name (str):
        kind (str):
        meeting_count (int): Meetings shared with the party.
    """

    code: str
    name: str
    kind: str
    meeting_count: int

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        kind = self.kind

        meeting_count = self.meeting_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "kind": kind,
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

        meeting_count = d.pop("meeting_count")

        counterpart = cls(
            code=code,
            name=name,
            kind=kind,
            meeting_count=meeting_count,
        )

        return counterpart
