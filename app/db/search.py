"""Full-text search objects that live outside the models: an FTS5 table on SQLite and an
expression GIN index on PostgreSQL, both created by migration 0003. Alembic's comparison of
models and database skips them."""
from __future__ import annotations

from typing import Any

SQLITE_FTS_TABLE = "article_search"
POSTGRES_INDEX = "ix_articles_search"
TS_CONFIG = "english"
# PostgreSQL folds accents with translate() (unaccent is an extension a server may lack), the
# way FTS5's `remove_diacritics 2` does on SQLite: Latin letters with marks to their base letter.
ACCENTED = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƀƠơƯưǄǅǆǇǈǉǊǋǌǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǱǲǳǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ"
UNACCENTED = "AAAAAACEEEEIIIINOOOOOOUUUUYaaaaaaceeeeiiiinoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzsbOoUuDDdLLlNNnAaIiOoUuUuUuUuUuAaAaGgKkOoOojDDdGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy"
# The indexed expression. Queries must spell it exactly so, or PostgreSQL will not use the index;
# migration 0003 keeps its own copy, and a test checks that the two agree.
POSTGRES_DOCUMENT = (
    f"to_tsvector('{TS_CONFIG}'::regconfig, translate(coalesce(title, '') || ' ' || text, '{ACCENTED}', '{UNACCENTED}'))"
)


def is_search_object(name: str | None) -> bool:
    return bool(name) and (name == POSTGRES_INDEX or name.startswith(SQLITE_FTS_TABLE))  # type: ignore[union-attr]


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic `include_name` hook."""
    return not is_search_object(name)
