from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.meeting_read import MeetingRead


T = TypeVar("T", bound="PersonDetail")


@_attrs_define
class PersonDetail:
    """
    Attributes:
        created_at (datetime.datetime): When the record was stored.
        updated_at (datetime.datetime): When the record, or what its detail lists, last changed.
        id (int):
        name (str): The name as first written.
        aliases (list[str]): Every spelling met in the articles.
        parties (list[str]): Sides the person represented.
        titles (list[str]): Titles as written, distinct.
        meeting_count (int):
        meetings (list[MeetingRead]): Every meeting the person took part in, newest first.
    """

    created_at: datetime.datetime
    updated_at: datetime.datetime
    id: int
    name: str
    aliases: list[str]
    parties: list[str]
    titles: list[str]
    meeting_count: int
    meetings: list[MeetingRead]

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        id = self.id

        name = self.name

        aliases = self.aliases

        parties = self.parties

        titles = self.titles

        meeting_count = self.meeting_count

        meetings = []
        for meetings_item_data in self.meetings:
            meetings_item = meetings_item_data.to_dict()
            meetings.append(meetings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "updated_at": updated_at,
                "id": id,
                "name": name,
                "aliases": aliases,
                "parties": parties,
                "titles": titles,
                "meeting_count": meeting_count,
                "meetings": meetings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meeting_read import MeetingRead

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        id = d.pop("id")

        name = d.pop("name")

        aliases = cast(list[str], d.pop("aliases"))

        parties = cast(list[str], d.pop("parties"))

        titles = cast(list[str], d.pop("titles"))

        meeting_count = d.pop("meeting_count")

        meetings = []
        _meetings = d.pop("meetings")
        for meetings_item_data in _meetings:
            meetings_item = MeetingRead.from_dict(meetings_item_data)

            meetings.append(meetings_item)

        person_detail = cls(
            created_at=created_at,
            updated_at=updated_at,
            id=id,
            name=name,
            aliases=aliases,
            parties=parties,
            titles=titles,
            meeting_count=meeting_count,
            meetings=meetings,
        )

        return person_detail
