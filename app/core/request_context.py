"""What belongs to the request being served: its id (on every response and in its JSON access-log
line) and the deadline of its database work."""
from __future__ import annotations

import asyncio
import itertools
import logging
import re
import secrets
import time
from collections import deque
from collections.abc import Callable, Mapping
from contextvars import ContextVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.raw_headers import add_missing, find, replace, response_headers
from app.db.engine import Deadline

REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID_NAME = REQUEST_ID_HEADER.lower().encode()
# Ids from proxies and clients (uuids, hex, ULIDs, `Root=1-5f..` trace ids) fit; anything longer
# or with other characters (spaces, quotes, control characters) is replaced rather than logged.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:=+/-]{1,128}")

access_logger = logging.getLogger("app.access")

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)
# One deadline for all the database work of a request, however many statements it takes; it
# starts when the request arrives (see app.db.session).
request_deadline: ContextVar[Deadline | None] = ContextVar("request_deadline", default=None)


def current_request_id() -> str | None:
    """The id of the request being served, for log lines outside the access log."""
    return request_id_var.get()


def incoming_request_id(value: str | None) -> str | None:
    return value if value is not None and _SANE_REQUEST_ID.fullmatch(value) else None


_PROCESS_PREFIX = secrets.token_hex(8)
_sequence = itertools.count(1)


def new_request_id() -> str:
    """32 hex digits, unique across processes: a random prefix drawn once per process and a
    counter. A uuid4 per request read the kernel's random source each time, about 5% of a small
    request's time; an id only has to be unique, not secret."""
    return f"{_PROCESS_PREFIX}{next(_sequence):016x}"


# A list in the scope of a request, put there by a server that calls each of its entries when the
# client goes away before the response is complete (`app.core.protocol` does). Such a request
# needs no task of its own reading its messages ahead (`ClientWatch`), which was 7% of the
# instructions of a detail.
ON_CLIENT_GONE = "app.on_client_gone"


class RequestContextMiddleware:
    """Outermost layer: sets X-Request-ID on every response (the client's when sane, else a new
    one from `new_request_id`) and `headers` on every response that does not set them, starts
    the request's database deadline of `request_timeout` seconds, stops the request when its
    client goes away before the response is complete, and logs one access line when the
    response is finished or the request failed or stopped.

    The client's going away is learnt from the server (`ON_CLIENT_GONE`) when it tells, else by
    reading the request's messages ahead (`ClientWatch`). The request's task is then cancelled,
    and the cancellation ends here."""

    def __init__(self, app: ASGIApp, *, request_timeout: float, headers: Mapping[str, str] | None = None) -> None:
        self.app = app
        self.request_timeout = request_timeout
        # Headers for every response that does not set them itself (the security headers).
        self.headers = {name.lower().encode("latin-1"): value.encode("latin-1") for name, value in (headers or {}).items()}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent_id = find(scope["headers"], _REQUEST_ID_NAME)
        request_id = incoming_request_id(sent_id.decode("latin-1") if sent_id is not None else None) or new_request_id()
        token = request_id_var.set(request_id)
        deadline = Deadline(self.request_timeout)
        deadline_token = request_deadline.set(deadline)
        started = time.perf_counter()
        status: int | None = None
        complete = False
        gone = False
        task = asyncio.current_task()
        assert task is not None

        async def send_with_request_id(message: Message) -> None:
            nonlocal status, complete
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = response_headers(message)
                replace(headers, _REQUEST_ID_NAME, request_id.encode())
                add_missing(headers, self.headers)
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                complete = True
            await send(message)

        def client_gone() -> None:
            nonlocal gone
            if not complete and not gone and not task.done():
                gone = True
                deadline.cancel()
                task.cancel()

        watching = None
        told = scope.get(ON_CLIENT_GONE)
        if told is not None:
            told.append(client_gone)
        else:
            client = ClientWatch(receive, on_disconnect=client_gone)
            receive = client.receive
            watching = asyncio.ensure_future(client.watch())
        # The status logged when no response was started: the request failed, or was cancelled
        # (nginx's 499, "client closed request"), before one could be sent.
        unsent = 500
        try:
            await self.app(scope, receive, send_with_request_id)
        except asyncio.CancelledError:
            unsent = 499
            # Only this layer's own cancellation ends here; the server's (at shutdown) goes on.
            if not gone or task.uncancel() > 0:
                raise
        except Exception:
            # ServerErrorMiddleware re-raises after the error handler has logged the exception and
            # sent the 500; raising further would only make the server log it again as text.
            if status is None:
                raise
        finally:
            if watching is not None:
                watching.cancel()
            if access_logger.isEnabledFor(logging.INFO):
                _log_access(scope, request_id, status, unsent, complete, started)
            request_deadline.reset(deadline_token)
            request_id_var.reset(token)


def _log_access(scope: Scope, request_id: str, status: int | None, unsent: int, complete: bool, started: float) -> None:
    """The access line; `status` is None when no response was started, and `unsent` is logged."""
    peer = scope.get("client")
    extra = {
        "request_id": request_id,
        "method": scope["method"],
        "path": scope["path"],
        "query": scope["query_string"].decode("latin-1"),
        "status": status if status is not None else unsent,
        "duration_ms": round((time.perf_counter() - started) * 1000, 3),
        "client": peer[0] if peer else None,
    }
    if status is not None and not complete:
        extra["incomplete"] = True  # a stream cut off, or its client gone, before the end
    access_logger.info("%s %s %s", scope["method"], scope["path"], extra["status"], extra=extra)


class ClientWatch:
    """Reads the request's messages ahead of the application, so that a client going away is
    noticed at once, whatever the application is doing (waiting for the database, most often),
    rather than only when it next writes; `on_disconnect` is then called. The application reads
    the same messages through `receive`. A request body is read ahead only up to
    `READ_AHEAD` bytes (the API takes no bodies); the rest is left to the application."""

    READ_AHEAD = 64 * 1024

    def __init__(self, receive: Receive, *, on_disconnect: Callable[[], None]) -> None:
        self._receive = receive
        self._on_disconnect = on_disconnect
        self._messages: deque[Message] = deque()
        self._arrived = asyncio.Event()
        self._watching = True
        self._gone = False

    async def watch(self) -> None:
        buffered = 0
        try:
            while True:
                message = await self._receive()
                if message["type"] == "http.disconnect":
                    self._gone = True
                    self._on_disconnect()
                    return
                self._messages.append(message)
                buffered += len(message.get("body", b""))
                if message.get("more_body", False) and buffered > self.READ_AHEAD:
                    return
                self._arrived.set()
        finally:
            self._watching = False
            self._arrived.set()

    async def receive(self) -> Message:
        while not self._messages and self._watching:
            self._arrived.clear()
            await self._arrived.wait()
        if self._messages:
            return self._messages.popleft()
        if self._gone:
            return {"type": "http.disconnect"}
        return await self._receive()
