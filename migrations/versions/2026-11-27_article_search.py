"""Full-text search over articles: FTS5 on SQLite (kept in step by triggers), a GIN expression
index on PostgreSQL (kept in step by the database itself).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 03:50:00
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = (
    """CREATE VIRTUAL TABLE article_search USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    "INSERT INTO article_search(article_search) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS article_search_update",
    "DROP TRIGGER IF EXISTS article_search_delete",
    "DROP TRIGGER IF EXISTS article_search_insert",
    "DROP TABLE IF EXISTS article_search",
)
# Latin letters with diacritics and their base letters: PostgreSQL folds accents with translate(),
# as FTS5's remove_diacritics does on SQLite.
ACCENTED = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƀƠơƯưǄǅǆǇǈǉǊǋǌǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǱǲǳǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ"
UNACCENTED = "AAAAAACEEEEIIIINOOOOOOUUUUYaaaaaaceeeeiiiinoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzsbOoUuDDdLLlNNnAaIiOoUuUuUuUuUuAaAaGgKkOoOojDDdGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy"
POSTGRES_DOCUMENT = (
    f"to_tsvector('english'::regconfig, translate(coalesce(title, '') || ' ' || text, '{ACCENTED}', '{UNACCENTED}'))"
)
POSTGRES_UP = (f"CREATE INDEX ix_articles_search ON articles USING gin ({POSTGRES_DOCUMENT})",)
POSTGRES_DOWN = ("DROP INDEX IF EXISTS ix_articles_search",)


def _run(statements: tuple[str, ...]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _run(SQLITE_UP if op.get_bind().dialect.name == "sqlite" else POSTGRES_UP)


def downgrade() -> None:
    _run(SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else POSTGRES_DOWN)
