from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.counterpart import Counterpart
    from ..models.party_ref import PartyRef


T = TypeVar("T", bound="PartyDetail")


@_attrs_define
class PartyDetail:
    """
    Attributes:
        created_at (datetime.datetime): When the record was stored.
        updated_at (datetime.datetime): When the record, or what its detail lists, last changed.
        code (str): ISO 3166-1 alpha-2, ISO 3166-2, or `ORG:ACRONYM`.
        name (str):
        kind (str): country, region or organization
        parent (None | str): For a region, its country's code.
        meeting_count (int): Meetings this party is a side of.
        regions (list[PartyRef]): Regions of this country that appear as sides.
        counterparts (list[Counterpart]): The parties it met most, most meetings first (top 20).
    """

    created_at: datetime.datetime
    updated_at: datetime.datetime
    code: str
    name: str
    kind: str
    parent: None | str
    meeting_count: int
    regions: list[PartyRef]
    counterparts: list[Counterpart]

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        code = self.code

        name = self.name

        kind = self.kind

        parent: None | str
        parent = self.parent

        meeting_count = self.meeting_count

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        counterparts = []
        for counterparts_item_data in self.counterparts:
            counterparts_item = counterparts_item_data.to_dict()
            counterparts.append(counterparts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "updated_at": updated_at,
                "code": code,
                "name": name,
                "kind": kind,
                "parent": parent,
                "meeting_count": meeting_count,
                "regions": regions,
                "counterparts": counterparts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.counterpart import Counterpart
        from ..models.party_ref import PartyRef

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        code = d.pop("code")

        name = d.pop("name")

        kind = d.pop("kind")

        def _parse_parent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent = _parse_parent(d.pop("parent"))

        meeting_count = d.pop("meeting_count")

        regions = []
        _regions = d.pop("regions")
        for regions_item_data in _regions:
            regions_item = PartyRef.from_dict(regions_item_data)

            regions.append(regions_item)

        counterparts = []
        _counterparts = d.pop("counterparts")
        for counterparts_item_data in _counterparts:
            counterparts_item = Counterpart.from_dict(counterparts_item_data)

            counterparts.append(counterparts_item)

        party_detail = cls(
            created_at=created_at,
            updated_at=updated_at,
            code=code,
            name=name,
            kind=kind,
            parent=parent,
            meeting_count=meeting_count,
            regions=regions,
            counterparts=counterparts,
        )

        return party_detail
