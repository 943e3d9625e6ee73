from __future__ import annotations

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.timestamps import Timestamps


class Commission(Timestamps, Base):
    """A standing body (commission, council, working group) whose sessions are numbered.

    `name_key` identifies it across articles: its name folded, together with its sides."""

    __tablename__ = "commissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, unique=True)


class CommissionParty(Base):
    __tablename__ = "commission_parties"

    commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id", ondelete="CASCADE"), primary_key=True
    )
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), primary_key=True, index=True)

    __table_args__ = (UniqueConstraint("party_id", "commission_id"),)
