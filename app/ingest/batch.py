"""Ingesting articles: one transaction per article, failures reported, not fatal.

`ingest_article` is the one way an article gets in; the CLI calls it for every input it reads.
An article with a URL is that URL: the same text again is `unchanged`, a new text `replaced`.
An article without one is its text: the same text again is `unchanged`.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.articles.models import Article
from app.ingest.detach import collect_orphans, detach_article
from app.ingest.extract import extract
from app.ingest.load import ArticleLoader, ArticleMeta, content_hash
from app.ingest.reader import ArticleError, ArticleInput, find_articles, read_inputs
from app.ingest.report import BatchReport, FileOutcome

Progress = Callable[[int, int, FileOutcome], None]


def one_line(exc: BaseException) -> str:
    """The error's type and the first line of its message; for a database error, the driver's
    message without SQLAlchemy's copy of the statement and its parameters."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(cause).strip().splitlines()
    return f"{type(cause).__name__}: {lines[0] if lines else ''}".rstrip(": ")


def ingest_article(engine: Engine, item: ArticleInput) -> FileOutcome:
    """Load, replace or recognise one article, in one transaction. A concurrent ingest of the same
    article that commits first makes this one see it on a second try."""
    try:
        return _ingest_once(engine, item)
    except IntegrityError:
        return _ingest_once(engine, item)


def _ingest_once(engine: Engine, item: ArticleInput) -> FileOutcome:
    digest = content_hash(item.text)
    meta = ArticleMeta(item.url, item.title, item.source, item.published_on, Path(item.origin.split(":")[0]).name)
    with Session(engine) as session, session.begin():
        loader = ArticleLoader(session)
        known = loader.find_by_url(item.url) if item.url else None
        if known is not None and known.content_hash == digest:
            return FileOutcome(item.origin, "unchanged", article_id=known.id)
        if known is None:
            same_text = loader.find_article(digest)
            if same_text is not None:
                if item.url:  # the text was known without an address: it is this URL's article
                    session.get_one(Article, same_text).url = item.url
                return FileOutcome(item.origin, "unchanged", article_id=same_text)
        try:
            extraction = extract(item.text, published_on=item.published_on)
        except Exception as exc:  # an extractor bug must not stop the batch
            return FileOutcome(item.origin, "failed", reason=f"extraction failed: {one_line(exc)}")
        if known is not None:
            detach_article(session, known.id)
            result = loader.load_into(known, item.text, extraction, meta)
            collect_orphans(session)
            return FileOutcome(item.origin, "replaced", article_id=result.article_id, created=result.created,
                               merged=result.merged)
        result = loader.load(item.text, extraction, meta)
    return FileOutcome(item.origin, "loaded", article_id=result.article_id, created=result.created,
                       merged=result.merged)


def ingest_paths(engine: Engine, paths: list[Path], progress: Progress | None = None) -> BatchReport:
    """Ingest every article under `paths` (text, JSON Lines, HTML). One that fails leaves the others untouched."""
    items: list[ArticleInput | FileOutcome] = []
    for path in find_articles(paths):
        for item in read_inputs(path):
            items.append(FileOutcome(item.origin or str(path), "failed", reason=str(item))
                         if isinstance(item, ArticleError) else item)
    report = BatchReport()
    for index, item in enumerate(items, start=1):
        if isinstance(item, FileOutcome):
            outcome = item
        else:
            try:
                outcome = ingest_article(engine, item)
            except Exception as exc:  # a database error rolls back this article only
                outcome = FileOutcome(item.origin, "failed", reason=f"could not be stored: {one_line(exc)}")
        report.files.append(outcome)
        if progress is not None:
            progress(index, len(items), outcome)
    return report
