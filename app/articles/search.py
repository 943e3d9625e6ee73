"""Full-text search of article text: one function over SQLite FTS5 and PostgreSQL tsvector.

The query language is the same on both engines: words (all must occur; stemmed; accents and
case ignored; common English words dropped), "quoted phrases", and prefixes ending in `*`
(`energ*`). Anything else in the query is ignored. Ranking is each engine's own (BM25 on
SQLite, ts_rank_cd on PostgreSQL), so equally good matches may come in another order."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any

from fastapi import Query
from sqlalchemy import ColumnElement, Float, Integer, String, Subquery, bindparam, func, literal_column, text

from app.core.errors import InvalidParameterError
from app.core.text import strip_accents
from app.db.search import POSTGRES_DOCUMENT, TS_CONFIG

_TERM = re.compile(r'"([^"]*)"|(\w+)(\*?)', re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
MARK_START, MARK_END = "<mark>", "</mark>"
MAX_TERMS = 16
MIN_PREFIX = 2
# The English stop words of PostgreSQL's `english` configuration (Snowball's list). They are
# dropped from queries on both engines, so that `q=the` means the same on each; inside a quoted
# phrase they stay, since both engines then match the phrase as written.
STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can did do does doing don down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself
    no nor not now of off on once only or other our ours ourselves out over own s same she should so some
    such t than that the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with you your yours yourself
    yourselves""".split()
)


SearchQuery = Annotated[
    str | None,
    Query(
        min_length=2,
        max_length=256,
        description=(
            'Full-text search of article text: words (all must occur; stemmed; case, accents and common words '
            'ignored), "quoted phrases" and prefixes (`energ*`). Adds `relevance` and a highlighted `snippet` to each '
            "item and sorts by relevance unless `sort` says otherwise."
        ),
        examples=['"final protocol"'],
    ),
]


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False


def _fold(text: str) -> str:
    return strip_accents(text).lower()


def parse_query(q: str) -> list[Term]:
    """Terms of a query, lower-cased and without accents (both engines fold the text so too)."""
    terms: list[Term] = []
    for match in _TERM.finditer(q):
        phrase, word, star = match.groups()
        if phrase is not None:
            words = _WORD.findall(_fold(phrase))
            # PostgreSQL ignores stop words at the ends of a phrase; FTS5 would require them.
            while words and words[0] in STOP_WORDS:
                words.pop(0)
            while words and words[-1] in STOP_WORDS:
                words.pop()
            if not words:
                continue
            term = Term(tuple(words))
        else:
            term = Term((_fold(word),), prefix=bool(star))
            if term.words[0] in STOP_WORDS:
                continue
            if term.prefix and len(term.words[0]) < MIN_PREFIX:
                raise InvalidParameterError("q", f"a prefix needs at least {MIN_PREFIX} letters before `*`")
        if term not in terms:
            terms.append(term)
    if not terms:
        raise InvalidParameterError("q", "has no words to search for (common words such as `the` are not searched)")
    if len(terms) > MAX_TERMS:
        raise InvalidParameterError("q", f"has more than {MAX_TERMS} different terms")
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
    document = POSTGRES_DOCUMENT
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
