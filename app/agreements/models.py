from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.timestamps import Timestamps
from app.db.mixins import Evidence

AGREEMENT_KINDS = (
    "protocol",
    "memorandum",
    "agreement",
    "declaration",
    "roadmap",
    "contract",
    "program",
    "other",
)


class Agreement(Evidence, Timestamps, Base):
    """A document signed or adopted at a meeting."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint(f"kind IN {AGREEMENT_KINDS}", name="kind"),
        Index(None, "kind", "id"),
    )
