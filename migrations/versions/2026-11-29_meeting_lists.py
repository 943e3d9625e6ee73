"""Each meeting carries the lists of its list item: `party_codes`, `sector_slugs`,
`source_article_ids` and `report_count`, kept by triggers on the tables they come from.

A page of meetings used to gather these with four correlated subqueries per row (sorting a
meeting's sides on every row); on SQLite that was three quarters of the page's SQL. The
triggers fire on every insert, update and delete of `meeting_parties`, `meeting_sectors` and
`meeting_sources` (those of cascades included) and on a change of a party's code or a sector's
slug, so no writer can leave a list out of date: not the ingest, not `bilateral import`, not a
hand-written statement. On PostgreSQL a trigger first locks the meeting's row, so two
transactions adding reports to one meeting cannot each write a list without the other's.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 22:00:00
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EMPTY = sa.text("'[]'")


class _List(NamedTuple):
    """A column of `meetings` and where it comes from: the link table whose rows make it, and its
    value as a SQL expression per engine, `{id}` standing for the meeting's id."""

    table: str
    sqlite: str
    postgresql: str


_LISTS = {
    "party_codes": _List(
        "meeting_parties",
        "(SELECT json_group_array(code) FROM (SELECT p.code AS code FROM meeting_parties l "
        "JOIN parties p ON p.id = l.party_id WHERE l.meeting_id = {id} ORDER BY p.code))",
        "(SELECT coalesce(json_agg(p.code ORDER BY p.code), '[]'::json) FROM meeting_parties l "
        "JOIN parties p ON p.id = l.party_id WHERE l.meeting_id = {id})",
    ),
    "sector_slugs": _List(
        "meeting_sectors",
        "(SELECT json_group_array(slug) FROM (SELECT s.slug AS slug FROM meeting_sectors l "
        "JOIN sectors s ON s.id = l.sector_id WHERE l.meeting_id = {id} ORDER BY l.sector_id))",
        "(SELECT coalesce(json_agg(s.slug ORDER BY l.sector_id), '[]'::json) FROM meeting_sectors l "
        "JOIN sectors s ON s.id = l.sector_id WHERE l.meeting_id = {id})",
    ),
    "source_article_ids": _List(
        "meeting_sources",
        "(SELECT json_group_array(article_id) FROM (SELECT l.article_id AS article_id FROM meeting_sources l "
        "WHERE l.meeting_id = {id} ORDER BY l.article_id))",
        "(SELECT coalesce(json_agg(l.article_id ORDER BY l.article_id), '[]'::json) FROM meeting_sources l "
        "WHERE l.meeting_id = {id})",
    ),
    "report_count": _List(
        "meeting_sources",
        "(SELECT count(*) FROM meeting_sources l WHERE l.meeting_id = {id})",
        "(SELECT count(*) FROM meeting_sources l WHERE l.meeting_id = {id})",
    ),
}
_LINK_TABLES = ("meeting_parties", "meeting_sectors", "meeting_sources")
# A renamed code or slug changes the lists of every meeting that has it.
_RENAMES = (("parties", "code", "meeting_parties", "party_id"), ("sectors", "slug", "meeting_sectors", "sector_id"))


def _assignments(dialect: str, table: str, meeting_id: str) -> str:
    """`column = expression, ...` for the columns that the rows of `table` make."""
    return ", ".join(
        f"{column} = {getattr(source, dialect).format(id=meeting_id)}" for column, source in _LISTS.items() if source.table == table
    )


def _sqlite_triggers() -> list[str]:
    statements = []
    for table in _LINK_TABLES:
        def refresh(row: str, table: str = table) -> str:
            return f"UPDATE meetings SET {_assignments('sqlite', table, f'{row}.meeting_id')} WHERE id = {row}.meeting_id;"

        statements += [
            f"CREATE TRIGGER {table}_lists_insert AFTER INSERT ON {table} BEGIN {refresh('NEW')} END",
            f"CREATE TRIGGER {table}_lists_delete AFTER DELETE ON {table} BEGIN {refresh('OLD')} END",
            f"CREATE TRIGGER {table}_lists_update AFTER UPDATE ON {table} BEGIN {refresh('OLD')} {refresh('NEW')} END",
        ]
    for table, column, link, key in _RENAMES:
        statements.append(
            f"CREATE TRIGGER {table}_{column}_lists AFTER UPDATE OF {column} ON {table} BEGIN "
            f"UPDATE meetings SET {_assignments('sqlite', link, 'meetings.id')} "
            f"WHERE id IN (SELECT meeting_id FROM {link} WHERE {key} = NEW.id); END"
        )
    return statements


def _postgresql_triggers() -> list[str]:
    statements = []
    for table in _LINK_TABLES:
        def refresh(row: str, table: str = table) -> str:
            # The lock first: the UPDATE that follows then reads the lists as committed by any
            # transaction that held the row before (each statement takes a new snapshot).
            return (
                f"PERFORM 1 FROM meetings WHERE id = {row}.meeting_id FOR UPDATE; "
                f"UPDATE meetings SET {_assignments('postgresql', table, f'{row}.meeting_id')} WHERE id = {row}.meeting_id;"
            )

        statements += [
            f"""CREATE FUNCTION {table}_lists() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN {refresh('OLD')} END IF;
                IF TG_OP IN ('UPDATE', 'INSERT') THEN {refresh('NEW')} END IF;
                RETURN NULL;
            END $$""",
            f"CREATE TRIGGER {table}_lists AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_lists()",
        ]
    for table, column, link, key in _RENAMES:
        statements += [
            f"""CREATE FUNCTION {table}_{column}_lists() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE meetings SET {_assignments('postgresql', link, 'meetings.id')}
                WHERE id IN (SELECT meeting_id FROM {link} WHERE {key} = NEW.id);
                RETURN NULL;
            END $$""",
            f"CREATE TRIGGER {table}_{column}_lists AFTER UPDATE OF {column} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_{column}_lists()",
        ]
    return statements


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        for column in ("party_codes", "sector_slugs", "source_article_ids"):
            batch_op.add_column(sa.Column(column, sa.JSON(), server_default=_EMPTY, nullable=False))
        batch_op.add_column(sa.Column("report_count", sa.Integer(), server_default=sa.text("0"), nullable=False))
    for table in _LINK_TABLES:
        op.execute(f"UPDATE meetings SET {_assignments(dialect, table, 'meetings.id')}")
    for statement in _sqlite_triggers() if dialect == "sqlite" else _postgresql_triggers():
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    names = [f"{table}_lists" for table in _LINK_TABLES] + [f"{table}_{column}_lists" for table, column, _, _ in _RENAMES]
    for table in _LINK_TABLES:
        if dialect == "sqlite":
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_lists_{event}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_lists ON {table}")
    for table, column, _, _ in _RENAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_{column}_lists" + ("" if dialect == "sqlite" else f" ON {table}"))
    if dialect == "postgresql":
        for name in names:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        for column in ("report_count", "source_article_ids", "sector_slugs", "party_codes"):
            batch_op.drop_column(column)
