from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.side_person import SidePerson


T = TypeVar("T", bound="SidePeople")


@_attrs_define
class SidePeople:
    """
    Attributes:
        side (str):
        people (list[SidePerson]):
    """

    side: str
    people: list[SidePerson]

    def to_dict(self) -> dict[str, Any]:
        side = self.side

        people = []
        for people_item_data in self.people:
            people_item = people_item_data.to_dict()
            people.append(people_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "side": side,
                "people": people,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.side_person import SidePerson

        d = dict(src_dict)
        side = d.pop("side")

        people = []
        _people = d.pop("people")
        for people_item_data in _people:
            people_item = SidePerson.from_dict(people_item_data)

            people.append(people_item)

        side_people = cls(
            side=side,
            people=people,
        )

        return side_people
