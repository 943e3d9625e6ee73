"""The HTTP layers around the application, in one place because their order matters.

From the outside in:

0. the connection (`app.core.protocol.HttpProtocol`, given to uvicorn with `--http`): a
   request head of bounded size, due within the keep-alive timeout;
1. request id, database deadline, the watch for a client going away, the access log and the
   security headers: outside even Starlette's ServerErrorMiddleware, so the 500 (and the 503 of
   a request out of time) that the catch-all error handler builds carries the id and the
   headers as well, and the access line sees it;
2. ServerErrorMiddleware (Starlette's own: unhandled exceptions become the 500 problem);
3. CORS: answers preflights itself and adds its headers to every other response, 304s included;
4. HEAD as GET: outside gzip, so a HEAD gets exactly the headers of the GET;
5. gzip (`app.core.compression`): compresses the identity body the layers inside produced; the
   weak ETag set inside stays valid for the compressed bytes;
6. HTTP cache: sets the validators and answers 304 before the endpoint (and its queries) runs;
7. FastAPI's ExceptionMiddleware (problem+json 404/422) and the routes.
"""
from __future__ import annotations

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp

from app.core.compression import GzipMiddleware
from app.core.config import Settings
from app.core.docs import STATIC_URL
from app.core.http_cache import HeadAsGetMiddleware, HttpCacheMiddleware
from app.core.request_context import REQUEST_ID_HEADER, RequestContextMiddleware

# The API's answers are data, never pages: nothing may load, run or frame them, and a browser
# must not guess another type. The HTML of /docs and /redoc brings its own policy (app.core.docs),
# which is kept.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
}

# zlib's default level: close to level 9's size on JSON at a fraction of its CPU time.
GZIP_LEVEL = 6


def install_middleware(app: FastAPI, settings: Settings) -> None:
    # add_middleware puts each new layer outside the ones added before it.
    app.add_middleware(
        HttpCacheMiddleware,
        cache_control=settings.cache_control,
        version_ttl=settings.cache_version_ttl_seconds,
        vary=("Accept",),
        # gzip adds Vary: Accept-Encoding to the bodies it compresses but leaves 304s alone; a
        # 304 refreshing a stored gzip body must not narrow its Vary, so it says so here.
        vary_not_modified=("Accept-Encoding",),
        # Packaged files, not the dataset: StaticFiles sets and checks their validators itself.
        exclude_prefixes=(STATIC_URL + "/",),
    )
    app.add_middleware(GzipMiddleware, minimum_size=settings.gzip_minimum_size, compresslevel=GZIP_LEVEL)
    app.add_middleware(HeadAsGetMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "HEAD"],
            allow_headers=["If-None-Match", "If-Modified-Since", REQUEST_ID_HEADER],
            expose_headers=["ETag", "Link", REQUEST_ID_HEADER],
        )

    # User middleware always sits inside ServerErrorMiddleware; wrap the whole stack instead.
    build_stack = app.build_middleware_stack

    def build_with_request_context() -> ASGIApp:
        return RequestContextMiddleware(
            build_stack(), request_timeout=settings.statement_timeout_seconds, headers=SECURITY_HEADERS
        )

    app.build_middleware_stack = build_with_request_context  # type: ignore[method-assign]
