"""Response bodies and headers shared by the endpoints: JSON straight from plain dicts to bytes with
orjson (no model validation on the way out), the `Link` header of the next page, and the stream of
an export."""
from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterable, Callable
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import anyio
import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from app.core.query_string import replaced
from app.core.request_context import current_request_id
from app.db.engine import Deadline, DeadlineExceeded

logger = logging.getLogger("app.export")

# Set in the scope by HeadAsGetMiddleware (app.core.http_cache), which answers HEAD as a GET:
# an export then sends its headers and first chunk and stops instead of running to the end.
HEAD_SCOPE_KEY = "bilateral.head"


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot serialize {type(value).__name__}")


def dumps(content: Any) -> bytes:
    return orjson.dumps(content, default=_default, option=orjson.OPT_NON_STR_KEYS)


def json_response(content: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(dumps(content), status_code=status, media_type="application/json", headers=headers)


def raw_json_response(body: bytes, *, headers: dict[str, str] | None = None) -> Response:
    """A response whose JSON body is already encoded (by the database, see app.db.json)."""
    return Response(body, media_type="application/json", headers=headers)


def page_body(items_json: str, rest: dict[str, Any]) -> bytes:
    """`{"items": [...], **rest}` from the inside of the items' array, JSON text already."""
    tail = dumps(rest)
    return b'{"items":[' + items_json.encode() + (b"]," + tail[1:] if len(tail) > 2 else b"]}")


def next_link(request: Request, cursor: str | None) -> dict[str, str]:
    """The `Link: rel="next"` header: this request's path and query with `cursor` replaced, as a
    relative URL, or an absolute one on PUBLIC_BASE_URL. Never from the Host header, which the
    client chooses (a forged Host would otherwise be sent back to it, and to caches, as a link)."""
    if cursor is None:
        return {}
    path = "/" + request.scope["path"].lstrip("/")  # a leading `//` would name another host
    query = replaced(request.scope["query_string"], "cursor", cursor)
    settings = getattr(request.app.state, "settings", None)
    prefix = (settings.public_base_url or "") if settings is not None else ""
    return {"Link": f'<{prefix}{quote(path)}?{query}>; rel="next"'}


class ExportResponse(StreamingResponse):
    """A CSV or NDJSON export streamed under its own deadline.

    The chunks come from the export's database thread already encoded, so the event loop only
    sends them. When the deadline passes (a very large export, or a client that stopped reading),
    the stream is cut off: the connection closes before the end of the chunked body, so the client
    sees an incomplete transfer rather than a short file that looks whole. When the client goes
    away, the database work stops at once (app.db.session) and a log line says so."""

    def __init__(
        self, chunks: AsyncIterable[bytes], *, media_type: str, deadline: Deadline, running: Callable[[], bool]
    ) -> None:
        super().__init__(chunks, media_type=media_type)
        self.deadline = deadline
        self.running = running
        self.head_only = False
        self.sent = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.head_only = bool(scope.get(HEAD_SCOPE_KEY))
        await super().__call__(scope, receive, send)

    async def stream_response(self, send: Send) -> None:
        finished = False
        timer = anyio.CancelScope()
        try:
            with anyio.move_on_after(self.deadline.remaining()) as timer:
                try:
                    await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
                    async for chunk in self.body_iterator:
                        await send({"type": "http.response.body", "body": chunk, "more_body": True})
                        self.sent += len(chunk)
                        if self.head_only:
                            break
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                    finished = True
                except DeadlineExceeded:
                    pass
        finally:
            if not finished:
                out_of_time = timer.cancelled_caught or (not self.deadline.cancelled and time.monotonic() >= self.deadline.at)
                self.deadline.cancel()
                logger.log(
                    logging.WARNING if out_of_time else logging.INFO,
                    "export cut off: EXPORT_TIMEOUT_SECONDS ran out" if out_of_time else "export stopped: the client went away",
                    extra={"request_id": current_request_id(), "bytes_sent": self.sent, "queries_running": self.running()},
                )
