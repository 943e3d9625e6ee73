from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from app.changes.models import Change
from app.db.timestamps import aware


def changes_after(connection: Connection, after: int, limit: int) -> list[dict[str, Any]]:
    rows = connection.execute(
        select(Change.seq, Change.entity, Change.entity_id, Change.operation, Change.changed_at)
        .where(Change.seq > after).order_by(Change.seq).limit(limit)
    )
    return [
        {"seq": r.seq, "entity": r.entity, "id": r.entity_id, "operation": r.operation, "changed_at": aware(r.changed_at)}
        for r in rows
    ]
