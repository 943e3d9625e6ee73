from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SessionBrief")


@_attrs_define
class SessionBrief:
    """
    Attributes:
        meeting_id (int):
        session_number (int | None):
        status (str):
        date (datetime.date | None):
        location (None | str):
    """

    meeting_id: int
    session_number: int | None
    status: str
    date: datetime.date | None
    location: None | str

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        session_number: int | None
        session_number = self.session_number

        status = self.status

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        location: None | str
        location = self.location

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meeting_id": meeting_id,
                "session_number": session_number,
                "status": status,
                "date": date,
                "location": location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        meeting_id = d.pop("meeting_id")

        def _parse_session_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        session_number = _parse_session_number(d.pop("session_number"))

        status = d.pop("status")

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        session_brief = cls(
            meeting_id=meeting_id,
            session_number=session_number,
            status=status,
            date=date,
            location=location,
        )

        return session_brief
