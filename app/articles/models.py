from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CHAR, Date, DateTime, Index, String, Text
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.indexes import newest_first
from app.db.timestamps import Timestamps


class Article(Timestamps, Base):
    """One report. It is identified by its URL when it has one, else by the hash of its text."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(CHAR(64))
    file_name: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[date | None] = mapped_column(Date)
    dateline: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        Index(None, "published_on", "id"),
        Index("ix_articles_url", "url", unique=True),
        Index("ix_articles_content_hash", "content_hash", unique=True,
              sqlite_where=sql_text("url IS NULL"), postgresql_where=sql_text("url IS NULL")),
    )


newest_first("ix_articles_newest", date=Article.published_on, id_=Article.id)
