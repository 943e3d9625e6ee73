"""gzip for the clients that ask for it, at little cost for those that do not.

Starlette's GZipMiddleware does the same, but for every response, compressed or not, it builds a
responder object, normalises its list of excluded types and parses the response's headers twice:
a tenth of a small request's Python time on a JSON API whose clients mostly do not ask for gzip.
Here a response is looked at once, on raw header bytes, and the identity path passes the body
straight on.

What goes out, as with Starlette's:
- a body of at least `minimum_size` bytes, or a stream, is sent with `Vary: Accept-Encoding`
  whether it is compressed or not, so that a cache keeps the two apart;
- it is compressed when the client accepts gzip, unless the response has a `Content-Encoding`
  already, is partial (206) or has a type that is compressed already (`EXCLUDED`); a stream is
  compressed chunk by chunk (each flushed, so that a slow export still arrives as it goes), and
  chunks of `thread_minimum_size` bytes or more are compressed in a thread, off the event loop;
- smaller bodies go out as they are, without `Vary`.
"""
from __future__ import annotations

import zlib

import anyio.to_thread
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.raw_headers import add_vary, find, response_headers

EXCLUDED = frozenset(media_type.encode() for media_type in DEFAULT_EXCLUDED_CONTENT_TYPES)


def accepts_gzip(scope: Scope) -> bool:
    return b"gzip" in (find(scope["headers"], b"accept-encoding") or b"").lower()


def _compressible(start: Message) -> bool:
    """Whether a response may be compressed (or varies by Accept-Encoding at all)."""
    if start["status"] == 206:
        return False
    for name, value in start.get("headers", ()):
        if name.lower() == b"content-encoding":
            return False
        if name.lower() == b"content-type":
            media_type = value.partition(b";")[0].strip().lower()
            if media_type in EXCLUDED or media_type.partition(b"/")[0] + b"/*" in EXCLUDED:
                return False
    return True


class GzipMiddleware:
    def __init__(self, app: ASGIApp, *, minimum_size: int = 500, compresslevel: int = 6,
                 thread_minimum_size: int = 128 * 1024) -> None:
        self.app = app
        self.minimum_size = minimum_size
        self.compresslevel = compresslevel
        self.thread_minimum_size = thread_minimum_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        gzip = accepts_gzip(scope)
        start: Message | None = None
        compressor: zlib._Compress | None = None  # set once the response is being compressed
        passing = False  # the response goes out as it is, from its first body on

        async def send_maybe_compressed(message: Message) -> None:
            nonlocal start, compressor, passing
            kind = message["type"]
            if kind == "http.response.start":
                start = message  # held until the first body says how large the response is
                return
            if passing:
                await send(message)
                return
            if compressor is not None:  # the start is sent: the rest of a compressed body, or trailers
                if kind == "http.response.body":
                    message["body"] = await self._compress(compressor, message.get("body", b""), message.get("more_body", False))
                await send(message)
                return
            if kind != "http.response.body":  # a file sent by path, say: it goes as it is
                passing = True
                if start is not None:
                    await send(start)
                await send(message)
                return
            assert start is not None
            body, more = message.get("body", b""), message.get("more_body", False)
            if (len(body) < self.minimum_size and not more) or not _compressible(start):
                passing = True
            else:
                headers = response_headers(start)
                add_vary(headers, (b"Accept-Encoding",))
                if gzip:
                    compressor = zlib.compressobj(self.compresslevel, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
                    message["body"] = await self._compress(compressor, body, more)
                    headers[:] = [(n, v) for n, v in headers if n.lower() != b"content-length"]
                    headers.append((b"content-encoding", b"gzip"))
                    if not more:
                        headers.append((b"content-length", str(len(message["body"])).encode()))
                else:
                    passing = True
            await send(start)
            await send(message)

        await self.app(scope, receive, send_maybe_compressed)

    async def _compress(self, compressor: zlib._Compress, body: bytes, more_body: bool) -> bytes:
        def compress() -> bytes:
            return compressor.compress(body) + compressor.flush(zlib.Z_SYNC_FLUSH if more_body else zlib.Z_FINISH)

        if len(body) >= self.thread_minimum_size:
            return await anyio.to_thread.run_sync(compress)
        return compress()
