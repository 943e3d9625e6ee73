from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.meeting_read import MeetingRead
    from ..models.party_ref import PartyRef


T = TypeVar("T", bound="CommissionDetail")


@_attrs_define
class CommissionDetail:
    """
    Attributes:
        created_at (datetime.datetime): When the record was stored.
        updated_at (datetime.datetime): When the record, or what its detail lists, last changed.
        id (int):
        name (str):
        parties (list[PartyRef]):
        session_count (int): Sessions recorded, held or planned.
        latest_session_number (int | None): Highest session number recorded.
        sessions (list[MeetingRead]): Its sessions from every article, by session number then date.
    """

    created_at: datetime.datetime
    updated_at: datetime.datetime
    id: int
    name: str
    parties: list[PartyRef]
    session_count: int
    latest_session_number: int | None
    sessions: list[MeetingRead]

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        id = self.id

        name = self.name

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        session_count = self.session_count

        latest_session_number: int | None
        latest_session_number = self.latest_session_number

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "updated_at": updated_at,
                "id": id,
                "name": name,
                "parties": parties,
                "session_count": session_count,
                "latest_session_number": latest_session_number,
                "sessions": sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meeting_read import MeetingRead
        from ..models.party_ref import PartyRef

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        id = d.pop("id")

        name = d.pop("name")

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = PartyRef.from_dict(parties_item_data)

            parties.append(parties_item)

        session_count = d.pop("session_count")

        def _parse_latest_session_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        latest_session_number = _parse_latest_session_number(d.pop("latest_session_number"))

        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = MeetingRead.from_dict(sessions_item_data)

            sessions.append(sessions_item)

        commission_detail = cls(
            created_at=created_at,
            updated_at=updated_at,
            id=id,
            name=name,
            parties=parties,
            session_count=session_count,
            latest_session_number=latest_session_number,
            sessions=sessions,
        )

        return commission_detail
