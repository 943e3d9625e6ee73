from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonReadFields")


@_attrs_define
class PersonReadFields:
    """PersonRead with only the fields named in `fields=`.

    Attributes:
        id (int | Unset):
        name (str | Unset): The name as first written.
        aliases (list[str] | Unset): Every spelling met in the articles.
        parties (list[str] | Unset): Sides the person represented.
        titles (list[str] | Unset): Titles as written, distinct.
        meeting_count (int | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    parties: list[str] | Unset = UNSET
    titles: list[str] | Unset = UNSET
    meeting_count: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        parties: list[str] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = self.parties

        titles: list[str] | Unset = UNSET
        if not isinstance(self.titles, Unset):
            titles = self.titles

        meeting_count = self.meeting_count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if parties is not UNSET:
            field_dict["parties"] = parties
        if titles is not UNSET:
            field_dict["titles"] = titles
        if meeting_count is not UNSET:
            field_dict["meeting_count"] = meeting_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        parties = cast(list[str], d.pop("parties", UNSET))

        titles = cast(list[str], d.pop("titles", UNSET))

        meeting_count = d.pop("meeting_count", UNSET)

        person_read_fields = cls(
            id=id,
            name=name,
            aliases=aliases,
            parties=parties,
            titles=titles,
            meeting_count=meeting_count,
        )

        return person_read_fields
