from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.timestamps import Timestamps
from app.db.mixins import Evidence

TRADE_METRICS = ("trade_turnover", "exports", "imports", "investment", "other")


class TradeFigure(Evidence, Timestamps, Base):
    """A money figure between two sides over a period. The sides are stored in code order
    (`party_a` sorts before `party_b`) so that a pair has one spelling; the direction of goods,
    when known, is in `exporter_id` and `importer_id`."""

    __tablename__ = "trade_figures"

    id: Mapped[int] = mapped_column(primary_key=True)
    party_a_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    party_b_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    metric: Mapped[str] = mapped_column(String(32))
    value: Mapped[Decimal | None] = mapped_column(Numeric(24, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    period: Mapped[str | None] = mapped_column(String(16))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    approximate: Mapped[bool] = mapped_column(Boolean)
    change_pct: Mapped[Decimal | None] = mapped_column(Numeric(9, 2))
    # For exports and imports, when the text says which way the goods go; a turnover has neither.
    exporter_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"))
    importer_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"))

    __table_args__ = (
        CheckConstraint(f"metric IN {TRADE_METRICS}", name="metric"),
        Index(None, "party_a_id", "party_b_id", "period_start"),
        Index(None, "party_b_id", "period_start"),
        Index(None, "metric", "period_start"),
        Index(None, "currency", "period_start"),
        Index(None, "exporter_id", "period_start"),
        Index(None, "importer_id", "period_start"),
    )
