from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from app.changes.models import ENTITIES, OPERATIONS
from app.core.schemas import Schema

Entity = Literal[ENTITIES]  # type: ignore[valid-type]
Operation = Literal[OPERATIONS]  # type: ignore[valid-type]


class ChangeRead(Schema):
    seq: int = Field(description="Position in the feed; increases with every change, in commit order.", examples=[42])
    entity: Entity = Field(description="The kind of record.", examples=["meeting"])  # type: ignore[valid-type]
    id: int = Field(description="The record's id (a party's id, not its code).", examples=[7])
    operation: Operation = Field(  # type: ignore[valid-type]
        description="`insert`, `update` (the record, or what its detail lists, changed; a replaced article "
        "is an `update` of it) or `delete`.",
        examples=["insert"],
    )
    changed_at: datetime = Field(description="When the transaction that made it committed.", examples=["2026-11-29T18:30:02.518+00:00"])


class ChangePage(Schema):
    items: list[ChangeRead] = Field(description="Changes after `after`, in sequence order.")
    last_seq: int = Field(
        description="The last sequence of this page, or `after` when it is empty: store it and ask for `after` it next.",
        examples=[42],
    )
    next: str = Field(description="The URL of the following page (the same `limit`).", examples=["/v1/changes?after=42&limit=100"])
