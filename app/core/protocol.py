"""The HTTP/1.1 connection: uvicorn's httptools protocol with two limits on request heads, for
`uvicorn --http app.core.protocol:HttpProtocol`.

httptools (llhttp, in C) parses a request several times faster than h11 (pure Python); on a
small detail request the parser was the largest single cost of the whole request. The limits:

- Size: a head larger than `MAX_HEAD_BYTES` gets a 431 and the connection closes.
- Time: a head must be complete within `--timeout-keep-alive` seconds of the connection opening
  or of the previous response, else the connection closes. Stock uvicorn re-arms its keep-alive
  timer on every byte received, so a connection that sends a head a byte at a time, or nothing,
  would stay open for ever, holding a socket and a file descriptor.

It also tells each request when its client goes away before the response is complete
(`ON_CLIENT_GONE`, for `app.core.request_context`), and sends the head of a response of known
length together with its body, in one write (`_HeadWithBody`)."""
from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http import httptools_impl

from app.core.request_context import ON_CLIENT_GONE

MAX_HEAD_BYTES = 16 * 1024

_HEAD_TOO_LARGE_BODY = b"Request head too large."
_HEAD_TOO_LARGE = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"x-content-type-options: nosniff\r\n"
    b"content-length: " + str(len(_HEAD_TOO_LARGE_BODY)).encode() + b"\r\n"
    b"connection: close\r\n\r\n" + _HEAD_TOO_LARGE_BODY
)


_BEFORE_HEAD, _HOLDING_HEAD, _PASSING = range(3)


class _HeadWithBody:
    """The connection's transport as one response cycle sees it. uvicorn writes a response's head
    when the response starts and its body when it comes: two system calls and two TCP segments
    for what is nearly always one small answer, and the client reads twice. Here the head of a
    response of known length is held until the body's first bytes, or the response's end (a
    HEAD), or a close, and goes out with them in one write. A streamed (chunked) response's
    head, and anything written before the head (`100 Continue`), go out at once as before."""

    __slots__ = ("_cycle", "_head", "_on_complete", "_state", "_transport")

    def __init__(self, transport: asyncio.Transport, cycle: httptools_impl.RequestResponseCycle) -> None:
        self._transport = transport
        self._cycle = cycle
        self._on_complete = cycle.on_response
        self._head = b""
        self._state = _BEFORE_HEAD

    def write(self, data: bytes) -> None:
        state = self._state
        if state == _PASSING:
            self._transport.write(data)
        elif state == _HOLDING_HEAD:
            self._state = _PASSING
            self._transport.write(self._head + data)
            self._head = b""
        elif self._cycle.response_started:  # this is the head
            if self._cycle.chunked_encoding is False:  # a length known up front
                self._state = _HOLDING_HEAD
                self._head = data
            else:
                self._state = _PASSING
                self._transport.write(data)
        else:
            self._transport.write(data)

    def flush(self) -> None:
        if self._state == _HOLDING_HEAD:
            self.write(b"")

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def response_complete(self) -> None:
        """The cycle's `on_response`: what is held goes out before the protocol hears of it."""
        self.flush()
        self._on_complete()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class HttpProtocol(httptools_impl.HttpToolsProtocol):
    _head_timer: asyncio.TimerHandle | None = None
    _head_size: int | None = None  # bytes of the awaited head seen so far; None when none is awaited

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_head()

    def data_received(self, data: bytes) -> None:
        if self._head_size is not None:
            end = data.find(b"\r\n\r\n")
            self._head_size += len(data) if end < 0 else end + 4
            if self._head_size > MAX_HEAD_BYTES:
                self._reject_head()
                return
        super().data_received(data)

    def on_headers_complete(self) -> None:
        self._head_received()
        scope = self.scope
        scope[ON_CLIENT_GONE] = []  # type: ignore[literal-required]
        super().on_headers_complete()
        cycle = self.cycle
        if cycle is not None and cycle.scope is scope:  # not an upgrade, which makes no cycle
            # Set before the cycle's task first runs (it is only scheduled so far).
            transport = cycle.transport = _HeadWithBody(self.transport, cycle)  # type: ignore[assignment]
            cycle.on_response = transport.response_complete

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and not self.pipeline:
            self._await_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._head_received()
        cycle = self.cycle
        super().connection_lost(exc)
        if cycle is not None and not cycle.response_complete:
            for client_gone in cycle.scope.get(ON_CLIENT_GONE, ()):  # type: ignore[misc]
                client_gone()

    def _await_head(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
        self._head_size = 0
        self._head_timer = self.loop.call_later(self.timeout_keep_alive, self._head_overdue)

    def _head_received(self) -> None:
        self._head_size = None
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_overdue(self) -> None:
        self._head_timer = None
        if self._head_size is not None and not self.transport.is_closing():
            self.transport.close()

    def _reject_head(self) -> None:
        self._head_received()
        self.logger.warning("Request head too large.")
        self.transport.write(_HEAD_TOO_LARGE)
        self.transport.close()
