from __future__ import annotations

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.timestamps import Timestamps


class Person(Timestamps, Base):
    """One real-world person. `name_key` folds transliteration variants of the name, so that
"Mikayil Hasanli" and "Mikail Hasanly" are one row; `search_text` is every alias lower-cased
and without accents, for substring search on both engines."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    name_key: Mapped[str] = mapped_column(Text, unique=True)
    search_text: Mapped[str] = mapped_column(Text)


class PersonAlias(Base):
    """Every spelling under which a person was written."""

    __tablename__ = "person_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("person_id", "alias"),)
