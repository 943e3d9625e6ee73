from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.timestamps import Timestamps

PARTY_KINDS = ("country", "region", "organization")


class Party(Timestamps, Base):
    """A side of cooperation: an ISO 3166-1 country, an ISO 3166-2 region, or `ORG:ACRONYM`."""

    __tablename__ = "parties"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), index=True)

    __table_args__ = (CheckConstraint(f"kind IN {PARTY_KINDS}", name="kind"),)
