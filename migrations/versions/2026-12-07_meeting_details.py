"""Each meeting carries its detail, the JSON text `GET /v1/meetings/{id}` serves, in `detail`,
kept by triggers like the item of migration 0008.

Built on every request, a detail is seven correlated aggregates: 30 µs of SQLite for a read
that takes 4 µs off the row, and on PostgreSQL 0.23 ms of the server's CPU per request, about as
much as the whole API process spends on it. Stored, the detail is a primary-key read on both.

A detail is the list item with the sides and sectors as objects, and the meeting's sources,
participants, agreements and timestamps after the rest (`app.meetings.repository.detail_item`
builds the same text, byte for byte; the integrity tests compare them for every meeting after
every kind of write). So it changes when:
- a column of the meeting that it shows changes (0007's triggers write `report_count` and
  `source_article_ids` that way; its sides and sectors come from their own tables);
- a row of `meeting_parties`, `meeting_sectors`, `meeting_sources`, `participants` or
  `agreements` of the meeting comes, goes or changes;
- a party, sector, article, person or commission that the detail shows changes what it shows.

On SQLite each trigger writes the detail of the meetings concerned. On PostgreSQL the detail is
written before a row version of `meetings` is (like 0008's item) when the meeting is inserted or
a column the detail reads (or `detail` itself) is set; the other triggers touch the meetings
concerned by setting `detail`, those of the link tables once per statement. The touch locks the
row first, so the detail is built from what every earlier writer of that meeting committed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 15:10:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The columns of `meetings` a detail reads.
_SOURCES = (
    "id", "kind", "status", "date", "title", "location", "commission_id", "session_number", "article_id",
    "evidence_start", "evidence_end", "evidence_text", "report_count", "source_article_ids", "created_at", "updated_at",
)
# The tables of a meeting's own rows, each with a `meeting_id`.
_LINKS = ("meeting_parties", "meeting_sectors", "meeting_sources", "participants", "agreements")
# What else a detail shows: table, its columns shown, and the meetings that show a row `NEW` of it.
_SHOWN = (
    ("parties", ("code", "name", "kind"),
     "SELECT meeting_id FROM meeting_parties WHERE party_id = NEW.id "
     "UNION SELECT meeting_id FROM participants WHERE party_id = NEW.id"),
    ("sectors", ("slug", "label"), "SELECT meeting_id FROM meeting_sectors WHERE sector_id = NEW.id"),
    ("articles", ("url", "title", "source", "published_on"),
     "SELECT id FROM meetings WHERE article_id = NEW.id "
     "UNION SELECT meeting_id FROM meeting_sources WHERE article_id = NEW.id"),
    ("people", ("name",), "SELECT meeting_id FROM participants WHERE person_id = NEW.id"),
    ("commissions", ("name",), "SELECT id FROM meetings WHERE commission_id = NEW.id"),
)


def _detail(dialect: str, m: str) -> str:
    """The detail of the meeting row `m` as a SQL expression of text."""
    sqlite = dialect == "sqlite"
    build = "json_object" if sqlite else "json_build_object"

    def json(value: str) -> str:
        return f"json({value})" if sqlite else value

    def evidence(t: str) -> str:
        return f"{build}('start', {t}.evidence_start, 'end', {t}.evidence_end, 'text', {t}.evidence_text)"

    def array(value: str, key: str, rows: str) -> str:
        """The JSON array of the objects `value` of `rows`, ordered by `key`."""
        if sqlite:
            return f"json((SELECT json_group_array(json(v)) FROM (SELECT {value} AS v {rows} ORDER BY {key})))"
        return f"(SELECT coalesce(json_agg({value} ORDER BY {key}), '[]'::json) {rows})"

    def timestamp(column: str) -> str:
        if sqlite:
            return f"replace(replace({column}, ' ', 'T'), '.000000', '') || '+00:00'"
        return f"""replace(to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '.000000', '') || '+00:00'"""

    commission = f"(SELECT {build}('id', c.id, 'name', c.name) FROM commissions c WHERE c.id = {m}.commission_id)"
    parties = array(
        f"{build}('code', p.code, 'name', p.name, 'kind', p.kind)", "p.code",
        f"FROM parties p JOIN meeting_parties l ON l.party_id = p.id WHERE l.meeting_id = {m}.id",
    )
    sectors = array(
        f"{build}('slug', s.slug, 'label', s.label, 'article_id', l.article_id, 'evidence', {evidence('l')})", "s.id",
        f"FROM sectors s JOIN meeting_sectors l ON l.sector_id = s.id WHERE l.meeting_id = {m}.id",
    )
    sources = array(
        f"{build}('article_id', a.id, 'url', a.url, 'title', a.title, 'source', a.source, "
        f"'published_on', a.published_on, 'evidence', {evidence('l')})", "a.id",
        f"FROM articles a JOIN meeting_sources l ON l.article_id = a.id WHERE l.meeting_id = {m}.id",
    )
    participants = array(
        f"{build}('person_id', x.person_id, 'name', h.name, 'name_as_written', x.name_as_written, 'title', x.title, "
        f"'party', p.code, 'article_id', x.article_id, 'evidence', {evidence('x')})", "x.id",
        f"FROM participants x JOIN people h ON h.id = x.person_id LEFT JOIN parties p ON p.id = x.party_id "
        f"WHERE x.meeting_id = {m}.id",
    )
    agreements = array(
        f"{build}('id', g.id, 'kind', g.kind, 'title', g.title, 'article_id', g.article_id, 'evidence', {evidence('g')})",
        "g.id", f"FROM agreements g WHERE g.meeting_id = {m}.id",
    )
    members = ", ".join((
        f"'id', {m}.id", f"'kind', {m}.kind", f"'status', {m}.status", f"'date', {m}.date", f"'title', {m}.title",
        f"'location', {m}.location", f"'commission', {json(commission)}", f"'session_number', {m}.session_number",
        f"'article_id', {m}.article_id", f"'article_url', (SELECT a.url FROM articles a WHERE a.id = {m}.article_id)",
        f"'evidence', {evidence(m)}", f"'reports', {m}.report_count",
        f"'source_article_ids', {json(f'{m}.source_article_ids')}", f"'parties', {parties}", f"'sectors', {sectors}",
        "'relevance', NULL", "'snippet', NULL", f"'sources', {sources}", f"'participants', {participants}",
        f"'agreements', {agreements}", f"'created_at', {timestamp(f'{m}.created_at')}",
        f"'updated_at', {timestamp(f'{m}.updated_at')}",
    ))
    document = f"{build}({members})"
    return document if sqlite else f"CAST({document} AS TEXT)"


def _sqlite_triggers() -> list[str]:
    def refresh(where: str) -> str:
        return f"UPDATE meetings SET detail = {_detail('sqlite', 'meetings')} WHERE {where};"

    statements = [
        f"CREATE TRIGGER meetings_detail_insert AFTER INSERT ON meetings BEGIN {refresh('id = NEW.id')} END",
        # `detail` is not among the columns, so the trigger's own update does not fire it again.
        f"CREATE TRIGGER meetings_detail_update AFTER UPDATE OF {', '.join(_SOURCES)} ON meetings "
        f"BEGIN {refresh('id = NEW.id')} END",
    ]
    for table in _LINKS:
        statements += [
            f"CREATE TRIGGER {table}_detail_insert AFTER INSERT ON {table} BEGIN {refresh('id = NEW.meeting_id')} END",
            f"CREATE TRIGGER {table}_detail_delete AFTER DELETE ON {table} BEGIN {refresh('id = OLD.meeting_id')} END",
            f"CREATE TRIGGER {table}_detail_update AFTER UPDATE ON {table} "
            f"BEGIN {refresh('id IN (OLD.meeting_id, NEW.meeting_id)')} END",
        ]
    for table, columns, meetings in _SHOWN:
        statements.append(
            f"CREATE TRIGGER {table}_detail AFTER UPDATE OF {', '.join(columns)} ON {table} "
            f"BEGIN {refresh(f'id IN ({meetings})')} END"
        )
    return statements


# PostgreSQL: setting `detail` runs meetings_detail() on the meeting, which writes it anew.
_TOUCH = "UPDATE meetings SET detail = NULL WHERE id IN ({});"
# The transition tables of a statement's rows, per event.
_CHANGED = {
    "INSERT": ("REFERENCING NEW TABLE AS new_rows", "SELECT meeting_id FROM new_rows"),
    "DELETE": ("REFERENCING OLD TABLE AS old_rows", "SELECT meeting_id FROM old_rows"),
    "UPDATE": ("REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
               "SELECT meeting_id FROM old_rows UNION SELECT meeting_id FROM new_rows"),
}


def _postgresql_triggers() -> list[str]:
    # Not on every update of a meeting: 0007's triggers update its lists once per row of its
    # sides and sectors, which the detail does not read off the row.
    branches = " ELS".join(f"IF TG_OP = '{event}' THEN {_TOUCH.format(rows)}" for event, (_, rows) in _CHANGED.items())
    statements = [
        f"""CREATE FUNCTION meetings_detail() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.detail := {_detail('postgresql', 'NEW')};
            RETURN NEW;
        END $$""",
        f"CREATE TRIGGER meetings_detail BEFORE INSERT OR UPDATE OF detail, {', '.join(_SOURCES)} ON meetings "
        "FOR EACH ROW EXECUTE FUNCTION meetings_detail()",
        # Once per statement, each meeting once: a bulk insert of sides touches each meeting once.
        f"""CREATE FUNCTION meeting_rows_detail() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {branches} END IF;
            RETURN NULL;
        END $$""",
    ]
    for table in _LINKS:
        for event, (transition, _) in _CHANGED.items():
            statements.append(
                f"CREATE TRIGGER {table}_detail_{event.lower()} AFTER {event} ON {table} {transition} "
                "FOR EACH STATEMENT EXECUTE FUNCTION meeting_rows_detail()"
            )
    for table, columns, meetings in _SHOWN:
        statements += [
            f"""CREATE FUNCTION {table}_detail() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {_TOUCH.format(meetings)}
                RETURN NULL;
            END $$""",
            f"CREATE TRIGGER {table}_detail AFTER UPDATE OF {', '.join(columns)} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_detail()",
        ]
    return statements


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # Plain ADD COLUMN on both engines (a batch copy of the table would drop its triggers).
    op.add_column("meetings", sa.Column("detail", sa.Text(), nullable=True))
    op.execute(f"UPDATE meetings SET detail = {_detail(dialect, 'meetings')}")
    for statement in _sqlite_triggers() if dialect == "sqlite" else _postgresql_triggers():
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    shown = [table for table, _, _ in _SHOWN]
    if dialect == "sqlite":
        names = ["meetings_detail_insert", "meetings_detail_update"]
        names += [f"{table}_detail_{event}" for table in _LINKS for event in ("insert", "delete", "update")]
        for name in names + [f"{table}_detail" for table in shown]:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for table in _LINKS:
            for event in _CHANGED:
                op.execute(f"DROP TRIGGER IF EXISTS {table}_detail_{event.lower()} ON {table}")
        for table in ("meetings", *shown):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_detail ON {table}")
        for name in ("meetings_detail", "meeting_rows_detail", *(f"{table}_detail" for table in shown)):
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    # Plain DROP COLUMN (SQLite 3.35 and later): a batch copy would trip over the triggers.
    op.drop_column("meetings", "detail")
