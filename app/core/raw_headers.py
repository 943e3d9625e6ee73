"""ASGI header lists read and written as they are, `[(name, value), ...]` of bytes: the layers
around every request use these instead of building Starlette's `Headers` views, which parse the
whole list each time (the views cost a tenth of a small request's Python time, built about ten
times per request)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from starlette.types import Message

RawHeaders = list[tuple[bytes, bytes]]


def find(headers: Iterable[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    """The first value of header `name` (lower case, as ASGI gives request headers), or None."""
    for key, value in headers:
        if key == name:
            return value
    return None


def response_headers(message: Message) -> RawHeaders:
    """The header list of an `http.response.start` message, made a list that can be added to."""
    headers = message.get("headers")
    if not isinstance(headers, list):
        headers = message["headers"] = list(headers or ())
    return headers


def add_missing(headers: RawHeaders, values: Mapping[bytes, bytes]) -> None:
    """Append each of `values` (names in lower case) that `headers` does not have yet."""
    present = {key.lower() for key, _ in headers}
    headers.extend((name, value) for name, value in values.items() if name not in present)


def replace(headers: RawHeaders, name: bytes, value: bytes) -> None:
    """Set header `name` (lower case) to `value`, dropping any value it had."""
    headers[:] = [(key, old) for key, old in headers if key.lower() != name]
    headers.append((name, value))


def add_vary(headers: RawHeaders, tokens: Iterable[bytes]) -> None:
    """Add each of `tokens` that `headers`' Vary does not name yet, to its first Vary header or
    to a new one."""
    for i, (key, value) in enumerate(headers):
        if key.lower() == b"vary":
            named = {token.strip().lower() for token in value.split(b",")}
            missing = [token for token in tokens if token.lower() not in named]
            if missing:
                headers[i] = (key, b", ".join([value, *missing]))
            return
    headers.append((b"vary", b", ".join(tokens)))
