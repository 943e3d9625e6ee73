"""Columns shared by every extracted row: its article and the sentence it was read from."""
from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class Evidence:
    """The article a row was extracted from and the character span of its sentence."""

    @declared_attr
    def article_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)

    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)


def evidence(row: Any) -> dict[str, Any]:
    """The evidence columns of a result row as the API's `evidence` object."""
    m = row._mapping
    return {"start": m["evidence_start"], "end": m["evidence_end"], "text": m["evidence_text"]}
