from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommissionReadFields")


@_attrs_define
class CommissionReadFields:
    """CommissionRead with only the fields named in `fields=`.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        parties (list[str] | Unset):
        session_count (int | Unset): Sessions recorded, held or planned.
        latest_session_number (int | None | Unset): Highest session number recorded.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    parties: list[str] | Unset = UNSET
    session_count: int | Unset = UNSET
    latest_session_number: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parties: list[str] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = self.parties

        session_count = self.session_count

        latest_session_number: int | None | Unset
        if isinstance(self.latest_session_number, Unset):
            latest_session_number = UNSET
        else:
            latest_session_number = self.latest_session_number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if parties is not UNSET:
            field_dict["parties"] = parties
        if session_count is not UNSET:
            field_dict["session_count"] = session_count
        if latest_session_number is not UNSET:
            field_dict["latest_session_number"] = latest_session_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        parties = cast(list[str], d.pop("parties", UNSET))

        session_count = d.pop("session_count", UNSET)

        def _parse_latest_session_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_session_number = _parse_latest_session_number(d.pop("latest_session_number", UNSET))

        commission_read_fields = cls(
            id=id,
            name=name,
            parties=parties,
            session_count=session_count,
            latest_session_number=latest_session_number,
        )

        return commission_read_fields
