"""The `Allow` header of a 405: every method some route takes at the path. Starlette names only
the methods of the first route whose path matches, and a path may have several routes (GET and
POST on `/v1/articles` live in separate ones)."""
from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Match

_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")


def allowed_methods(request: Request) -> str | None:
    routes = request.app.routes
    allowed = [
        method for method in _METHODS
        if any(route.matches({**request.scope, "method": method})[0] == Match.FULL for route in routes)
    ]
    return ", ".join(allowed) or None
