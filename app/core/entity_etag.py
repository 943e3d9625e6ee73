"""Validators of one record's detail: an entity tag of its own, so that an ingest that does not
touch a record leaves its cached detail valid (list answers keep the dataset's tag, which any
ingest moves; see `app.core.http_cache`).

The tag is a digest of the representation itself (with the Accept header it was chosen for),
so it changes exactly when the answer does, whatever changed it: the record, or a row its
detail lists. `If-None-Match` with the tag gets a 304. `Last-Modified` is the record's
`updated_at`; `If-Modified-Since` is still answered by the cache middleware against the whole
dataset's time, which is never earlier than any change, so it can only answer 200 too often."""
from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from app.core.http_cache import http_date, none_match
from app.core.responses import dumps


def entity_tag(body: bytes, accept: str) -> str:
    digest = hashlib.blake2b(body, digest_size=10, person=b"entity").hexdigest()
    variant = hashlib.blake2b("".join(accept.lower().split()).encode(), digest_size=3).hexdigest()
    return f'W/"e-{digest}-{variant}"'


def entity_response(request: Request, content: dict[str, Any]) -> Response:
    """`content` (a detail with `updated_at`) as JSON with its own ETag and Last-Modified, or a
    304 when the client already has it (`If-None-Match: *` too: the record exists)."""
    return entity_json_response(request, dumps(content), content["updated_at"])


def entity_json_response(request: Request, body: bytes, updated_at: datetime) -> Response:
    """`entity_response` for a detail already encoded as JSON (by the database, say)."""
    validators = {"ETag": entity_tag(body, request.headers.get("accept", "*/*")), "Last-Modified": http_date(updated_at)}
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None and (if_none_match.strip() == "*" or none_match(if_none_match, validators["ETag"])):
        settings = getattr(request.app.state, "settings", None)
        if settings is not None and settings.cache_control:
            validators["Cache-Control"] = settings.cache_control
        # As the cache middleware's own 304s: gzip, outside, does not see this one.
        return Response(status_code=304, headers={**validators, "Vary": "Accept, Accept-Encoding"})
    return Response(body, media_type="application/json", headers=validators)
