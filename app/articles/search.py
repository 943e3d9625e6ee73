"""Full-text search of article text: one function over SQLite FTS5 and PostgreSQL tsvector.

The query language is the same on both engines: words (all must occur; stemmed; accents and
case ignored; common English words dropped), "quoted phrases", and prefixes ending in `*`
(`energ*`), stemmed as FTS5 stems a word and given to PostgreSQL so stemmed; a prefix that also
begins a common word is refused. Anything else in the query is ignored. Ranking is each engine's
own (BM25 on SQLite, ts_rank_cd on PostgreSQL), so equally good matches may come in another
order."""
from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any

from fastapi import Query
from sqlalchemy import ColumnElement, Float, Integer, String, Subquery, bindparam, cast, func, literal_column, text
from sqlalchemy.dialects.postgresql import TSQUERY

from app.core.errors import InvalidParameterError
from app.core.params import TEXT_PATTERN
from app.core.text import strip_accents
from app.db.search import POSTGRES_DOCUMENT, TS_CONFIG

# Letters and digits, as both engines' tokenizers read words (`_` separates them, as in FTS5).
_TERM = re.compile(r'"([^"]*)"|([^\W_]+)(\*?)', re.UNICODE)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
SQLITE_TOKENIZER = "porter unicode61 remove_diacritics 2"  # of `article_search`, as migration 0003 creates it
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


class _IndexForms:
    """The tokens FTS5 stores for a word: its own tokenizer (the one of migration 0003, porter
    stemming included) on an in-memory table, so the query language sees words as SQLite does."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(f"CREATE VIRTUAL TABLE words USING fts5(word, tokenize='{SQLITE_TOKENIZER}')")
        self._db.execute("CREATE VIRTUAL TABLE tokens USING fts5vocab(words, instance)")

    def __call__(self, word: str) -> tuple[str, ...]:
        with self._lock:
            self._db.execute("DELETE FROM words")
            self._db.execute("INSERT INTO words(rowid, word) VALUES (1, ?)", (word,))
            return tuple(row[0] for row in self._db.execute("SELECT term FROM tokens ORDER BY offset"))


_index_forms = lru_cache(maxsize=4096)(_IndexForms())
# What FTS5 stores for the stop words. The SQLite index keeps them (PostgreSQL's leaves them out),
# so a query word stored the same way (`ha`, stored as `has` is) is common too, and a prefix of
# any of them (`th*`, which on SQLite would match `the`, `this`, `that`) is refused: FTS5 cannot
# leave single words out of a prefix, and porter stems its query words again, so no rewriting of
# the prefix can. Refusing it keeps both engines to the same matches.
STOP_STEMS = frozenset(token for word in STOP_WORDS for token in _index_forms(word))


def _is_common(word: str) -> bool:
    """A word no engine searches: a stop word, or stored by FTS5 as one (or as nothing at all)."""
    forms = _index_forms(word)
    return word in STOP_WORDS or not forms or all(form in STOP_STEMS for form in forms)


def stored_prefix(prefix: str) -> str:
    """The beginning of the stored words a prefix matches, on both engines: FTS5 stems a prefix
    (`investments*` is read `invest*`), so PostgreSQL is given the same stem, not its own."""
    forms = _index_forms(prefix)
    if len(forms) != 1:
        raise InvalidParameterError("q", f"`{prefix}*` is not the beginning of one word")
    return forms[0]


def _check_prefix(prefix: str) -> None:
    if len(prefix) < MIN_PREFIX:
        raise InvalidParameterError("q", f"a prefix needs at least {MIN_PREFIX} letters before `*`")
    stored = stored_prefix(prefix)
    clashes = sorted(word for word in STOP_WORDS if any(stem.startswith(stored) for stem in _index_forms(word)))
    if clashes:
        raise InvalidParameterError(
            "q",
            f"`{prefix}*` also begins common words that are not searched ({', '.join(clashes[:4])}); give more letters",
        )


SearchQuery = Annotated[
    str | None,
    Query(
        min_length=2,
        max_length=256,
        pattern=TEXT_PATTERN,
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
            while words and _is_common(words[0]):
                words.pop(0)
            while words and _is_common(words[-1]):
                words.pop()
            if not words:
                continue
            term = Term(tuple(words))
        else:
            term = Term((_fold(word),), prefix=bool(star))
            if term.prefix:
                _check_prefix(term.words[0])
            elif _is_common(term.words[0]):
                continue
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
    """Words and phrases, for `to_tsquery`, which stems them as PostgreSQL indexed the text."""
    parts = []
    for term in terms:
        if not term.prefix:
            lexemes = [f"'{w}'" for w in term.words]
            parts.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
    return " & ".join(parts)


def _prefix_tsquery(terms: list[Term]) -> str:
    """Prefixes as a `tsquery` literal, which PostgreSQL takes as written: each already stemmed
    as FTS5 stems it (see `stored_prefix`)."""
    return " & ".join(f"'{stored_prefix(term.words[0])}':*" for term in terms if term.prefix)


@dataclass(frozen=True)
class ArticleMatches:
    """Articles matching a query: join `matches` on `matches.c.article_id`, select `snippet`.
    The statement has the parameter `search_query` (and `search_prefixes` on PostgreSQL);
    `search_params` gives their values."""

    matches: Subquery
    snippet: ColumnElement[Any]

    @property
    def relevance(self) -> ColumnElement[float]:
        return self.matches.c.relevance


def search_params(dialect: str, q: str) -> dict[str, str]:
    terms = parse_query(q)
    if dialect == "sqlite":
        return {"search_query": _fts5(terms)}
    return {"search_query": _tsquery(terms), "search_prefixes": _prefix_tsquery(terms)}


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
    # An empty side (no words, or no prefixes) is the empty tsquery, which `&&` leaves out.
    query = f"(to_tsquery('{TS_CONFIG}'::regconfig, :search_query) && CAST(:search_prefixes AS tsquery))"
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
        func.to_tsquery(config, bindparam("search_query")).op("&&")(cast(bindparam("search_prefixes"), TSQUERY)),
        literal_column(f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, MaxFragments=1'"),
    )
    return ArticleMatches(matches, snippet)
