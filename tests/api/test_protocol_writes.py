"""What `app.core.protocol.HttpProtocol` writes to a real socket: the head of a response of known
length leaves with its body in one write; a streamed response's head, and a `100 Continue`,
leave at once; a HEAD's head, and the head of a response that fails after starting, are not lost.

The protocol serves a small ASGI application on 127.0.0.1 in the test's own event loop
(asyncio's, whose socket transports are Python objects), and each connection's transport
records the bytes of every write it is asked for before writing them."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import uvicorn
from uvicorn.server import ServerState

from app.core.protocol import HttpProtocol

Message = dict[str, Any]
BODY = b'{"id": 1, "title": "Azerbaijan and Tatarstan"}'


async def small_app(scope: dict[str, Any], receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]) -> None:
    if scope["type"] != "http":
        return
    path = scope["path"]
    fixed = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]
    if path == "/fixed":
        await send({"type": "http.response.start", "status": 200, "headers": fixed})
        await send({"type": "http.response.body", "body": BODY})
    elif path == "/fixed-in-parts":
        await send({"type": "http.response.start", "status": 200, "headers": fixed})
        await send({"type": "http.response.body", "body": BODY[:10], "more_body": True})
        await send({"type": "http.response.body", "body": BODY[10:]})
    elif path == "/stream":
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await asyncio.sleep(0.3)
        await send({"type": "http.response.body", "body": b"late", "more_body": False})
    elif path == "/echo":
        message = await receive()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", str(len(message["body"])).encode())]})
        await send({"type": "http.response.body", "body": message["body"]})
    elif path == "/fails":
        await send({"type": "http.response.start", "status": 200, "headers": fixed})
        raise RuntimeError("failed after the head")


class Served:
    """The protocol on a port of 127.0.0.1, and the writes of every connection it accepted."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []
        config = uvicorn.Config(small_app, http=HttpProtocol, lifespan="off", log_level="critical", timeout_keep_alive=5)
        config.load()
        self._config, self._state = config, ServerState()
        self.server: asyncio.Server | None = None

    def _protocol(self) -> HttpProtocol:
        protocol = HttpProtocol(config=self._config, server_state=self._state, app_state={})
        made = protocol.connection_made

        def connection_made(transport: asyncio.Transport) -> None:
            write = transport.write

            def recorded(data: bytes) -> None:
                self.writes.append(bytes(data))
                write(data)

            transport.write = recorded  # type: ignore[method-assign]
            made(transport)

        protocol.connection_made = connection_made  # type: ignore[method-assign]
        return protocol

    async def __aenter__(self) -> tuple[Served, int]:
        self.server = await asyncio.get_running_loop().create_server(self._protocol, "127.0.0.1", 0)
        return self, self.server.sockets[0].getsockname()[1]

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()


async def _exchange(port: int, request: bytes, *, until_closed: bool = False) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    received = b""
    try:
        while True:
            chunk = await asyncio.wait_for(reader.read(65536), 2.0)
            if not chunk:
                break
            received += chunk
            if not until_closed and _complete(received):
                break
    finally:
        writer.close()
    return received


def _complete(received: bytes) -> bool:
    head, separator, body = received.partition(b"\r\n\r\n")
    if not separator:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            return len(body) >= int(value)
    return body.endswith(b"0\r\n\r\n") or head.startswith(b"HEAD")


def _get(path: str, method: str = "GET") -> bytes:
    return f"{method} {path} HTTP/1.1\r\nhost: test\r\n\r\n".encode()


def test_a_response_of_known_length_leaves_in_one_write() -> None:
    async def scenario() -> tuple[bytes, list[bytes]]:
        async with Served() as (served, port):
            return await _exchange(port, _get("/fixed")), served.writes

    received, writes = asyncio.run(scenario())
    assert received.startswith(b"HTTP/1.1 200 OK\r\n") and received.endswith(b"\r\n\r\n" + BODY)
    assert writes == [received]


def test_a_body_in_parts_follows_its_head_in_the_first_write() -> None:
    async def scenario() -> tuple[bytes, list[bytes]]:
        async with Served() as (served, port):
            return await _exchange(port, _get("/fixed-in-parts")), served.writes

    received, writes = asyncio.run(scenario())
    assert received.endswith(b"\r\n\r\n" + BODY)
    assert len(writes) == 2 and writes[0].endswith(b"\r\n\r\n" + BODY[:10]) and writes[1] == BODY[10:]


def test_a_streamed_response_sends_its_head_at_once() -> None:
    async def scenario() -> tuple[bytes, list[bytes]]:
        async with Served() as (served, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(_get("/stream"))
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 2.0)
            await asyncio.wait_for(reader.readuntil(b"0\r\n\r\n"), 2.0)
            writer.close()
            return head, served.writes

    head, writes = asyncio.run(scenario())
    assert b"transfer-encoding: chunked" in head
    # The head alone, then the body (0.3 s later): held, it would have left with the body.
    assert writes[0] == head and len(writes) == 2


def test_a_head_request_gets_its_head() -> None:
    async def scenario() -> tuple[bytes, list[bytes]]:
        async with Served() as (served, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(_get("/fixed", "HEAD"))
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 2.0)
            writer.close()
            return head, served.writes

    head, writes = asyncio.run(scenario())
    assert head.startswith(b"HTTP/1.1 200 OK\r\n") and f"content-length: {len(BODY)}".encode() in head
    assert writes == [head]


def test_keep_alive_requests_each_get_their_whole_response() -> None:
    async def scenario() -> tuple[bytes, list[bytes]]:
        async with Served() as (served, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            received = b""
            for _ in range(3):
                writer.write(_get("/fixed"))
                received += await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 2.0)
                received += await asyncio.wait_for(reader.readexactly(len(BODY)), 2.0)
            writer.close()
            return received, served.writes

    received, writes = asyncio.run(scenario())
    assert received.count(BODY) == 3 and len(writes) == 3


def test_a_continue_is_sent_before_the_body_is() -> None:
    async def scenario() -> bytes:
        async with Served() as (_, port):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"POST /echo HTTP/1.1\r\nhost: test\r\nexpect: 100-continue\r\ncontent-length: 5\r\n\r\n")
            interim = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 2.0)
            assert interim == b"HTTP/1.1 100 Continue\r\n\r\n"
            writer.write(b"hello")
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 2.0)
            body = await asyncio.wait_for(reader.readexactly(5), 2.0)
            writer.close()
            return head + body

    assert asyncio.run(scenario()).endswith(b"\r\n\r\nhello")


def test_the_head_of_a_response_that_fails_after_starting_is_still_sent() -> None:
    async def scenario() -> bytes:
        async with Served() as (_, port):
            return await _exchange(port, _get("/fails"), until_closed=True)

    received = asyncio.run(scenario())
    assert received.startswith(b"HTTP/1.1 200 OK\r\n") and received.endswith(b"\r\n\r\n")  # then the connection closes
