from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CommissionRead")


@_attrs_define
class CommissionRead:
    """
    Attributes:
        id (int):
        name (str):
        parties (list[str]):
        session_count (int): Sessions recorded, held or planned.
        latest_session_number (int | None): Highest session number recorded.
    """

    id: int
    name: str
    parties: list[str]
    session_count: int
    latest_session_number: int | None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parties = self.parties

        session_count = self.session_count

        latest_session_number: int | None
        latest_session_number = self.latest_session_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "parties": parties,
                "session_count": session_count,
                "latest_session_number": latest_session_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        parties = cast(list[str], d.pop("parties"))

        session_count = d.pop("session_count")

        def _parse_latest_session_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        latest_session_number = _parse_latest_session_number(d.pop("latest_session_number"))

        commission_read = cls(
            id=id,
            name=name,
            parties=parties,
            session_count=session_count,
            latest_session_number=latest_session_number,
        )

        return commission_read
