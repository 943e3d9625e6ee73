"""Full-text search of article text: one function over SQLite FTS5 and PostgreSQL tsvector.

The query language is the same on both engines: words (all must occur; stemmed), "quoted
phrases", and prefixes ending in `*` (`energ*`). Anything else in the query is ignored."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Float, Integer, String, Subquery, bindparam, func, literal_column, text

from app.core.errors import InvalidParameterError
from app.db.search import TS_CONFIG

_TERM = re.compile(r'"([^"]*)"|(\w+)(\*?)', re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
MARK_START, MARK_END = "<mark>", "</mark>"


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False


def parse_query(q: str) -> list[Term]:
    terms = []
    for match in _TERM.finditer(q):
        phrase, word, star = match.groups()
        if phrase is not None:
            words = tuple(_WORD.findall(phrase.lower()))
            if words:
                terms.append(Term(words))
        else:
            terms.append(Term((word.lower(),), prefix=bool(star)))
    if not terms:
        raise InvalidParameterError("q", "has no words to search for")
    return terms


def _fts5(terms: list[Term]) -> str:
    parts = []
    for term in terms:
        quoted = '"' + " ".join(term.words) + '"'
        parts.append(quoted + "*" if term.prefix else quoted)
    return " AND ".join(parts)


def _tsquery(terms: list[Term]) -> str:
    parts = []
    for term in terms:
        lexemes = [f"'{w}'" for w in term.words]
        if term.prefix:
            lexemes[-1] += ":*"
        parts.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
    return " & ".join(parts)


@dataclass(frozen=True)
class ArticleMatches:
    """Articles matching a query: join `matches` on `matches.c.article_id`, select `snippet`.
    The statement has the parameter `search_query`; `search_params` gives its value."""

    matches: Subquery
    snippet: ColumnElement[Any]

    @property
    def relevance(self) -> ColumnElement[float]:
        return self.matches.c.relevance


def search_params(dialect: str, q: str) -> dict[str, str]:
    terms = parse_query(q)
    return {"search_query": _fts5(terms) if dialect == "sqlite" else _tsquery(terms)}


@lru_cache(maxsize=4)
def search_articles(dialect: str) -> ArticleMatches:
    """The search statement of one engine; built once, reused with new parameters."""
    if dialect == "sqlite":
        matches = (
            text(
                "SELECT rowid AS article_id, -bm25(article_search) AS relevance, "
                f"snippet(article_search, 1, '{MARK_START}', '{MARK_END}', '…', 24) AS snippet "
                "FROM article_search WHERE article_search MATCH :search_query"
            )
            .columns(article_id=Integer, relevance=Float, snippet=String)
            .subquery("matches")
        )
        return ArticleMatches(matches, matches.c.snippet)
    # Spelled exactly as the expression of the GIN index, or PostgreSQL will not use it.
    document = f"to_tsvector('{TS_CONFIG}'::regconfig, coalesce(title, '') || ' ' || text)"
    query = f"to_tsquery('{TS_CONFIG}'::regconfig, :search_query)"
    matches = (
        text(
            f"SELECT id AS article_id, ts_rank_cd({document}, {query})::float8 AS relevance, text AS body "
            f"FROM articles WHERE {document} @@ {query}"
        )
        .columns(article_id=Integer, relevance=Float, body=String)
        .subquery("matches")
    )
    config = literal_column(f"'{TS_CONFIG}'::regconfig")
    snippet = func.ts_headline(
        config,
        matches.c.body,
        func.to_tsquery(config, bindparam("search_query")),
        literal_column(f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, MaxFragments=1'"),
    )
    return ArticleMatches(matches, snippet)
