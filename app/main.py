"""The ASGI application."""
from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI, Request, Security
from fastapi.telemetry import TelemetryConfig
from sqlalchemy import text
from starlette.responses import Response

from app.api import include_api
from app.auth.dependencies import bearer
from app.core.config import Settings, get_settings
from app.core.docs import install_docs
from app.core.errors import install_error_handlers, problem_response
from app.core.logging import configure_logging
from app.core.metrics_middleware import install_metrics
from app.core.middleware import install_middleware
from app.core.openapi import API_VERSION, install_openapi, operation_id
from app.core.ratelimit import RateLimiter, RateLimitHeadersMiddleware
from app.core.responses import json_response
from app.core.route_table import install_route_table
from app.core.schemas import SERVER_ERROR, Health, problem
from app.db.engine import create_db_engine
from app.db.session import Database

DESCRIPTION = """
Structured records of bilateral cooperation (meetings, sides, officials, sectors, documents
signed, commissions and trade figures) extracted from news articles. Every record links to the
sentence it was read from.

Errors are [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457) `application/problem+json`.
Lists use keyset pagination: follow `next_cursor` or the `Link: rel="next"` header.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Each request and export has its own deadline (app.db.session); this is only the
        # server's backstop for a PostgreSQL statement whose cancel request got lost.
        statement_timeout = max(settings.statement_timeout_seconds, settings.export_timeout_seconds)
        # Every read of the API goes to the read replica when there is one.
        engine = create_db_engine(
            settings.database_read_url or settings.database_url,
            sqlite_mmap_size=settings.sqlite_mmap_size,
            statement_timeout=statement_timeout,
            pool_size=settings.database_threads + settings.export_threads,
        )
        # Writes (POST and DELETE of articles) go to DATABASE_URL, the primary.
        write_engine = app.state.write_engine = (
            create_db_engine(settings.database_url, sqlite_mmap_size=settings.sqlite_mmap_size, statement_timeout=statement_timeout)
            if settings.database_read_url
            else engine
        )
        database = app.state.database = Database(
            engine,
            timeout=settings.statement_timeout_seconds,
            export_timeout=settings.export_timeout_seconds,
            threads=settings.database_threads,
            export_threads=settings.export_threads,
            statement_timeout=statement_timeout,
        )
        _tune_interpreter()
        try:
            yield
        finally:
            database.close_loop_reads()  # on the loop, which watches their sockets
            await anyio.to_thread.run_sync(database.close)
            engine.dispose()
            write_engine.dispose()

    app = FastAPI(
        title="bilateral-records", version=API_VERSION, description=DESCRIPTION, lifespan=lifespan,
        docs_url=None, redoc_url=None, generate_unique_id_function=operation_id, responses=SERVER_ERROR,
        # FastAPI asks OpenTelemetry on every request whether a provider is set up (about 4% of
        # a detail's instructions), for nothing unless one is set up and asked for.
        telemetry=_telemetry(settings.opentelemetry_enabled),
    )
    app.state.settings = settings
    install_openapi(app)
    install_docs(app)
    install_error_handlers(app)
    install_route_table(app)  # before install_middleware, which wraps the stack this one builds
    install_middleware(app, settings)
    app.state.rate_limiter = RateLimiter(settings)
    app.add_middleware(RateLimitHeadersMiddleware, limits_reads=app.state.rate_limiter.limits_reads)
    install_metrics(app, settings)  # after install_middleware: the outermost layer
    # With READ_REQUIRES_KEY every operation declares the key scheme, so that Swagger UI sends it.
    include_api(app, [Security(bearer)] if settings.read_requires_key else [])

    @app.get(
        "/healthz", tags=["health"], summary="Health check", operation_id="health_check", response_model=Health,
        responses={503: problem("The database does not answer (problem+json)")},
    )
    async def healthz(request: Request) -> Response:
        """Answers 200 when the database answers a query, 503 otherwise."""
        def ping(connection) -> None:  # type: ignore[no-untyped-def]
            connection.execute(text("SELECT 1"))

        try:
            await app.state.database.run(ping)
        except Exception:
            return problem_response(503, "The database does not answer.", request)
        return json_response({"status": "ok"})

    return app


def _telemetry(enabled: bool) -> TelemetryConfig:
    return {"tracing": enabled, "metrics": enabled, "logs": enabled}


def _tune_interpreter() -> None:
    """Everything alive after start-up lives as long as the process: frozen out of the cyclic
    garbage collector, it no longer makes each full collection (which stops every thread) take
    tens of milliseconds. (The GIL's switch interval is shortened only while an export runs:
    app.db.session.)"""
    gc.collect()
    gc.freeze()


app = create_app()
