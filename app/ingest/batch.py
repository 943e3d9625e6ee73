"""Ingesting a batch of article files: one transaction per article, failures reported, not fatal."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.ingest.extract import extract
from app.ingest.load import ArticleLoader, content_hash
from app.ingest.reader import ArticleError, find_articles, read_article
from app.ingest.report import BatchReport, FileOutcome

Progress = Callable[[int, int, FileOutcome], None]


def one_line(exc: BaseException) -> str:
    """The error's type and the first line of its message; for a database error, the driver's
    message without SQLAlchemy's copy of the statement and its parameters."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(cause).strip().splitlines()
    return f"{type(cause).__name__}: {lines[0] if lines else ''}".rstrip(": ")


def ingest_file(engine: Engine, path: Path) -> FileOutcome:
    try:
        text = read_article(path)
    except ArticleError as exc:
        return FileOutcome(path, "failed", reason=str(exc))
    digest = content_hash(text)
    with Session(engine) as session, session.begin():
        loader = ArticleLoader(session)
        existing = loader.find_article(digest)
        if existing is not None:
            return FileOutcome(path, "unchanged", article_id=existing)
        try:
            extraction = extract(text)
        except Exception as exc:  # an extractor bug must not stop the batch
            return FileOutcome(path, "failed", reason=f"extraction failed: {one_line(exc)}")
        result = loader.load(text, extraction, file_name=path.name)
    return FileOutcome(path, "loaded", article_id=result.article_id, created=result.created)


def ingest_paths(engine: Engine, paths: list[Path], progress: Progress | None = None) -> BatchReport:
    """Ingest every `.txt` file under `paths`. A file that fails leaves the others untouched."""
    files = find_articles(paths)
    report = BatchReport()
    for index, path in enumerate(files, start=1):
        try:
            outcome = ingest_file(engine, path)
        except Exception as exc:  # a database error rolls back this article only
            outcome = FileOutcome(path, "failed", reason=f"could not be stored: {one_line(exc)}")
        report.files.append(outcome)
        if progress is not None:
            progress(index, len(files), outcome)
    return report
