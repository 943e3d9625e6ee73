"""The ASGI layer that counts requests and serves `/metrics`; installed only when
METRICS_ENABLED, so a server without metrics runs none of this."""
from __future__ import annotations

import time
from typing import Any

from fastapi import FastAPI
from starlette.routing import Mount, compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings
from app.core.metrics import Metrics, enable, render

METRICS_PATH = "/metrics"
UNMATCHED = "unmatched"  # one label for every path no route takes, so scanners cannot add series
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def install_metrics(app: FastAPI, settings: Settings) -> None:
    """Wrap the whole middleware stack (call after `install_middleware`), so every response is
    counted, the 500s and 304s answered by outer layers included."""
    if not settings.metrics_enabled:
        return
    metrics = enable()
    build_stack = app.build_middleware_stack

    def build_with_metrics() -> ASGIApp:
        return MetricsMiddleware(build_stack(), app, metrics)

    app.build_middleware_stack = build_with_metrics  # type: ignore[method-assign]


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, routes: FastAPI, metrics: Metrics) -> None:
        self.app = app
        self.routes = routes
        self.metrics = metrics
        self.templates: RouteTemplates | None = None
        # The labelled series of each (method, route, status class): a bounded set, looked up once.
        self.series: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == METRICS_PATH:
            await _serve_metrics(scope, send)
            return
        started = time.perf_counter()
        status = 0
        counted = False

        def count() -> None:
            nonlocal counted
            counted = True
            method = scope["method"] if scope["method"] in _METHODS else "other"
            key = (method, self._route(scope), status // 100)
            series = self.series.get(key)
            if series is None:
                series = self.series[key] = (
                    self.metrics.requests.labels(key[0], key[1], f"{key[2]}xx"), self.metrics.latency.labels(key[0], key[1])
                )
            series[0].inc()
            series[1].observe(time.perf_counter() - started)

        async def send_counting(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                count()  # before the last bytes go: a client that has its answer finds it counted
            await send(message)

        # No response started: 500 when the request failed, 499 ("client closed request") when
        # it was stopped because its client went away, as the access log says.
        failed = True
        try:
            await self.app(scope, receive, send_counting)
            failed = False
        finally:
            if not counted:
                if not status:
                    status = 500 if failed else 499
                count()

    def _route(self, scope: Scope) -> str:
        if self.templates is None:
            self.templates = RouteTemplates.of(self.routes)
        return self.templates.match(scope["path"])


class RouteTemplates:
    """The route template a path belongs to (`/v1/meetings/2` -> `/v1/meetings/{meeting_id}`),
    from the application's routes and its OpenAPI paths, so that every request is labelled the
    same way, those answered before routing (a 304 from the HTTP cache) included."""

    def __init__(self, templates: set[str]) -> None:
        self.fixed = {t for t in templates if "{" not in t}
        # Fewer parameters first: `/v1/trade-figures/series` before `/v1/trade-figures/{id}`.
        self.patterns = [(compile_path(t)[0], t) for t in sorted(templates - self.fixed, key=lambda t: (t.count("{"), t))]

    @classmethod
    def of(cls, app: FastAPI) -> RouteTemplates:
        templates = {path for path in app.openapi().get("paths", {})}
        for route in app.routes:
            path = getattr(route, "path", None)
            if isinstance(path, str) and path:
                templates.add(path + "/{path}" if isinstance(route, Mount) else path)
        return cls(templates)

    def match(self, path: str) -> str:
        if path in self.fixed:
            return path
        for pattern, template in self.patterns:
            if pattern.match(path):
                return template
        return UNMATCHED


async def _serve_metrics(scope: Scope, send: Send) -> None:
    if scope["method"] not in ("GET", "HEAD"):
        await send({"type": "http.response.start", "status": 405,
                    "headers": [(b"allow", b"GET, HEAD"), (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})
        return
    body, content_type = render()
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
    ]})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
