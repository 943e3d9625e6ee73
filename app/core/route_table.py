"""A dispatch table in front of FastAPI's router for the compiled routes (app.core.compiled_route).

FastAPI 0.165 keeps an included router as a branch of its own: a request walks the app's routes,
enters the branch, sets and restores context keys in the scope for every route it tries, then
wraps the chosen endpoint in two exit stacks and an exception guard. Routing, parameters and
dependencies were the largest layer of a request's Python work (bench/README.md); the plans took
on the parameters, this takes on the routing. The table knows, once the routes are built, every
route in the order FastAPI tries them, bucketed by the first two segments of their paths, so a
request tries the few routes that can match it and calls the compiled handler directly.

The table only ever takes a request that FastAPI would give to the same route: the first route,
in FastAPI's order, whose path matches and whose methods include the request's. Whenever that
first match is not a compiled route (docs, static files, the OpenAPI document, `/healthz`), or a
path matches but not the method (FastAPI's 405), or nothing matches (404), or the request is not
one the table knows how to serve as FastAPI does (a `root_path`, dependency overrides, FastAPI's
own telemetry switched on), the request goes to the router unchanged. Errors raised by a handler
reach the same exception handlers as they would from inside the route (the table sits inside
FastAPI's ExceptionMiddleware). `tests/api/test_compiled_routes.py` compares every GET operation,
answer by answer, with the app that has neither plans nor table."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.compiled_route import COMPILED_HANDLER, Handler

_BUCKET_DEPTH = 2  # routes are bucketed by this many leading path segments


@dataclass(frozen=True, slots=True)
class _Entry:
    """One route in FastAPI's order. `handler` is None for a route the table does not serve: when
    it is the first to match, the router takes the request."""

    regex: re.Pattern[str] | None  # None: a route whose paths the table cannot tell; it may match any
    path_format: str | None
    convertors: dict[str, Any]
    methods: frozenset[str]
    handler: Handler | None
    route: Any = None  # the APIRoute put in scope["route"], as FastAPI does
    endpoint: Any = None


def _entries(app: FastAPI) -> Iterator[_Entry]:
    """The app's routes as FastAPI tries them: its own, and each included router's in place."""
    for route in app.router.routes:
        expand = getattr(route, "effective_route_contexts", None)
        for effective in expand() if expand is not None else (route,):
            yield _entry(effective)


def _entry(effective: Any) -> _Entry:
    handler = getattr(effective, COMPILED_HANDLER, None)
    regex = getattr(effective, "path_regex", None)
    methods = getattr(effective, "methods", None)
    if handler is None or regex is None or not methods:
        return _Entry(regex=regex, path_format=None, convertors={}, methods=frozenset(), handler=None)
    return _Entry(
        regex=regex, path_format=effective.path_format, convertors=dict(effective.param_convertors),
        methods=frozenset(methods), handler=handler, route=getattr(effective, "original_route", effective),
        endpoint=effective.endpoint,
    )


def _leading_segments(entry: _Entry) -> tuple[str, ...] | None:
    """The first `_BUCKET_DEPTH` segments that every path of `entry` starts with; None when the
    route may match paths of any shape."""
    if entry.handler is None or entry.path_format is None or not entry.path_format.startswith("/"):
        return None
    literal, parameter, _ = entry.path_format.partition("{")
    segments = literal.split("/")[1:]
    if parameter:  # the last literal piece runs into a parameter: it is not a whole segment
        segments = segments[:-1]
    return tuple(segments[:_BUCKET_DEPTH]) if len(segments) >= _BUCKET_DEPTH else None


class _Table:
    def __init__(self, entries: list[_Entry]) -> None:
        buckets: dict[tuple[str, ...], list[_Entry]] = {}
        keyed = [(entry, _leading_segments(entry)) for entry in entries]
        for _, key in keyed:
            if key is not None:
                buckets.setdefault(key, [])
        # Each bucket keeps FastAPI's order, with the routes that may match anything in place.
        for entry, key in keyed:
            for bucket_key, bucket in buckets.items():
                if key is None or key == bucket_key:
                    bucket.append(entry)
        self.buckets = {key: tuple(bucket) for key, bucket in buckets.items()}
        self.anywhere: tuple[_Entry, ...] = tuple(entry for entry, key in keyed if key is None)

    def lookup(self, path: str, method: str) -> tuple[_Entry, dict[str, Any]] | None:
        """The compiled route FastAPI would choose for this request and its path parameters, or
        None when the router must decide."""
        segments = path.split("/", _BUCKET_DEPTH + 1)
        candidates = self.buckets.get(tuple(segments[1:_BUCKET_DEPTH + 1]), self.anywhere)
        for entry in candidates:
            if entry.regex is None:
                return None
            match = entry.regex.match(path)
            if match is None:
                continue
            if entry.handler is None or method not in entry.methods:
                return None
            params = match.groupdict()
            for name, value in params.items():
                params[name] = entry.convertors[name].convert(value)
            return entry, params
        return None


class RouteTable:
    """The ASGI app put where FastAPI's middleware stack calls its router (see the module's doc)."""

    def __init__(self, router: ASGIApp, application: FastAPI) -> None:
        self.router = router
        self.application = application
        self._table: _Table | None = None

    def table(self) -> _Table:
        """The routes as they are at the first request, built once: FastAPI counts changes to
        its routes, but reading the count walks every included router, on every request.
        A route added while the app serves is reached through the router wherever no route in
        the table matches; as FastAPI tries routes in order and adding one appends it, that is
        where it could answer at all, unless it overlaps a route of a router included after its
        own. Removing or reordering routes of a serving app is not followed."""
        if self._table is None:
            self._table = _Table(list(_entries(self.application)))
        return self._table

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = None
        if (
            scope["type"] == "http"
            and not scope.get("root_path")
            and "fastapi.telemetry" not in scope
            and not self.application.dependency_overrides
        ):
            found = self.table().lookup(scope["path"], scope["method"])
        if found is None:
            await self.router(scope, receive, send)
            return
        entry, params = found
        scope["endpoint"] = entry.endpoint
        scope["path_params"] = params
        scope["route"] = entry.route
        scope.setdefault("router", self.application.router)
        response = await entry.handler(Request(scope, receive, send))  # type: ignore[misc]
        await response(scope, receive, send)


def install_route_table(app: FastAPI) -> None:
    """Put the table between FastAPI's innermost layer and its router, in every stack the app
    builds (FastAPI builds its stack on the first request)."""
    build_stack = app.build_middleware_stack

    def build_with_route_table() -> ASGIApp:
        stack = build_stack()
        layer: Any = stack
        while getattr(layer, "app", None) is not None and layer.app is not app.router:
            layer = layer.app
        if getattr(layer, "app", None) is app.router:
            layer.app = RouteTable(app.router, app)
        return stack

    app.build_middleware_stack = build_with_route_table  # type: ignore[method-assign]
