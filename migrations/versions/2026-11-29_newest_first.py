"""PostgreSQL indexes in the order of "newest first" (`date DESC NULLS LAST, id DESC`).

PostgreSQL sorts NULLs first in a descending scan of an ascending index, so `ORDER BY date DESC
NULLS LAST` could not read the `(date, id)` indexes backwards: the planner sorted every row in
the date range before it could stop at the page's LIMIT (tens of milliseconds at 200,000
meetings). SQLite puts NULLs last in a descending scan already and needs none of these.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 19:10:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("ix_meetings_newest", "meetings", ("date DESC NULLS LAST", "id DESC")),
    ("ix_meeting_parties_newest", "meeting_parties", ("party_id", "date DESC NULLS LAST", "meeting_id DESC")),
    ("ix_articles_newest", "articles", ("published_on DESC NULLS LAST", "id DESC")),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, columns in _INDEXES:
        op.create_index(name, table, [sa.text(column) for column in columns])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, _ in _INDEXES:
        op.drop_index(name, table_name=table)
