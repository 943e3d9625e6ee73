"""Each meeting carries its list item, the JSON text a page of meetings serves, in `item`, kept
by triggers like the lists of migration 0007.

Building each item as JSON in the page's statement was most of its cost: on SQLite the JSON
functions allocate memory for every member of every row, and allocations take a process-wide
lock, so with the eight database threads of a worker a page of 50 cost 0.32 ms of CPU (0.13 ms
in one thread alone); read off the row it costs 0.11 ms (0.04 ms). On PostgreSQL the server
builds 50 objects less per page.

An item is the meeting's own columns (the lists of 0007 included), its article's URL and its
commission's name. So the triggers recompute a meeting's item when the meeting is inserted or
any of those columns changes (0007's triggers change the lists by updating the meeting, which
lands here too), when its article's URL changes, and when its commission is renamed. The item
is the text `app.meetings.repository.meeting_item` builds, byte for byte; a test compares them
for every meeting after every kind of write, so a change of the item's shape needs a migration.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 00:30:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The columns of `meetings` an item reads.
_SOURCES = (
    "id", "kind", "status", "date", "title", "location", "commission_id", "session_number", "article_id",
    "evidence_start", "evidence_end", "evidence_text", "report_count", "source_article_ids", "party_codes", "sector_slugs",
)


def _item(dialect: str, m: str) -> str:
    """The item of the meeting row `m` as a SQL expression of text."""
    if dialect == "sqlite":
        build, json, text = "json_object", "json({})", "{}"
    else:
        build, json, text = "json_build_object", "{}", "CAST({} AS TEXT)"
    commission = f"(SELECT {build}('id', c.id, 'name', c.name) FROM commissions c WHERE c.id = {m}.commission_id)"
    members = ", ".join((
        f"'id', {m}.id", f"'kind', {m}.kind", f"'status', {m}.status", f"'date', {m}.date", f"'title', {m}.title",
        f"'location', {m}.location", f"'commission', {json.format(commission)}", f"'session_number', {m}.session_number",
        f"'article_id', {m}.article_id", f"'article_url', (SELECT a.url FROM articles a WHERE a.id = {m}.article_id)",
        f"'evidence', {build}('start', {m}.evidence_start, 'end', {m}.evidence_end, 'text', {m}.evidence_text)",
        f"'reports', {m}.report_count", f"'source_article_ids', {json.format(f'{m}.source_article_ids')}",
        f"'parties', {json.format(f'{m}.party_codes')}", f"'sectors', {json.format(f'{m}.sector_slugs')}",
        "'relevance', NULL", "'snippet', NULL",
    ))
    return text.format(f"{build}({members})")


# A renamed commission or a moved article URL changes the items of every meeting that shows it.
_REFERENCES = (("commissions", "name", "commission_id"), ("articles", "url", "article_id"))


def _sqlite_triggers() -> list[str]:
    refresh = f"UPDATE meetings SET item = {_item('sqlite', 'meetings')} WHERE id = NEW.id;"
    statements = [
        f"CREATE TRIGGER meetings_item_insert AFTER INSERT ON meetings BEGIN {refresh} END",
        # `item` is not among the columns, so the trigger's own update does not fire it again.
        f"CREATE TRIGGER meetings_item_update AFTER UPDATE OF {', '.join(_SOURCES)} ON meetings BEGIN {refresh} END",
    ]
    for table, column, key in _REFERENCES:
        statements.append(
            f"CREATE TRIGGER {table}_{column}_items AFTER UPDATE OF {column} ON {table} BEGIN "
            f"UPDATE meetings SET item = {_item('sqlite', 'meetings')} WHERE {key} = NEW.id; END"
        )
    return statements


def _postgresql_triggers() -> list[str]:
    # Before the row is written: the item goes into the same row version, and no second update.
    statements = [
        f"""CREATE FUNCTION meetings_item() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.item := {_item('postgresql', 'NEW')};
            RETURN NEW;
        END $$""",
        "CREATE TRIGGER meetings_item BEFORE INSERT OR UPDATE ON meetings FOR EACH ROW EXECUTE FUNCTION meetings_item()",
    ]
    for table, column, key in _REFERENCES:
        statements += [
            # Touching the meetings runs meetings_item() on each of them.
            f"""CREATE FUNCTION {table}_{column}_items() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE meetings SET {key} = {key} WHERE {key} = NEW.id;
                RETURN NULL;
            END $$""",
            f"CREATE TRIGGER {table}_{column}_items AFTER UPDATE OF {column} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_{column}_items()",
        ]
    return statements


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # Plain ADD COLUMN on both engines (a batch copy of the table would drop its triggers).
    op.add_column("meetings", sa.Column("item", sa.Text(), nullable=True))
    op.execute(f"UPDATE meetings SET item = {_item(dialect, 'meetings')}")
    for statement in _sqlite_triggers() if dialect == "sqlite" else _postgresql_triggers():
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("meetings_item_insert", "meetings_item_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for table, column, _ in _REFERENCES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{column}_items")
    else:
        op.execute("DROP TRIGGER IF EXISTS meetings_item ON meetings")
        op.execute("DROP FUNCTION IF EXISTS meetings_item()")
        for table, column, _ in _REFERENCES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{column}_items ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_{column}_items()")
    # Plain DROP COLUMN (SQLite 3.35 and later): a batch copy would trip over 0007's triggers.
    op.drop_column("meetings", "item")
