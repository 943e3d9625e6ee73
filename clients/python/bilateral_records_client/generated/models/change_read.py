from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.change_read_entity import ChangeReadEntity, check_change_read_entity
from ..models.change_read_operation import ChangeReadOperation, check_change_read_operation

T = TypeVar("T", bound="ChangeRead")


@_attrs_define
class ChangeRead:
    """
    Attributes:
        seq (int): Position in the feed; increases with every change, in commit order.
        entity (ChangeReadEntity): The kind of record.
        id (int): The record's id (a party's id, not its code).
        operation (ChangeReadOperation): `insert`, `update` (the record, or what its detail lists, changed; a replaced
            article is an `update` of it) or `delete`.
        changed_at (datetime.datetime): When the transaction that made it committed.
    """

    seq: int
    entity: ChangeReadEntity
    id: int
    operation: ChangeReadOperation
    changed_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        entity: str = self.entity

        id = self.id

        operation: str = self.operation

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "seq": seq,
                "entity": entity,
                "id": id,
                "operation": operation,
                "changed_at": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        seq = d.pop("seq")

        entity = check_change_read_entity(d.pop("entity"))

        id = d.pop("id")

        operation = check_change_read_operation(d.pop("operation"))

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        change_read = cls(
            seq=seq,
            entity=entity,
            id=id,
            operation=operation,
            changed_at=changed_at,
        )

        return change_read
