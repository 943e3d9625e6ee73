"""Who is asking: `Authorization: Bearer KEY` checked against the stored keys.

Writes need a key with the `write` scope; reads are open unless READ_REQUIRES_KEY, and then
take a key of either scope. A request without a key is a 401, one whose key lacks the scope a
403. Each use of a key is logged with its prefix, never the key."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.auth import repository
from app.auth.keys import key_prefix, matches
from app.core.errors import ForbiddenError, UnauthorizedError
from app.core.ratelimit import limit_request
from app.db.session import Database, get_database

logger = logging.getLogger("app.auth")

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    bearerFormat="bk_PREFIX_SECRET",
    description="An API key from `bilateral keys create`, sent as `Authorization: Bearer KEY`.",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]


@dataclass(frozen=True)
class Client:
    prefix: str
    scope: str


async def authenticate(request: Request, db: Database, credentials: HTTPAuthorizationCredentials | None) -> Client:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise UnauthorizedError("This request needs an API key: send `Authorization: Bearer KEY`.")
    key = credentials.credentials
    prefix = key_prefix(key)
    stored = await db.run(repository.active_key, prefix) if prefix else None
    if not matches(key, stored.key_hash if stored else None):
        logger.info("api key refused", extra={"key_prefix": prefix, "path": request.url.path})
        raise UnauthorizedError("The API key is unknown or revoked.")
    assert prefix is not None and stored is not None
    logger.info("api key used", extra={"key_prefix": prefix, "method": request.method, "path": request.url.path})
    return Client(prefix, stored.scope)


async def require_write(request: Request, db: Annotated[Database, Depends(get_database)], credentials: Credentials) -> Client:
    """A key with the `write` scope, within the write rate limit."""
    client = await authenticate(request, db, credentials)
    if client.scope != "write":
        raise ForbiddenError(f"The key {client.prefix} may only read; writing needs a key with the `write` scope.")
    await limit_request(request, "write", f"key:{client.prefix}")
    return client


async def read_access(request: Request) -> None:
    """On reads: the key READ_REQUIRES_KEY asks for, and the read rate limit (per key, else per
    client address). Nothing at all to do when both are off, which is the default."""
    if request.method not in ("GET", "HEAD"):
        return
    settings = request.app.state.settings
    limiter = request.app.state.rate_limiter
    if not settings.read_requires_key and not limiter.limits_reads:
        return
    header = request.headers.get("authorization")
    identity = None
    if settings.read_requires_key or header:
        credentials = await bearer(request)
        if settings.read_requires_key or credentials is not None:
            client = await authenticate(request, request.app.state.database, credentials)
            identity = f"key:{client.prefix}"
    if identity is None:
        identity = f"ip:{request.client.host if request.client else 'unknown'}"
    await limit_request(request, "read", identity)
