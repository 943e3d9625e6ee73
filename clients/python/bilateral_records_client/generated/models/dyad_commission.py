from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.session_brief import SessionBrief


T = TypeVar("T", bound="DyadCommission")


@_attrs_define
class DyadCommission:
    """
    Attributes:
        id (int):
        name (str):
        sessions (list[SessionBrief]):
    """

    id: int
    name: str
    sessions: list[SessionBrief]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "sessions": sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_brief import SessionBrief

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = SessionBrief.from_dict(sessions_item_data)

            sessions.append(sessions_item)

        dyad_commission = cls(
            id=id,
            name=name,
            sessions=sessions,
        )

        return dyad_commission
