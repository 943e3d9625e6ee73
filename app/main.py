"""The ASGI application."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import text
from starlette.responses import Response

from app.api import api_router
from app.core.config import Settings, get_settings
from app.core.docs import install_docs
from app.core.errors import install_error_handlers
from app.core.logging import configure_logging
from app.core.middleware import install_middleware
from app.core.responses import json_response
from app.core.schemas import Health
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
        engine = create_db_engine(
            settings.database_url,
            sqlite_mmap_size=settings.sqlite_mmap_size,
            statement_timeout=settings.statement_timeout_seconds,
        )
        app.state.database = Database(engine)
        try:
            yield
        finally:
            engine.dispose()

    app = FastAPI(
        title="bilateral-records", version="1.0.0", description=DESCRIPTION, lifespan=lifespan,
        docs_url=None, redoc_url=None,
    )
    install_docs(app)
    install_error_handlers(app)
    install_middleware(app, settings)
    app.include_router(api_router)

    @app.get("/healthz", tags=["health"], summary="Health check", response_model=Health, responses={503: {"model": Health}})
    async def healthz() -> Response:
        """Answers 200 when the database answers a query, 503 otherwise."""
        def ping(connection) -> None:  # type: ignore[no-untyped-def]
            connection.execute(text("SELECT 1"))

        try:
            await app.state.database.run(ping)
        except Exception:
            return json_response({"status": "unavailable"}, status=503)
        return json_response({"status": "ok"})

    return app


app = create_app()
