"""Writing articles over HTTP: the CLI's ingest (`app.ingest.batch`), one transaction per article."""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import IO, Annotated, Any

import anyio
from fastapi import Depends, Path, Request
from starlette.responses import Response, StreamingResponse

from app.articles.schemas import ArticleDeleted, ArticlePost, ArticleWritten, BatchLine
from app.articles.uploads import (
    MAX_JSON_BYTES,
    InvalidBodyError,
    batch_lines,
    body_kind,
    parse_article,
    read_body,
    spool_batch,
)
from app.auth.dependencies import Client, require_write
from app.core.errors import NotFoundError, ProblemError
from app.core.params import MAX_ID
from app.core.responses import dumps, json_response
from app.core.routers import resource_router
from app.core.schemas import Responses, not_found, problem
from app.ingest.batch import ingest_article, one_line, remove_article
from app.ingest.reader import (
    MAX_ARTICLE_BYTES,
    MAX_BATCH_FILE_BYTES,
    ArticleError,
    ArticleInput,
)
from app.ingest.report import FileOutcome

logger = logging.getLogger("app.ingest")
router = resource_router("/articles", "articles")

_STATUS = {"loaded": "created", "replaced": "replaced", "unchanged": "unchanged", "failed": "failed"}
_TEXT_EXAMPLE = (
    "url: https://wire.example/az-tatarstan\ntitle: Azerbaijan, Tatarstan discuss investment\n\n"
    "BAKU, Azerbaijan, April 17. Azerbaijan and Russia's Tatarstan have discussed investment ..."
)
_NDJSON_EXAMPLE = (
    '{"text": "BAKU, April 17. Azerbaijan and Tatarstan discussed investment ...", "url": "https://wire.example/1"}\n'
    '{"text": "ASTANA, May 3. Kazakhstan and Jordan held the 2nd session of the intergovernmental commission ..."}\n'
)
WRITE_PROBLEMS: Responses = {
    401: problem("No API key, or one unknown or revoked (problem+json, with `WWW-Authenticate`)"),
    403: problem("The key may only read (problem+json)"),
    429: problem("Too many writes for this key (problem+json, with `Retry-After` and `RateLimit`)"),
}
POST_DESCRIPTION = f"""
One article as `application/json` (`text` required; `url`, `title`, `source`, `published_on`
optional), `text/plain` (optional `url:`, `title:`, `source:`, `published:` lines, then a blank
line, before the text) or `text/html` (a saved page: its main text, title, date and canonical URL
are read from it), exactly as `bilateral ingest` reads files. An article is identified by its URL,
else by its text: a new one is `201 created` with `Location`; a text already stored is
`200 unchanged`; a new text at a known URL is `200 replaced` (the old records go, the new ones
come, in one transaction).

`application/x-ndjson` is a batch: one JSON article per line, at most `INGEST_MAX_BATCH_ARTICLES`
(1000) of them. The answer is `200` with one NDJSON result line per input line, in order, written
as each article is stored; a bad line is a `failed` line and never stops the others.

Limits: a text, JSON or HTML body of at most {MAX_ARTICLE_BYTES} bytes ({MAX_JSON_BYTES} for
JSON), a text of at most {MAX_ARTICLE_BYTES} bytes, a batch of at most {MAX_BATCH_FILE_BYTES}
bytes; beyond each, a `413` problem. Needs a key with the `write` scope.
"""
_REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {"schema": ArticlePost.model_json_schema()},
        "text/plain": {"schema": {"type": "string"}, "example": _TEXT_EXAMPLE},
        "text/html": {"schema": {"type": "string"}, "example": "<html><head><title>...</title></head><body><article>...</article></body></html>"},
        "application/x-ndjson": {"schema": {"type": "string"}, "example": _NDJSON_EXAMPLE},
    },
}


class StoreFailedError(ProblemError):
    status = 503


def _written(outcome: FileOutcome, request: Request) -> dict[str, Any]:
    base = request.app.state.settings.public_base_url or ""
    location = f"{base}/v1/articles/{outcome.article_id}" if outcome.article_id else None
    created = {what: n for what, n in sorted(outcome.created.items()) if what != "articles"}
    return {"status": _STATUS[outcome.outcome], "article_id": outcome.article_id, "location": location,
            "created": created, "merged": outcome.merged}


async def _in_thread(request: Request, fn: Any, *args: Any) -> Any:
    """Run a write in one of this process's ingest threads (extraction is CPU work)."""
    state = request.app.state
    if getattr(state, "ingest_limiter", None) is None:
        state.ingest_limiter = anyio.CapacityLimiter(state.settings.ingest_threads)
    return await anyio.to_thread.run_sync(fn, *args, limiter=state.ingest_limiter)


def _store(engine: Any, item: ArticleInput) -> FileOutcome:
    try:
        return ingest_article(engine, item)
    except Exception as exc:  # a database error: this article is rolled back, the others go on
        logger.exception("article could not be stored")
        return FileOutcome(item.origin, "failed", reason=f"could not be stored: {one_line(exc)}")


@router.post(
    "",
    status_code=201,
    response_model=ArticleWritten,
    summary="Add an article, or a batch of them",
    description=POST_DESCRIPTION,
    openapi_extra={"requestBody": _REQUEST_BODY},
    responses={
        200: {"description": "`unchanged` or `replaced`; for an NDJSON batch, one result line per input line.",
              "content": {"application/x-ndjson": {"schema": BatchLine.model_json_schema()}}},
        201: {"description": "A new article; `Location` is its URL.", "model": ArticleWritten},
        413: problem("The body, a batch's number of articles or a line is too large (problem+json)"),
        415: problem("A Content-Type other than JSON, NDJSON, plain text or HTML (problem+json)"),
        422: problem("The article cannot be used (no text, a bad `url` or `published_on`, extraction failed), "
                     "or a bad parameter (problem+json)"),
        **WRITE_PROBLEMS,
    },
)
async def post_articles(request: Request, client: Annotated[Client, Depends(require_write)]) -> Response:
    """Ingest one article (JSON, text or HTML), or a batch of them (NDJSON), as `bilateral ingest` does."""
    kind = body_kind(request)
    engine = request.app.state.write_engine
    if kind == "ndjson":
        spool = await spool_batch(request, request.app.state.settings.ingest_max_batch_articles)
        return StreamingResponse(_batch(request, engine, spool, client), media_type="application/x-ndjson")
    raw = await read_body(request, MAX_JSON_BYTES if kind == "json" else MAX_ARTICLE_BYTES)
    item = await _in_thread(request, parse_article, kind, raw) if kind == "html" else parse_article(kind, raw)
    outcome: FileOutcome = await _in_thread(request, _store, engine, item)
    if outcome.outcome == "failed":
        reason = outcome.reason or "failed"
        if reason.startswith("could not be stored"):
            raise StoreFailedError(f"The article {reason}; try again.", headers={"Retry-After": "1"})
        raise InvalidBodyError(reason)
    body = _written(outcome, request)
    logger.info("article %s", body["status"], extra={"key_prefix": client.prefix, "article_id": outcome.article_id})
    headers = {"Location": body["location"]} if outcome.outcome == "loaded" else None
    return json_response(body, status=201 if outcome.outcome == "loaded" else 200, headers=headers)


async def _batch(request: Request, engine: Any, spool: IO[bytes], client: Client) -> AsyncIterator[bytes]:
    counts: dict[str, int] = {}
    try:
        for number, item in batch_lines(spool):
            if isinstance(item, ArticleError):
                line = {"status": "failed", "article_id": None, "location": None, "created": {}, "merged": 0,
                        "error": str(item)}
            else:
                outcome = await _in_thread(request, _store, engine, item)
                line = {**_written(outcome, request), "error": outcome.reason}
            counts[line["status"]] = counts.get(line["status"], 0) + 1
            yield dumps({"line": number, **line}) + b"\n"
    finally:
        spool.close()
        logger.info("batch ingested", extra={"key_prefix": client.prefix, "outcomes": counts})


@router.delete(
    "/{article_id}",
    response_model=ArticleDeleted,
    summary="Delete an article",
    responses={**not_found("No such article"), **WRITE_PROBLEMS},
)
async def delete_article(
    request: Request,
    article_id: Annotated[int, Path(ge=1, le=MAX_ID, description="Article id.", examples=[1])],
    client: Annotated[Client, Depends(require_write)],
) -> Response:
    """Remove an article and what only it supports: meetings other articles also report stay, on those reports."""
    removed = await _in_thread(request, remove_article, request.app.state.write_engine, article_id)
    if removed is None:
        raise NotFoundError(f"No article with id {article_id}.")
    _, counts = removed
    logger.info("article deleted", extra={"key_prefix": client.prefix, "article_id": article_id})
    return json_response({
        "status": "deleted", "article_id": article_id,
        "meetings_removed": counts.get("meetings removed", 0), "meetings_kept": counts.get("meetings kept on other reports", 0),
    })
