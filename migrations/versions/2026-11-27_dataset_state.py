"""The dataset version row that HTTP caching is derived from.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 03:45:00
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    state = op.create_table(
        "dataset_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dataset_state")),
    )
    # Existing data counts as one version: caches made before this migration are still valid.
    op.bulk_insert(state, [{"id": 1, "version": 1, "updated_at": datetime.now(UTC)}])


def downgrade() -> None:
    op.drop_table("dataset_state")
