"""Articles with identity, meetings reported by several articles, trade with a direction.

- An article is identified by its URL when it has one (unique), else by its text's hash (unique
  among articles without a URL): the same story at two URLs is two reports.
- `meeting_sources` lists every report of a meeting with its own evidence; existing meetings
  get their one article as their one source.
- `meeting_sectors.article_id` says which report named the sector there.
- `trade_figures.exporter_id` / `importer_id` carry the direction of exports and imports.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 16:20:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NO_URL = sa.text("url IS NULL")
# SQLite rebuilds `articles` to change its constraints, which drops its triggers: the full-text
# triggers of migration 0003 are made again (a copy: a migration must not change with the code).
_SQLITE_SEARCH_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS article_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS article_search_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS article_search_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    "INSERT INTO article_search(article_search) VALUES ('rebuild')",
)


def _search_triggers_again() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in _SQLITE_SEARCH_TRIGGERS:
            op.execute(statement)


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_constraint("uq_articles_content_hash", type_="unique")
        batch_op.create_index("ix_articles_url", ["url"], unique=True)
        batch_op.create_index("ix_articles_content_hash", ["content_hash"], unique=True,
                              sqlite_where=_NO_URL, postgresql_where=_NO_URL)
    _search_triggers_again()

    op.create_table(
        "meeting_sources",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_meeting_sources_article_id_articles"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_meeting_sources_meeting_id_meetings"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "article_id", name=op.f("pk_meeting_sources")),
    )
    with op.batch_alter_table("meeting_sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_sources_article_id"), ["article_id"], unique=False)
    op.execute(
        "INSERT INTO meeting_sources (meeting_id, article_id, evidence_start, evidence_end, evidence_text) "
        "SELECT id, article_id, evidence_start, evidence_end, evidence_text FROM meetings"
    )

    with op.batch_alter_table("meeting_sectors", schema=None) as batch_op:
        batch_op.add_column(sa.Column("article_id", sa.Integer(), nullable=True))
    op.execute("UPDATE meeting_sectors SET article_id = (SELECT m.article_id FROM meetings m WHERE m.id = meeting_sectors.meeting_id)")
    with op.batch_alter_table("meeting_sectors", schema=None) as batch_op:
        batch_op.alter_column("article_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(batch_op.f("fk_meeting_sectors_article_id_articles"), "articles", ["article_id"],
                                    ["id"], ondelete="CASCADE")
        batch_op.create_index(batch_op.f("ix_meeting_sectors_article_id"), ["article_id"], unique=False)

    with op.batch_alter_table("trade_figures", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exporter_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("importer_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_trade_figures_exporter_id_parties"), "parties", ["exporter_id"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_trade_figures_importer_id_parties"), "parties", ["importer_id"], ["id"])
        batch_op.create_index(batch_op.f("ix_trade_figures_exporter_id_period_start"), ["exporter_id", "period_start"])
        batch_op.create_index(batch_op.f("ix_trade_figures_importer_id_period_start"), ["importer_id", "period_start"])


def downgrade() -> None:
    with op.batch_alter_table("trade_figures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trade_figures_importer_id_period_start"))
        batch_op.drop_index(batch_op.f("ix_trade_figures_exporter_id_period_start"))
        batch_op.drop_constraint(batch_op.f("fk_trade_figures_importer_id_parties"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_trade_figures_exporter_id_parties"), type_="foreignkey")
        batch_op.drop_column("importer_id")
        batch_op.drop_column("exporter_id")
    with op.batch_alter_table("meeting_sectors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_sectors_article_id"))
        batch_op.drop_constraint(batch_op.f("fk_meeting_sectors_article_id_articles"), type_="foreignkey")
        batch_op.drop_column("article_id")
    op.drop_table("meeting_sources")
    # Two reports of one text cannot both survive the old unique hash: keep the first of each.
    op.execute(
        "DELETE FROM articles WHERE id NOT IN (SELECT MIN(id) FROM articles GROUP BY content_hash)"
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index("ix_articles_content_hash")
        batch_op.drop_index("ix_articles_url")
        batch_op.create_unique_constraint("uq_articles_content_hash", ["content_hash"])
    _search_triggers_again()
