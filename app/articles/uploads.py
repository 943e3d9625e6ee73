"""Reading posted articles: the request body, bounded in size, into the `ArticleInput`s that the
CLI's readers make of files (JSON as a JSON Lines record, text with its metadata lines, HTML
through trafilatura). An NDJSON batch is spooled to a temporary file, not held in memory."""
from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from typing import IO, Literal

import orjson
from starlette.requests import Request

from app.core.errors import ContentTooLargeError, ProblemError, UnsupportedMediaTypeError
from app.ingest.reader import (
    MAX_ARTICLE_BYTES,
    MAX_BATCH_FILE_BYTES,
    ArticleError,
    ArticleInput,
    from_html,
    from_record,
    from_text_bytes,
)

BodyKind = Literal["json", "text", "html", "ndjson"]
MEDIA_TYPES: dict[str, BodyKind] = {
    "application/json": "json",
    "text/plain": "text",
    "text/html": "html",
    "application/x-ndjson": "ndjson",
}
# A JSON body carries its text escaped; the text itself is held to MAX_ARTICLE_BYTES.
MAX_JSON_BYTES = 2 * MAX_ARTICLE_BYTES
ORIGIN = "request body"
_SPOOL_IN_MEMORY = 1 << 20
_FIELD = re.compile(r"`(\w+)`")
# The reader's reasons that concern one field without naming it in backticks.
_FIELD_OF_REASON = (("url ", "url"), ("published date", "published_on"), ("text is larger", "text"),
                    ("the article has no text", "text"))


class InvalidBodyError(ProblemError):
    """The body, or one of its fields, cannot be used as an article."""

    status = 422

    def __init__(self, reason: str) -> None:
        match = _FIELD.search(reason)
        name = match.group(1) if match else next((f for prefix, f in _FIELD_OF_REASON if reason.startswith(prefix)), "body")
        super().__init__(f"The article cannot be used: {reason}", errors=[{"name": name, "in": "body", "detail": reason}])


def body_kind(request: Request) -> BodyKind:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    kind = MEDIA_TYPES.get(media_type)
    if kind is None:
        raise UnsupportedMediaTypeError(
            f"Content-Type must be one of {', '.join(MEDIA_TYPES)}, not {media_type or 'missing'!r}.",
            errors=[{"name": "Content-Type", "in": "header", "detail": "unsupported media type"}],
        )
    charset = re.search(r"charset=\"?([\w-]+)", request.headers.get("content-type", ""), re.I)
    if charset and charset.group(1).lower() not in ("utf-8", "utf8") and kind != "html":
        raise UnsupportedMediaTypeError(
            "Articles are UTF-8.", errors=[{"name": "Content-Type", "in": "header", "detail": "charset must be utf-8"}]
        )
    return kind


def _too_large(limit: int) -> ContentTooLargeError:
    return ContentTooLargeError(
        f"The body is larger than {limit} bytes.",
        errors=[{"name": "body", "in": "body", "detail": f"at most {limit} bytes"}],
    )


def _declared_size(request: Request, limit: int) -> None:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)


async def read_body(request: Request, limit: int) -> bytes:
    """The body, or a 413 as soon as it passes `limit` bytes (whatever Content-Length said)."""
    _declared_size(request, limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def parse_article(kind: BodyKind, raw: bytes) -> ArticleInput:
    """One article from a JSON, text or HTML body (HTML takes trafilatura a while: run it in a thread)."""
    try:
        if kind == "json":
            try:
                record = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                raise ArticleError(f"not valid JSON ({str(exc).split(':')[0]})") from None
            item = from_record(record, ORIGIN)
        elif kind == "html":
            item = from_html(raw, ORIGIN)
        else:
            item = from_text_bytes(raw, ORIGIN)
    except ArticleError as exc:
        raise InvalidBodyError(str(exc)) from None
    return replace(item, from_file=False)


async def spool_batch(request: Request, max_articles: int) -> IO[bytes]:
    """The NDJSON body in a temporary file, checked for its size and its number of articles
    (non-blank lines) while it arrives; a 413 for either."""
    _declared_size(request, MAX_BATCH_FILE_BYTES)
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)
    try:
        size = 0
        articles = 0
        partial = b""
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BATCH_FILE_BYTES:
                raise _too_large(MAX_BATCH_FILE_BYTES)
            spool.write(chunk)
            *complete, partial = (partial + chunk).split(b"\n")
            articles += sum(1 for line in complete if line.strip())
            if len(partial) > MAX_JSON_BYTES:
                raise ContentTooLargeError(
                    f"Line {articles + 1} is longer than {MAX_JSON_BYTES} bytes.",
                    errors=[{"name": "body", "in": "body", "detail": f"a line has at most {MAX_JSON_BYTES} bytes"}],
                )
            if articles + bool(partial.strip()) > max_articles:
                raise ContentTooLargeError(
                    f"A batch holds at most {max_articles} articles.",
                    errors=[{"name": "body", "in": "body", "detail": f"at most {max_articles} articles (lines)"}],
                )
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool


def batch_lines(spool: IO[bytes]) -> Iterator[tuple[int, ArticleInput | ArticleError]]:
    """(line number, article or why the line cannot be one) for each non-blank line."""
    for number, line in enumerate(spool, start=1):
        if not line.strip():
            continue
        origin = f"{ORIGIN}:{number}"
        try:
            yield number, replace(from_record(orjson.loads(line), origin), from_file=False)
        except orjson.JSONDecodeError as exc:
            yield number, ArticleError(f"not valid JSON ({str(exc).split(':')[0]})", origin)
        except ArticleError as exc:
            yield number, ArticleError(str(exc), origin)
