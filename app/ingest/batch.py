"""Ingesting articles: one transaction per article, failures reported, not fatal.

`ingest_article` is the one way an article gets in; the CLI calls it for every input it reads.
An article with a URL is that URL: the same text again is `unchanged`, a new text `replaced`.
An article without one is its text: the same text again is `unchanged`.

Ingests may run at the same time on one database. Each extracts outside any transaction, then
writes in its turn (`take_write_turn`) and decides there, on what is stored by then, whether the
article is new: an article another ingest stored first is `unchanged`, not a failure.
"""
from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.articles.models import Article
from app.core.metrics import observe_ingest
from app.db.dataset import DatasetState, bump_dataset_version
from app.ingest.detach import collect_orphans, delete_article, detach_article
from app.ingest.extract import extract
from app.ingest.extract.records import Extraction
from app.ingest.load import ArticleLoader, ArticleMeta, content_hash
from app.ingest.reader import ArticleError, ArticleFile, ArticleInput, count_inputs, find_articles, read_inputs
from app.ingest.report import BatchReport, FileOutcome

Progress = Callable[[int, int, FileOutcome], None]
T = TypeVar("T")

ATTEMPTS = 5
# PostgreSQL: serialization failure, deadlock detected, lock not available.
_TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "55P03"})


def one_line(exc: BaseException) -> str:
    """The error's type and the first line of its message; for a database error, the driver's
    message without SQLAlchemy's copy of the statement and its parameters."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(cause).strip().splitlines()
    return f"{type(cause).__name__}: {lines[0] if lines else ''}".rstrip(": ")


def is_transient(exc: DBAPIError) -> bool:
    """A collision with another writer, which a new transaction may not meet again: a unique key
    taken meanwhile, a deadlock, a database that stayed locked past SQLite's busy timeout."""
    if isinstance(exc, IntegrityError):
        return True
    cause = exc.orig
    if getattr(cause, "sqlstate", None) in _TRANSIENT_SQLSTATES:
        return True
    name = getattr(cause, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(cause)


def take_write_turn(session: Session) -> None:
    """Wait until no other ingest is writing, and keep them waiting until this transaction ends.

    SQLite: `BEGIN IMMEDIATE` takes the write lock first, waiting up to the busy timeout (a
    transaction that has read cannot wait for it: it fails at once with "database is locked").
    PostgreSQL: the dataset state row, which every article's transaction updates anyway, locked
    `FOR UPDATE`; the statements after it see what the previous writer committed."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        session.execute(select(DatasetState.id).where(DatasetState.id == 1).with_for_update())
    elif not getattr(connection.connection.dbapi_connection, "in_transaction", True):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def ingest_article(engine: Engine, item: ArticleInput) -> FileOutcome:
    """Load, replace or recognise one article, in one transaction; a collision with another
    writer is tried again in a new transaction, up to `ATTEMPTS` times. Counted in the metrics."""
    started = time.perf_counter()
    try:
        outcome = _ingest_article(engine, item)
    except Exception:
        observe_ingest("failed", time.perf_counter() - started)
        raise
    observe_ingest(outcome.outcome, time.perf_counter() - started)
    return outcome


def _ingest_article(engine: Engine, item: ArticleInput) -> FileOutcome:
    digest = content_hash(item.text)
    extraction = _extract(item) if retrying(lambda: _needs_extraction(engine, item, digest)) else None
    if isinstance(extraction, FileOutcome):
        return extraction
    return retrying(lambda: _store(engine, item, digest, extraction))


def retrying(attempt: Callable[[], T]) -> T:
    """`attempt()`, tried again in a new transaction after a collision with another writer
    (`is_transient`), up to `ATTEMPTS` times, waiting longer each time."""
    for number in range(1, ATTEMPTS + 1):
        try:
            return attempt()
        except DBAPIError as exc:
            if number == ATTEMPTS or not is_transient(exc):
                raise
            time.sleep(random.uniform(0.01, 0.05 * 2**number))
    raise AssertionError("unreachable")


def _needs_extraction(engine: Engine, item: ArticleInput, digest: str) -> bool:
    """Whether the item is new or a new text at a known URL, as far as can be told before writing."""
    with Session(engine) as session:
        known, same_text = _identify(ArticleLoader(session), item, digest)
        return same_text is None and (known is None or known.content_hash != digest)


def _identify(loader: ArticleLoader, item: ArticleInput, digest: str) -> tuple[Article | None, int | None]:
    """The article stored at the item's URL, else the id of the one without a URL that has its text."""
    known = loader.find_by_url(item.url) if item.url else None
    return (known, None) if known is not None else (None, loader.find_article(digest))


def _extract(item: ArticleInput) -> Extraction | FileOutcome:
    try:
        return extract(item.text, published_on=item.published_on)
    except Exception as exc:  # an extractor bug must not stop the batch
        return FileOutcome(item.origin, "failed", reason=f"extraction failed: {one_line(exc)}")


def _store(engine: Engine, item: ArticleInput, digest: str, extraction: Extraction | None) -> FileOutcome:
    with Session(engine) as session, session.begin():
        take_write_turn(session)
        loader = ArticleLoader(session)
        known, same_text = _identify(loader, item, digest)
        if known is not None and known.content_hash == digest:
            return FileOutcome(item.origin, "unchanged", article_id=known.id)
        if same_text is not None:
            if item.url:  # the text was known without an address: it is this URL's article
                session.get_one(Article, same_text).url = item.url
                bump_dataset_version(session)
            return FileOutcome(item.origin, "unchanged", article_id=same_text)
        if extraction is None:  # the stored text this ingest saw before its turn has gone since
            found = _extract(item)
            if isinstance(found, FileOutcome):
                return found
            extraction = found
        return _write(loader, item, known, extraction)


def _write(loader: ArticleLoader, item: ArticleInput, known: Article | None, extraction: Extraction) -> FileOutcome:
    file_name = Path(item.origin.split(":")[0]).name if item.from_file else None
    meta = ArticleMeta(item.url, item.title, item.source, item.published_on, file_name)
    if known is None:
        result = loader.load(item.text, extraction, meta)
        return FileOutcome(item.origin, "loaded", article_id=result.article_id, created=result.created,
                           merged=result.merged)
    detach_article(loader.session, known.id)
    result = loader.load_into(known, item.text, extraction, meta)
    collect_orphans(loader.session)
    return FileOutcome(item.origin, "replaced", article_id=result.article_id, created=result.created,
                       merged=result.merged)


def remove_article(engine: Engine, ref: int | str) -> tuple[int, Counter[str]] | None:
    """Delete the article with this id (an int) or URL, and what only it supports, in one
    transaction taken in turn with ingests; its id and what happened to its meetings, or None
    when there is no such article."""
    with Session(engine) as session, session.begin():
        take_write_turn(session)  # as an ingest does: concurrent writers wait, not deadlock
        where = Article.id == ref if isinstance(ref, int) else Article.url == ref
        article_id = session.scalar(select(Article.id).where(where))
        if article_id is None:
            return None
        return article_id, delete_article(session, article_id)


def ingest_paths(engine: Engine, paths: list[Path], progress: Progress | None = None, *,
                 follow_symlinks: bool = False) -> BatchReport:
    """Ingest every article under `paths` (text, JSON Lines, HTML). One that fails leaves the others
    untouched; a file or folder that cannot be read is a failure of its own. Files are read one at
    a time, as their turn comes."""
    found = find_articles(paths, follow_symlinks=follow_symlinks)
    total = sum(1 if isinstance(f, ArticleError) else count_inputs(f) for f in found)
    report = BatchReport()
    for index, item in enumerate(_inputs(found), start=1):
        outcome = item if isinstance(item, FileOutcome) else _ingest_or_report(engine, item)
        report.files.append(outcome)
        if progress is not None:
            progress(index, max(index, total), outcome)  # a file may have grown since it was counted
    return report


def _inputs(found: list[ArticleFile | ArticleError]) -> Iterator[ArticleInput | FileOutcome]:
    for file in found:
        if isinstance(file, ArticleError):
            yield _failed(file, "")
            continue
        for item in read_inputs(file):
            yield _failed(item, str(file.path)) if isinstance(item, ArticleError) else item


def _failed(error: ArticleError, path: str) -> FileOutcome:
    return FileOutcome(error.origin or path, "failed", reason=str(error))


def _ingest_or_report(engine: Engine, item: ArticleInput) -> FileOutcome:
    try:
        return ingest_article(engine, item)
    except Exception as exc:  # a database error rolls back this article only
        return FileOutcome(item.origin, "failed", reason=f"could not be stored: {one_line(exc)}")
