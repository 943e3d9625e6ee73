from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.change_read import ChangeRead


T = TypeVar("T", bound="ChangePage")


@_attrs_define
class ChangePage:
    """
    Attributes:
        items (list[ChangeRead]): Changes after `after`, in sequence order.
        last_seq (int): The last sequence of this page, or `after` when it is empty: store it and ask for `after` it
            next.
        next_ (str): The URL of the following page (the same `limit`).
    """

    items: list[ChangeRead]
    last_seq: int
    next_: str

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        last_seq = self.last_seq

        next_ = self.next_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "last_seq": last_seq,
                "next": next_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.change_read import ChangeRead

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ChangeRead.from_dict(items_item_data)

            items.append(items_item)

        last_seq = d.pop("last_seq")

        next_ = d.pop("next")

        change_page = cls(
            items=items,
            last_seq=last_seq,
            next_=next_,
        )

        return change_page
