"""Conditional GETs from the dataset version: ETag, Last-Modified, Cache-Control, and 304 Not
Modified answered before the endpoint runs, so a revalidation costs one primary-key read (or
none within the version cache's TTL) instead of the endpoint's queries.

Every answer of the API is a function of the dataset (which only ingests change, and every
ingest moves the version forward), the application and the request; so (version, application
version, path, query, Accept) names a representation without hashing any body."""
from __future__ import annotations

import hashlib
import logging
import re
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.query_string import sorted_by_name
from app.core.raw_headers import add_vary, find, response_headers
from app.core.responses import HEAD_SCOPE_KEY
from app.db.dataset import DatasetVersion, read_dataset_version
from app.db.session import Database

logger = logging.getLogger("app.http_cache")

_ENTITY_TAG = re.compile(r'(?:W/)?"([^"]*)"')


class VersionCache:
    """The dataset version, re-read from the database at most every `ttl` seconds.

    The copy is per process and nothing invalidates it, so after an ingest (by the CLI or any
    other process) a process keeps answering with the previous version for at most `ttl`
    seconds: a client revalidating in that window gets 304 for data that has just changed.
    Bodies are never older than their ETag, though: the version is read before the endpoint's
    queries and only moves forward, so a stale version can only label newer data, which the next
    revalidation after the TTL replaces. ttl=0 reads the version on every GET."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._value: DatasetVersion | None = None
        self._read_at = float("-inf")

    async def get(self, database: Database) -> DatasetVersion:
        started = time.monotonic()
        if self._value is not None and started - self._read_at < self.ttl:
            return self._value
        value = await database.run(read_dataset_version)
        if started >= self._read_at:  # reads that overlap in the thread pool: the later start wins
            self._value, self._read_at = value, started
        return value


def entity_tag(version: int, app_version: str, scope: Scope) -> str:
    # Weak: the gzip middleware (outside this one) compresses large bodies and keeps the ETag, so
    # the identity and gzip encodings share it, which only a weak validator allows (nginx weakens
    # strong ETags when it compresses, for the same reason). Weak comparison is all GET
    # revalidation uses, and we never hash bytes, only name an equivalent representation.
    accept = "".join((find(scope["headers"], b"accept") or b"*/*").decode("latin-1").lower().split())
    identity = "\x00".join(
        (app_version, scope.get("root_path", "") + scope["path"], sorted_by_name(scope["query_string"]), accept)
    )
    digest = hashlib.blake2b(identity.encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()
    return f'W/"{version}-{digest}"'


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def http_date(moment: datetime) -> str:
    """RFC 9110's IMF-fixdate, what `email.utils.format_datetime(..., usegmt=True)` gives, at a
    third of its cost (each detail formats its own Last-Modified)."""
    utc = moment.astimezone(UTC)
    return (
        f"{_WEEKDAYS[utc.weekday()]}, {utc.day:02d} {_MONTHS[utc.month - 1]} {utc.year:04d} "
        f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d} GMT"
    )


def _parse_http_date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def none_match(header: str, etag: str) -> bool:
    """Weak comparison of `etag` with each tag of an If-None-Match list."""
    ours = _ENTITY_TAG.fullmatch(etag)
    assert ours is not None
    return any(tag == ours.group(1) for tag in _ENTITY_TAG.findall(header))


def not_modified_since(header: str, updated_at: datetime) -> bool:
    since = _parse_http_date(header)
    if since is None or since > datetime.now(UTC):  # unparseable or in the future: ignore it
        return False
    # Last-Modified has whole seconds; two ingests in one second are told apart by the ETag only.
    return updated_at.replace(microsecond=0) <= since


class HttpCacheMiddleware:
    """Validators and Cache-Control on successful GETs; 304 for a matching If-None-Match or, when
    none is sent, an If-Modified-Since not older than the dataset.

    A matching entity tag is answered without calling the endpoint: the tag names this exact
    request at this exact version, and only a 2xx ever carried it. `If-None-Match: *` asks
    whether the resource exists at all, which only the endpoint knows, so it runs and a 2xx
    becomes a 304. If-Modified-Since is answered up front as well; the one inexactness is that
    a date not taken from this URL's Last-Modified (`curl -z` on an unknown id) gets a 304
    where the endpoint would have said 404 or 422."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        cache_control: str,
        version_ttl: float,
        vary: tuple[str, ...] = ("Accept",),
        vary_not_modified: tuple[str, ...] = (),
        exclude_prefixes: tuple[str, ...] = (),
    ) -> None:
        self.app = app
        self.exclude_prefixes = exclude_prefixes
        self.cache_control = {b"cache-control": cache_control.encode("latin-1")} if cache_control else {}
        self.versions = VersionCache(version_ttl)
        self.vary = tuple(token.encode("latin-1") for token in vary)
        self.vary_not_modified = (*self.vary, *(token.encode("latin-1") for token in vary_not_modified))
        self._formatted: tuple[datetime | None, bytes] = (None, b"")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(self.exclude_prefixes):
            await self.app(scope, receive, send)
            return
        application = scope["app"]
        database = getattr(application.state, "database", None)
        try:
            version = await self.versions.get(database)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - no validators then; the endpoint reports the database itself
            logger.warning("dataset version unavailable (%s); answering without validators", type(exc).__name__)
            await self.app(scope, receive, send)
            return

        app_version = getattr(application, "version", "")
        validators: dict[bytes, bytes] | None = None  # made only when needed
        if_none_match = find(scope["headers"], b"if-none-match")
        if if_none_match is not None:
            validators = self._validators(version, app_version, scope)
            if if_none_match.strip() == b"*":
                await self.app(scope, receive, self._send_304_if_found(send, validators))
                return
            if none_match(if_none_match.decode("latin-1"), validators[b"etag"].decode()):
                await self._send_304(send, validators)
                return
        else:
            if_modified_since = find(scope["headers"], b"if-modified-since")
            if if_modified_since is not None and not_modified_since(if_modified_since.decode("latin-1"), version.updated_at):
                await self._send_304(send, self._validators(version, app_version, scope))
                return

        async def send_with_validators(message: Message) -> None:
            if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
                headers = response_headers(message)
                present = {key.lower() for key, _ in headers}
                # An endpoint's own validators win (a record's detail brings its own tag).
                for name, value in (validators or self._validators(version, app_version, scope, present)).items():
                    if name not in present:
                        headers.append((name, value))
                add_vary(headers, self.vary)
            await send(message)

        await self.app(scope, receive, send_with_validators)

    def _validators(
        self, version: DatasetVersion, app_version: str, scope: Scope, present: set[bytes] | frozenset[bytes] = frozenset()
    ) -> dict[bytes, bytes]:
        """ETag, Last-Modified and Cache-Control for the dataset at `version`; the tag is left out
        when the response already has one (`present`), as hashing it would be for nothing."""
        validators = {b"last-modified": self._last_modified(version), **self.cache_control}
        if b"etag" not in present:
            validators[b"etag"] = entity_tag(version.version, app_version, scope).encode()
        return validators

    def _last_modified(self, version: DatasetVersion) -> bytes:
        """The version's Last-Modified, formatted once per version rather than once per request."""
        if self._formatted[0] != version.updated_at:
            self._formatted = (version.updated_at, http_date(version.updated_at).encode())
        return self._formatted[1]

    def _not_modified_start(self, validators: dict[bytes, bytes]) -> Message:
        headers = list(validators.items())
        add_vary(headers, self.vary_not_modified)
        return {"type": "http.response.start", "status": 304, "headers": headers}

    async def _send_304(self, send: Send, validators: dict[bytes, bytes]) -> None:
        await send(self._not_modified_start(validators))
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    def _send_304_if_found(self, send: Send, validators: dict[bytes, bytes]) -> Send:
        replaced = False

        async def send_304_for_2xx(message: Message) -> None:
            nonlocal replaced
            if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
                replaced = True
                await send(self._not_modified_start(validators))
            elif replaced and message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
            else:
                await send(message)

        return send_304_for_2xx


class HeadAsGetMiddleware:
    """Answers HEAD as the GET of the same URL without its body (FastAPI routes declared with GET
    answer 405 to HEAD). It sits outside gzip so that the headers are exactly the GET's."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        # A copy: the server keeps reading its own scope and must still see HEAD. The mark tells
        # an export to stop after its first chunk instead of running to the end for nothing.
        await self.app({**scope, "method": "GET", HEAD_SCOPE_KEY: True}, receive, send_headers_only)
