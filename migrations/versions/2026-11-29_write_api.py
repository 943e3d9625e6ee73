"""Writing over HTTP: API keys, the change feed, and timestamps on the followed records.

- `api_keys` keeps a SHA-256 of each key and its public prefix, never the key.
- `changes` is the feed: one row per insert, update or delete of an article, meeting, trade
  figure, agreement, commission, person or party; `change_counter` hands out its sequence.
- Those seven tables get `created_at` and `updated_at` (indexed, for `updated_since`). Existing
  articles take their `ingested_at`, other rows the time of the upgrade, and every existing row
  gets an `insert` change, so a client following the feed from 0 sees the data already stored.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 18:50:00
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Feed name -> table, in the order the existing rows enter the feed.
_FOLLOWED = (
    ("party", "parties"),
    ("person", "people"),
    ("commission", "commissions"),
    ("article", "articles"),
    ("meeting", "meetings"),
    ("agreement", "agreements"),
    ("trade_figure", "trade_figures"),
)
_ENTITIES = tuple(entity for entity, _ in _FOLLOWED)
# SQLite cannot add a NOT NULL column with a non-constant default: existing rows get this one,
# overwritten at once, and it stays the default of rows written without the ORM (PostgreSQL's
# becomes now()); the application always sets both columns itself.
_EPOCH = sa.text("'1970-01-01 00:00:00'")


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("key_hash", sa.CHAR(length=64), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("scope IN ('read', 'write')", name=op.f("ck_api_keys_scope")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("prefix", name=op.f("uq_api_keys_prefix")),
    )
    op.create_table(
        "changes",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=8), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"entity IN {_ENTITIES}", name=op.f("ck_changes_entity")),
        sa.CheckConstraint("operation IN ('insert', 'update', 'delete')", name=op.f("ck_changes_operation")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_changes")),
    )
    counter = op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_counter")),
    )

    now = datetime.now(UTC)
    last_seq = 0
    for entity, table in _FOLLOWED:
        for column in ("created_at", "updated_at"):
            op.add_column(table, sa.Column(column, sa.DateTime(timezone=True), nullable=False, server_default=_EPOCH))
        op.create_index(op.f(f"ix_{table}_updated_at"), table, ["updated_at"])
        rows = sa.table(table, sa.column("id", sa.Integer()), sa.column("created_at", sa.DateTime(timezone=True)),
                        sa.column("updated_at", sa.DateTime(timezone=True)))
        if table == "articles":
            ingested = sa.column("ingested_at", sa.DateTime(timezone=True))
            op.execute(rows.update().values(created_at=ingested, updated_at=ingested))
        else:
            op.execute(rows.update().values(created_at=now, updated_at=now))
        op.execute(sa.text(
            "INSERT INTO changes (seq, entity, entity_id, operation, changed_at) "
            f"SELECT :offset + row_number() OVER (ORDER BY id), :entity, id, 'insert', created_at FROM {table}"
        ).bindparams(offset=last_seq, entity=entity))
        last_seq += op.get_bind().scalar(sa.text(f"SELECT count(*) FROM {table}")) or 0
        if op.get_bind().dialect.name == "postgresql":  # SQLite cannot change a default without a rebuild
            for column in ("created_at", "updated_at"):
                op.alter_column(table, column, server_default=sa.text("now()"))
    op.bulk_insert(counter, [{"id": 1, "last_seq": last_seq}])


def downgrade() -> None:
    for _, table in reversed(_FOLLOWED):
        op.drop_index(op.f(f"ix_{table}_updated_at"), table_name=table)
        # Plain ALTER TABLE on both engines (SQLite 3.35+): a batch rebuild of `articles` would
        # drop its full-text triggers.
        for column in ("updated_at", "created_at"):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("change_counter")
    op.drop_table("changes")
    op.drop_table("api_keys")
