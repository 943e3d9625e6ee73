from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base

# Feed names of the followed records, in the order their changes are written within a transaction.
ENTITIES = ("party", "person", "commission", "article", "meeting", "agreement", "trade_figure")
OPERATIONS = ("insert", "update", "delete")


class Change(Base):
    """One insert, update or delete of a followed record. `seq` is taken from `ChangeCounter` at
    commit time, so sequence order is commit order (see `app.changes.tracking`)."""

    __tablename__ = "changes"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(8))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        CheckConstraint(f"entity IN {ENTITIES}", name="entity"),
        CheckConstraint(f"operation IN {OPERATIONS}", name="operation"),
    )


class ChangeCounter(Base):
    """Exactly one row (id 1), created by the migration: the last sequence number handed out."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
