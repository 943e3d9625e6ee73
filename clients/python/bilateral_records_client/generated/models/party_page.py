from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.party_read import PartyRead
    from ..models.party_read_fields import PartyReadFields


T = TypeVar("T", bound="PartyPage")


@_attrs_define
class PartyPage:
    """
    Attributes:
        next_cursor (None | str): Pass as `cursor` to get the next page; null on the last page.
        items (list[PartyRead | PartyReadFields]): Every field of each item, or those named in `fields=`.
        total (int | None | Unset): Number of rows matching the filters; present only with `include=total`.
    """

    next_cursor: None | str
    items: list[PartyRead | PartyReadFields]
    total: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.party_read import PartyRead

        next_cursor: None | str
        next_cursor = self.next_cursor

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, PartyRead):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "next_cursor": next_cursor,
                "items": items,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.party_read import PartyRead
        from ..models.party_read_fields import PartyReadFields

        d = dict(src_dict)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> PartyRead | PartyReadFields:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0 = PartyRead.from_dict(data)

                    return items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_1 = PartyReadFields.from_dict(data)

                return items_item_type_1

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        party_page = cls(
            next_cursor=next_cursor,
            items=items,
            total=total,
        )

        return party_page
