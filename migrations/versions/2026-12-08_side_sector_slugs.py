"""Each side of a meeting (`meeting_parties`) carries a copy of its meeting's `sector_slugs`, and
the index that pages a party's meetings newest first holds it, so that a sector filter is
answered from that index.

"Party X and sector Y, newest first" read X's sides in date order off the index and, for each,
looked the sector up in `meeting_sectors` (one search of its primary key per side, about five
sides for every one that passes when a sector is on a fifth of the meetings), then read the
meetings that passed. Q3 of the benchmark: 170-190 µs of SQLite for a page of 50, 0.53 ms on
PostgreSQL. With the slugs on the side, the test is a look at the index entry already read:
84 µs and 0.25 ms, about what the page without a sector costs (bench/README.md).

The copy is the meeting's list of 0007, JSON text such as `["energy","ict"]`, written:
- when the meeting's `sector_slugs` change, to each of its sides (a trigger on `meetings`, which
  0007's triggers of `meeting_sectors` and `sectors` set);
- when a side is inserted or moved to another meeting, from that meeting.
So no writer can leave a copy out of date; the integrity tests compare every side's copy with
its meeting's sectors after every kind of write.

On SQLite, 0007's and 0009's triggers of updates of `meeting_parties` now fire on updates of
`meeting_id` or `party_id` only: a copy being written (or a date) changes no list and no
detail. On PostgreSQL, 0010's statement trigger of `meeting_parties` likewise touches only the
meetings whose sides changed, and writes the copies of the sides it inserts or moves once it
holds their meetings' locks (so it reads the sectors any earlier writer of them committed).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 03:20:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_INDEX = ("ix_meeting_parties_party_id_date_meeting_id", ("party_id", "date", "meeting_id"))
_NEW_INDEX = ("ix_meeting_parties_party_id_date_meeting_id_sector_slugs", ("party_id", "date", "meeting_id", "sector_slugs"))
_NEWEST = ("ix_meeting_parties_newest", ("party_id", "date DESC NULLS LAST", "meeting_id DESC"))

# SQLite: the triggers of updates of `meeting_parties` that 0007 and 0009 made, and the head
# they take here (their bodies are kept as the database has them).
_SQLITE_UPDATE_TRIGGERS = ("meeting_parties_lists_update", "meeting_parties_detail_update")
_ANY_UPDATE = "AFTER UPDATE ON meeting_parties"
_SIDE_UPDATE = "AFTER UPDATE OF meeting_id, party_id ON meeting_parties"

_COPY_FROM_MEETING = (
    "UPDATE meeting_parties SET sector_slugs = (SELECT sector_slugs FROM meetings WHERE id = NEW.meeting_id) "
    "WHERE meeting_id = NEW.meeting_id AND party_id = NEW.party_id;"
)
_SQLITE_TRIGGERS = (
    (
        "CREATE TRIGGER meetings_sector_slugs_sides AFTER UPDATE OF sector_slugs ON meetings "
        "WHEN OLD.sector_slugs IS NOT NEW.sector_slugs BEGIN "
        "UPDATE meeting_parties SET sector_slugs = NEW.sector_slugs WHERE meeting_id = NEW.id; END"
    ),
    f"CREATE TRIGGER meeting_parties_sector_slugs_insert AFTER INSERT ON meeting_parties BEGIN {_COPY_FROM_MEETING} END",
    f"CREATE TRIGGER meeting_parties_sector_slugs_move AFTER UPDATE OF meeting_id ON meeting_parties BEGIN {_COPY_FROM_MEETING} END",
)
_SQLITE_TRIGGER_NAMES = ("meetings_sector_slugs_sides", "meeting_parties_sector_slugs_insert", "meeting_parties_sector_slugs_move")

# PostgreSQL: 0010's function for `meeting_parties` with the changes above. `changed` is what a
# statement's rows changed: for an update, only the (meeting, party) pairs that came or went.
_PG_CHANGED = {
    "INSERT": "SELECT meeting_id FROM new_rows",
    "DELETE": "SELECT meeting_id FROM old_rows",
    "UPDATE": "(SELECT meeting_id, party_id FROM old_rows EXCEPT SELECT meeting_id, party_id FROM new_rows) "
              "UNION (SELECT meeting_id, party_id FROM new_rows EXCEPT SELECT meeting_id, party_id FROM old_rows)",
}
_PARTY_CODES = (
    "(SELECT coalesce(json_agg(p.code ORDER BY p.code), '[]'::json) FROM meeting_parties l "
    "JOIN parties p ON p.id = l.party_id WHERE l.meeting_id = m.id)"
)


def _pg_function(changed: dict[str, str], copy: bool) -> str:
    branches = " ELS".join(
        f"IF TG_OP = '{event}' THEN touched := ARRAY(SELECT DISTINCT meeting_id FROM ({rows}) changed);"
        for event, rows in changed.items()
    )
    # With the copies: writing them is an update of `meeting_parties`, whose statement trigger
    # (this function) fires even when no row changes, so an empty `touched` must end here.
    guard = "IF cardinality(touched) = 0 THEN RETURN NULL; END IF;" if copy else ""
    copies = (
        "UPDATE meeting_parties l SET sector_slugs = m.sector_slugs::text FROM meetings m "
        "WHERE m.id = l.meeting_id AND l.meeting_id = ANY(touched) AND l.sector_slugs IS DISTINCT FROM m.sector_slugs::text;"
        if copy else ""
    )
    return f"""CREATE OR REPLACE FUNCTION meeting_parties_statement_lists() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        touched integer[];
    BEGIN
        {branches} END IF;
        {guard}
        PERFORM 1 FROM meetings WHERE id = ANY(touched) ORDER BY id FOR UPDATE;
        UPDATE meetings m SET party_codes = {_PARTY_CODES}, detail = NULL WHERE m.id = ANY(touched);
        {copies}
        RETURN NULL;
    END $$"""


# 0010's function as it was, for the downgrade.
_PG_0010_CHANGED = {
    "INSERT": "SELECT meeting_id FROM new_rows",
    "DELETE": "SELECT meeting_id FROM old_rows",
    "UPDATE": "SELECT meeting_id FROM old_rows UNION SELECT meeting_id FROM new_rows",
}

_PG_MEETINGS_TRIGGER = (
    """CREATE FUNCTION meetings_sector_slugs_sides() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE meeting_parties SET sector_slugs = NEW.sector_slugs::text WHERE meeting_id = NEW.id;
        RETURN NULL;
    END $$""",
    (
        "CREATE TRIGGER meetings_sector_slugs_sides AFTER UPDATE OF sector_slugs ON meetings FOR EACH ROW "
        "WHEN (OLD.sector_slugs::text IS DISTINCT FROM NEW.sector_slugs::text) EXECUTE FUNCTION meetings_sector_slugs_sides()"
    ),
)


def _sqlite_retrigger(old_head: str, new_head: str) -> None:
    """Re-create the update triggers of `meeting_parties` with another head, keeping their bodies."""
    connection = op.get_bind()
    for name in _SQLITE_UPDATE_TRIGGERS:
        sql = connection.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"), {"name": name}).scalar_one()
        assert old_head in sql, f"trigger {name} is not as migrations 0007 and 0009 made it"
        op.execute(f"DROP TRIGGER {name}")
        op.execute(sql.replace(old_head, new_head, 1))


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("meeting_parties", sa.Column("sector_slugs", sa.Text(), server_default=sa.text("'[]'"), nullable=False))
    if dialect == "sqlite":
        _sqlite_retrigger(_ANY_UPDATE, _SIDE_UPDATE)
        op.execute("UPDATE meeting_parties SET sector_slugs = (SELECT sector_slugs FROM meetings WHERE id = meeting_parties.meeting_id)")
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
    else:
        op.execute(_pg_function(_PG_CHANGED, copy=True))
        op.execute(
            "UPDATE meeting_parties l SET sector_slugs = m.sector_slugs::text FROM meetings m WHERE m.id = l.meeting_id"
        )
        for statement in _PG_MEETINGS_TRIGGER:
            op.execute(statement)
        name, columns = _NEWEST
        op.drop_index(name, table_name="meeting_parties")
        op.create_index(name, "meeting_parties", [sa.text(column) for column in columns], postgresql_include=["sector_slugs"])
    op.drop_index(_OLD_INDEX[0], table_name="meeting_parties")
    op.create_index(_NEW_INDEX[0], "meeting_parties", list(_NEW_INDEX[1]))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.drop_index(_NEW_INDEX[0], table_name="meeting_parties")
    op.create_index(_OLD_INDEX[0], "meeting_parties", list(_OLD_INDEX[1]))
    if dialect == "sqlite":
        for name in _SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        _sqlite_retrigger(_SIDE_UPDATE, _ANY_UPDATE)
    else:
        name, columns = _NEWEST
        op.drop_index(name, table_name="meeting_parties")
        op.create_index(name, "meeting_parties", [sa.text(column) for column in columns])
        op.execute("DROP TRIGGER IF EXISTS meetings_sector_slugs_sides ON meetings")
        op.execute("DROP FUNCTION IF EXISTS meetings_sector_slugs_sides()")
        op.execute(_pg_function(_PG_0010_CHANGED, copy=False))
    # Not a batch operation: on SQLite that would copy the table and lose 0007's and 0009's triggers.
    op.drop_column("meeting_parties", "sector_slugs")
