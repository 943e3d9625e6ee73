"""A request whose client goes away is stopped and logged as 499, however the middleware learns of
it: from the server (`ON_CLIENT_GONE`, which `app.core.protocol` fills) or by reading the
request's messages ahead. A cancellation that is not its own (the server shutting down) goes on.

The layer is driven directly as ASGI, around an application that waits until it is cancelled."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.request_context import ON_CLIENT_GONE, RequestContextMiddleware
from tests.observe import log_records

Message = dict[str, Any]


@pytest.fixture(autouse=True)
def access_lines() -> Iterator[None]:
    """The access log at INFO, whatever level an earlier test configured."""
    logger = logging.getLogger("app.access")
    level = logger.level
    logger.setLevel(logging.INFO)
    yield
    logger.setLevel(level)


class Waiting:
    """An ASGI application that waits for ever and records whether it was cancelled."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.cancelled = False

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            self.cancelled = True
            raise


def _scope(**extra: Any) -> dict[str, Any]:
    return {
        "type": "http", "method": "GET", "path": "/v1/meetings", "query_string": b"", "headers": [(b"x-request-id", b"gone-1")],
        "client": ("127.0.0.1", 5000), **extra,
    }


async def _nothing_sent(message: Message) -> None:
    raise AssertionError(f"nothing is sent for a request whose client left: {message}")


def _access(records: list[logging.LogRecord]) -> list[int]:
    return [record.status for record in records if getattr(record, "request_id", None) == "gone-1"]  # type: ignore[attr-defined]


def test_a_client_gone_as_the_server_tells_stops_the_request_without_reading_ahead() -> None:
    async def run() -> tuple[Waiting, int]:
        app = Waiting()
        told: list[Any] = []
        reads = 0

        async def receive() -> Message:
            nonlocal reads
            reads += 1
            return {"type": "http.request", "body": b"", "more_body": False}

        middleware = RequestContextMiddleware(app, request_timeout=10)
        request = asyncio.ensure_future(middleware(_scope(**{ON_CLIENT_GONE: told}), receive, _nothing_sent))
        await asyncio.wait_for(app.started.wait(), 5)
        assert len(told) == 1, "the layer registered no callback with the server"
        told[0]()  # the server: the connection is lost
        await asyncio.wait_for(request, 5)  # ends without an error: the cancellation was its own
        return app, reads

    with log_records("app.access") as records:
        app, reads = asyncio.run(run())
    assert app.cancelled
    assert reads == 0, "the request's messages were read ahead although the server tells"
    assert _access(records) == [499]


def test_a_client_gone_is_noticed_by_reading_ahead_when_the_server_does_not_tell() -> None:
    async def run() -> Waiting:
        app = Waiting()
        disconnect = asyncio.Event()
        messages = [{"type": "http.request", "body": b"", "more_body": False}]

        async def receive() -> Message:
            if messages:
                return messages.pop()
            await disconnect.wait()
            return {"type": "http.disconnect"}

        middleware = RequestContextMiddleware(app, request_timeout=10)
        request = asyncio.ensure_future(middleware(_scope(), receive, _nothing_sent))
        await asyncio.wait_for(app.started.wait(), 5)
        disconnect.set()
        await asyncio.wait_for(request, 5)
        return app

    with log_records("app.access") as records:
        app = asyncio.run(run())
    assert app.cancelled
    assert _access(records) == [499]


def test_a_cancellation_from_the_server_goes_on_after_the_client_left_too() -> None:
    async def run() -> None:
        app = Waiting()
        told: list[Any] = []

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        middleware = RequestContextMiddleware(app, request_timeout=10)
        request = asyncio.ensure_future(middleware(_scope(**{ON_CLIENT_GONE: told}), receive, _nothing_sent))
        await asyncio.wait_for(app.started.wait(), 5)
        request.cancel()  # the server, shutting down
        told[0]()  # and the connection is lost as well
        with pytest.raises(asyncio.CancelledError):
            await request

    with log_records("app.access") as records:
        asyncio.run(run())
    assert _access(records) == [499]


def test_a_client_leaving_after_the_response_changes_nothing() -> None:
    async def run() -> list[Message]:
        told: list[Any] = []
        sent: list[Message] = []

        async def answer(scope: Any, receive: Any, send: Any) -> None:
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"{}"})

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: Message) -> None:
            sent.append(message)

        await RequestContextMiddleware(answer, request_timeout=10)(_scope(**{ON_CLIENT_GONE: told}), receive, send)
        told[0]()  # a late notice: the request is over
        await asyncio.sleep(0)
        return sent

    with log_records("app.access") as records:
        sent = asyncio.run(run())
    assert [message["type"] for message in sent] == ["http.response.start", "http.response.body"]
    assert _access(records) == [200]
