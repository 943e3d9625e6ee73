"""The gzip layer (`app.core.compression`) on its own, in front of a small ASGI app."""
from __future__ import annotations

import asyncio
import gzip

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from app.core.compression import GzipMiddleware

BIG = b'{"items":[' + b",".join(b'{"id":%d}' % i for i in range(200)) + b"]}"
CHUNKS = [b"a,b\n" * 100, b"c,d\n" * 100, b"e,f\n"]


def _respond(request: Request) -> Response:
    kind = request.path_params["kind"]
    if kind == "small":
        return Response(b"{}", media_type="application/json")
    if kind == "stream":
        async def chunks():  # type: ignore[no-untyped-def]
            for chunk in CHUNKS:
                yield chunk
        return StreamingResponse(chunks(), media_type="text/csv")
    headers = {"big": {"Vary": "Accept"}, "png": {}, "encoded": {"Content-Encoding": "br"}, "partial": {}}[kind]
    media_type = "image/png" if kind == "png" else "application/json"
    return Response(BIG, status_code=206 if kind == "partial" else 200, media_type=media_type, headers=headers)


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = Starlette(routes=[Route("/{kind}", _respond)])
    return TestClient(GzipMiddleware(app, minimum_size=500))


def _get(client: TestClient, kind: str, encoding: str) -> tuple[int, dict[str, str], bytes]:
    with client.stream("GET", f"/{kind}", headers={"Accept-Encoding": encoding}) as response:
        return response.status_code, dict(response.headers), b"".join(response.iter_raw())


def test_a_large_body_is_compressed_for_a_client_that_asks(client: TestClient) -> None:
    _, headers, raw = _get(client, "big", "br, gzip;q=0.8")
    assert headers["content-encoding"] == "gzip" and headers["vary"] == "Accept, Accept-Encoding"
    assert int(headers["content-length"]) == len(raw) < len(BIG)
    assert gzip.decompress(raw) == BIG


def test_a_large_body_goes_as_it_is_to_other_clients_but_varies(client: TestClient) -> None:
    _, headers, raw = _get(client, "big", "identity")
    assert raw == BIG and "content-encoding" not in headers
    assert headers["vary"] == "Accept, Accept-Encoding" and headers["content-length"] == str(len(BIG))


def test_a_small_body_is_left_alone(client: TestClient) -> None:
    _, headers, raw = _get(client, "small", "gzip")
    assert raw == b"{}" and "content-encoding" not in headers and "vary" not in headers


def test_a_stream_is_compressed_chunk_by_chunk(client: TestClient) -> None:
    _, headers, raw = _get(client, "stream", "gzip")
    assert headers["content-encoding"] == "gzip" and "content-length" not in headers
    assert headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(raw) == b"".join(CHUNKS)
    _, headers, raw = _get(client, "stream", "identity")
    assert raw == b"".join(CHUNKS) and headers["vary"] == "Accept-Encoding"


@pytest.mark.parametrize("kind", ["png", "encoded", "partial"])
def test_compressed_types_encoded_and_partial_bodies_are_left_alone(client: TestClient, kind: str) -> None:
    _, headers, raw = _get(client, kind, "gzip")
    assert raw == BIG and headers.get("content-encoding") in (None, "br")
    assert "Accept-Encoding" not in headers.get("vary", "")


def test_trailers_after_a_compressed_body_pass_once_after_it() -> None:
    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        await send({"type": "http.response.start", "status": 200, "trailers": True,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": BIG, "more_body": False})
        await send({"type": "http.response.trailers", "headers": [(b"x-checksum", b"1")], "more_trailers": False})

    sent: list[dict] = []  # type: ignore[type-arg]

    async def collect(message):  # type: ignore[no-untyped-def]
        sent.append(message)

    scope = {"type": "http", "headers": [(b"accept-encoding", b"gzip")]}
    asyncio.run(GzipMiddleware(app, minimum_size=500)(scope, None, collect))  # type: ignore[arg-type]
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body", "http.response.trailers"]
    assert gzip.decompress(sent[1]["body"]) == BIG
