"""The dataset version: a counter that every ingest that loads an article moves forward, so
that HTTP caches (ETag, Last-Modified) can tell when any answer may have changed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, DateTime, Integer, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.db.base import Base


class DatasetState(Base):
    """Exactly one row (id 1), created by the migration."""

    __tablename__ = "dataset_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class DatasetVersion:
    version: int
    updated_at: datetime


def read_dataset_version(connection: Connection) -> DatasetVersion:
    row = connection.execute(select(DatasetState.version, DatasetState.updated_at).where(DatasetState.id == 1)).one()
    updated_at = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=UTC)
    return DatasetVersion(row.version, updated_at)


def bump_dataset_version(session: Session) -> None:
    """Called inside an article's transaction, so the new version is seen exactly when its rows are."""
    session.execute(
        update(DatasetState).where(DatasetState.id == 1).values(version=DatasetState.version + 1, updated_at=datetime.now(UTC))
    )
