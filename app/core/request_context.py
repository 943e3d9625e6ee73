"""A request id on every response and one JSON access-log line per request carrying it."""
from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from contextvars import ContextVar

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID_HEADER = "X-Request-ID"
# Ids from proxies and clients (uuids, hex, ULIDs, `Root=1-5f..` trace ids) fit; anything longer
# or with other characters (spaces, quotes, control characters) is replaced rather than logged.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:=+/-]{1,128}")

access_logger = logging.getLogger("app.access")

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being served, for log lines outside the access log."""
    return request_id_var.get()


def incoming_request_id(value: str | None) -> str | None:
    return value if value is not None and _SANE_REQUEST_ID.fullmatch(value) else None


class RequestContextMiddleware:
    """Outermost layer: sets X-Request-ID on every response (the client's when sane, else a new
    uuid4 hex) and logs one access line when the response is finished or the request failed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = incoming_request_id(Headers(scope=scope).get(REQUEST_ID_HEADER)) or uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status: int | None = None

        async def send_with_request_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        # The status logged when no response was started: the request failed, or was cancelled
        # (nginx's 499, "client closed request"), before one could be sent.
        unsent = 500
        try:
            await self.app(scope, receive, send_with_request_id)
        except asyncio.CancelledError:
            unsent = 499
            raise
        except Exception:
            # ServerErrorMiddleware re-raises after the error handler has logged the exception and
            # sent the 500; raising further would only make the server log it again as text.
            if status is None:
                raise
        finally:
            client = scope.get("client")
            logged_status = status if status is not None else unsent
            access_logger.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                logged_status,
                extra={
                    "request_id": request_id,
                    "method": scope["method"],
                    "path": scope["path"],
                    "query": scope["query_string"].decode("latin-1"),
                    "status": logged_status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 3),
                    "client": client[0] if client else None,
                },
            )
            request_id_var.reset(token)
