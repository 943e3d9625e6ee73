"""Rate limits on reads and writes, with the `RateLimit` and `RateLimit-Policy` headers of
draft-ietf-httpapi-ratelimit-headers.

Counts are kept by `limits` (fixed windows): per process in memory by default, or in Redis
(`RATE_LIMIT_STORAGE_URL=redis://...`) so that several workers or replicas enforce one limit
together. Writes are counted per API key; reads per key, or per client address without one.
Read limiting is off by default: a read then pays one attribute check, nothing more.

The counting happens in the request's dependencies (`app.auth.dependencies`), where the key is
known; the verdict is left in the ASGI scope and `RateLimitHeadersMiddleware` puts its headers
on whatever response goes out, the 429 included. A storage that cannot be reached lets requests
through, with a warning in the log: the API stays up when Redis is down."""
from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from typing import Literal

from limits import RateLimitItem, parse_many
from limits.aio.strategies import FixedWindowRateLimiter
from limits.storage import storage_from_string
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings
from app.core.errors import TooManyRequestsError

logger = logging.getLogger("app.ratelimit")

Kind = Literal["read", "write"]
SCOPE_KEY = "bilateral.ratelimit"


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    policy: str  # the RateLimit-Policy value
    name: str  # the policy the client is closest to exhausting
    remaining: int
    reset: int  # seconds until that policy's window ends

    def headers(self) -> dict[str, str]:
        return {"RateLimit-Policy": self.policy, "RateLimit": f'"{self.name}";r={self.remaining};t={self.reset}'}


def _policies(kind: Kind, items: list[RateLimitItem]) -> list[tuple[str, RateLimitItem]]:
    """Each limit with its policy name: `write`, or `write-0`, `write-1`... for several."""
    return [(kind if len(items) == 1 else f"{kind}-{i}", item) for i, item in enumerate(items)]


def _window(item: RateLimitItem) -> int:
    return int(item.get_expiry())


class RateLimiter:
    def __init__(self, settings: Settings) -> None:
        url = settings.rate_limit_storage_url
        options: dict[str, str] = {}
        if url.startswith(("redis://", "rediss://")):
            options = {"implementation": "redispy", "key_prefix": settings.rate_limit_key_prefix}
        self.storage = storage_from_string(url if url.startswith("async+") else f"async+{url}", **options)
        self.strategy = FixedWindowRateLimiter(self.storage)
        self.policies: dict[Kind, list[tuple[str, RateLimitItem]]] = {}
        for kind, spec in (("read", settings.read_rate_limit), ("write", settings.write_rate_limit)):
            if spec:
                self.policies[kind] = _policies(kind, parse_many(spec))  # type: ignore[arg-type]
        self.policy_headers = {
            kind: ", ".join(f'"{name}";q={item.amount};w={_window(item)}' for name, item in named)
            for kind, named in self.policies.items()
        }
        self.limits_reads = "read" in self.policies

    async def hit(self, kind: Kind, identity: str) -> Verdict | None:
        """Count one request of `identity`; None when `kind` is not limited or the storage failed."""
        named = self.policies.get(kind)
        if not named:
            return None
        try:
            allowed = True
            closest: tuple[int, int, str] | None = None
            for name, item in named:
                allowed = await self.strategy.hit(item, kind, identity) and allowed
                stats = await self.strategy.get_window_stats(item, kind, identity)
                reset = max(math.ceil(stats.reset_time - time.time()), 0)
                candidate = (stats.remaining, -reset, name)
                if closest is None or candidate < closest:
                    closest = candidate
        except Exception as exc:  # noqa: BLE001 - counting must not take the API down with it
            logger.warning("rate limit storage unavailable (%s); request let through", type(exc).__name__)
            return None
        assert closest is not None
        remaining, negative_reset, name = closest
        return Verdict(allowed, self.policy_headers[kind], name, remaining, -negative_reset)


async def limit_request(request: Request, kind: Kind, identity: str) -> None:
    """Count this request; a 429 with `Retry-After` when it is over its limit."""
    verdict = await request.app.state.rate_limiter.hit(kind, identity)
    if verdict is None:
        return
    holder = request.scope.get(SCOPE_KEY)
    if holder is not None:
        holder.append(verdict)
    if not verdict.allowed:
        logger.info("rate limited", extra={"limit": kind, "client": identity})
        raise TooManyRequestsError(
            f"Too many {kind}s: try again in {verdict.reset} s.",
            headers={"Retry-After": str(max(verdict.reset, 1)), **verdict.headers()},
        )


class RateLimitHeadersMiddleware:
    """Adds the `RateLimit` headers of the request's verdict, when it has one, to its response.
    With reads not limited, a read passes straight through."""

    def __init__(self, app: ASGIApp, *, limits_reads: bool) -> None:
        self.app = app
        self.limits_reads = limits_reads

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (not self.limits_reads and scope["method"] in ("GET", "HEAD")):
            await self.app(scope, receive, send)
            return

        # A list, not the verdict itself: layers inside may pass a copy of the scope on (HEAD as
        # GET does), and the copy still holds this same list.
        verdicts: list[Verdict] = []

        async def send_with_headers(message: Message) -> None:
            if verdicts and message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in verdicts[-1].headers().items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app({**scope, SCOPE_KEY: verdicts}, receive, send_with_headers)
