from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SidePerson")


@_attrs_define
class SidePerson:
    """
    Attributes:
        id (int):
        name (str):
        party (str): The party the person represented (a region of the side, with include_subdivisions).
        meeting_count (int):
    """

    id: int
    name: str
    party: str
    meeting_count: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        party = self.party

        meeting_count = self.meeting_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "party": party,
                "meeting_count": meeting_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        party = d.pop("party")

        meeting_count = d.pop("meeting_count")

        side_person = cls(
            id=id,
            name=name,
            party=party,
            meeting_count=meeting_count,
        )

        return side_person
