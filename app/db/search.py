"""Full-text search objects that live outside the models: an FTS5 table on SQLite and an
expression GIN index on PostgreSQL, both created by migration 0003. Alembic's comparison of
models and database skips them."""
from __future__ import annotations

from typing import Any

SQLITE_FTS_TABLE = "article_search"
POSTGRES_INDEX = "ix_articles_search"
TS_CONFIG = "english"


def is_search_object(name: str | None) -> bool:
    return bool(name) and (name == POSTGRES_INDEX or name.startswith(SQLITE_FTS_TABLE))  # type: ignore[union-attr]


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic `include_name` hook."""
    return not is_search_object(name)
