"""PostgreSQL: the lists of migration 0007 are kept once per statement, together with the detail
of 0009, instead of once per row.

0007 updated a meeting once for every row of its sides, sectors and sources, and 0009 touched it
once more per statement. Each update writes a new version of the meeting's row, and each version
builds the item (0008) and, for most, the detail anew: writing 5,000 meetings with 2 sides and 4
sectors each wrote about 12 versions of every meeting. With the lists and the detail written by
one statement-level trigger per event, a statement writes each meeting it concerns once: 4
versions per meeting in a bulk load (the insert, then its sides, sources and sectors).

What the lists and details hold is unchanged. As before, the trigger locks the meetings first,
in id order, so that the update that follows (a new snapshot) reads the rows every earlier
writer of those meetings committed. SQLite has no statement-level triggers; its triggers of
0007 and 0009 stay as they are.

The row-level functions of 0007 stay defined, for the downgrade.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 18:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each link table and the lists of `meetings` its rows make (as 0007 defines them), `m` being the
# meeting's row.
_LISTS = {
    "meeting_parties": {
        "party_codes": "(SELECT coalesce(json_agg(p.code ORDER BY p.code), '[]'::json) FROM meeting_parties l "
                       "JOIN parties p ON p.id = l.party_id WHERE l.meeting_id = m.id)",
    },
    "meeting_sectors": {
        "sector_slugs": "(SELECT coalesce(json_agg(s.slug ORDER BY l.sector_id), '[]'::json) FROM meeting_sectors l "
                        "JOIN sectors s ON s.id = l.sector_id WHERE l.meeting_id = m.id)",
    },
    "meeting_sources": {
        "source_article_ids": "(SELECT coalesce(json_agg(l.article_id ORDER BY l.article_id), '[]'::json) "
                              "FROM meeting_sources l WHERE l.meeting_id = m.id)",
        "report_count": "(SELECT count(*) FROM meeting_sources l WHERE l.meeting_id = m.id)",
    },
}
# The transition tables of a statement's rows per event, and the meetings those rows belong to.
_CHANGED = {
    "INSERT": ("REFERENCING NEW TABLE AS new_rows", "SELECT meeting_id FROM new_rows"),
    "DELETE": ("REFERENCING OLD TABLE AS old_rows", "SELECT meeting_id FROM old_rows"),
    "UPDATE": ("REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
               "SELECT meeting_id FROM old_rows UNION SELECT meeting_id FROM new_rows"),
}


def _function(table: str) -> str:
    # Setting `detail` makes 0009's BEFORE trigger write it anew, from the new lists.
    assignments = ", ".join(f"{column} = {value}" for column, value in _LISTS[table].items())
    branches = " ELS".join(
        f"IF TG_OP = '{event}' THEN touched := ARRAY(SELECT DISTINCT meeting_id FROM ({rows}) changed);"
        for event, (_, rows) in _CHANGED.items()
    )
    return f"""CREATE FUNCTION {table}_statement_lists() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        touched integer[];
    BEGIN
        {branches} END IF;
        PERFORM 1 FROM meetings WHERE id = ANY(touched) ORDER BY id FOR UPDATE;
        UPDATE meetings m SET {assignments}, detail = NULL WHERE m.id = ANY(touched);
        RETURN NULL;
    END $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _LISTS:
        op.execute(f"DROP TRIGGER {table}_lists ON {table}")
        op.execute(_function(table))
        for event, (transition, _) in _CHANGED.items():
            op.execute(f"DROP TRIGGER {table}_detail_{event.lower()} ON {table}")
            op.execute(
                f"CREATE TRIGGER {table}_lists_{event.lower()} AFTER {event} ON {table} {transition} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_statement_lists()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _LISTS:
        for event, (transition, _) in _CHANGED.items():
            op.execute(f"DROP TRIGGER {table}_lists_{event.lower()} ON {table}")
            op.execute(
                f"CREATE TRIGGER {table}_detail_{event.lower()} AFTER {event} ON {table} {transition} "
                "FOR EACH STATEMENT EXECUTE FUNCTION meeting_rows_detail()"
            )
        op.execute(f"DROP FUNCTION {table}_statement_lists()")
        op.execute(
            f"CREATE TRIGGER {table}_lists AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_lists()"
        )
