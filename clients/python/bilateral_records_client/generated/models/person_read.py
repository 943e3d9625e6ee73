from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PersonRead")


@_attrs_define
class PersonRead:
    """
    Attributes:
        id (int):
        name (str): The name as first written.
        aliases (list[str]): Every spelling met in the articles.
        parties (list[str]): Sides the person represented.
        titles (list[str]): Titles as written, distinct.
        meeting_count (int):
    """

    id: int
    name: str
    aliases: list[str]
    parties: list[str]
    titles: list[str]
    meeting_count: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        aliases = self.aliases

        parties = self.parties

        titles = self.titles

        meeting_count = self.meeting_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "aliases": aliases,
                "parties": parties,
                "titles": titles,
                "meeting_count": meeting_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        aliases = cast(list[str], d.pop("aliases"))

        parties = cast(list[str], d.pop("parties"))

        titles = cast(list[str], d.pop("titles"))

        meeting_count = d.pop("meeting_count")

        person_read = cls(
            id=id,
            name=name,
            aliases=aliases,
            parties=parties,
            titles=titles,
            meeting_count=meeting_count,
        )

        return person_read
