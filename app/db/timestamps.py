"""`created_at` and `updated_at` of the records the change feed follows.

Both are set by the ORM when a row is written through a session; `app.changes.tracking` also
moves `updated_at` of a record when rows that its detail shows (a meeting's participants, a
person's meetings) come or go."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


def _as_created(context: Any) -> datetime:
    # A new row's updated_at is its created_at exactly (that column's default runs first).
    created = context.get_current_parameters().get("created_at")
    return created if isinstance(created, datetime) else utcnow()


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    @declared_attr
    def updated_at(cls) -> Mapped[datetime]:
        return mapped_column(DateTime(timezone=True), default=_as_created, onupdate=utcnow, index=True)


def aware(moment: datetime) -> datetime:
    """SQLite hands timestamps back without their zone; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def row_timestamps(row: Any) -> dict[str, datetime]:
    """`created_at` and `updated_at` of a detail's row (its statement selects them), for the response."""
    return {"created_at": aware(row.created_at), "updated_at": aware(row.updated_at)}
