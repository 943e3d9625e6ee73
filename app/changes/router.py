from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request
from starlette.responses import Response

from app.changes import repository
from app.changes.schemas import ChangePage
from app.core.responses import json_response
from app.core.routers import resource_router
from app.db.session import Database, get_database

router = resource_router("/changes", "changes")

MAX_SEQ = 2**63 - 1
MAX_CHANGES = 1000
FEED_DESCRIPTION = (
    "Every insert, update and delete of an article, meeting, trade figure, agreement, commission, "
    "person or party, in the order the transactions that made them committed. Store `last_seq` and "
    "ask for `after` it next time: a client that does never misses or repeats a change, even while "
    "several ingests run. Start from `after=0` to read everything ever stored."
)


@router.get("", response_model=ChangePage, summary="Follow the change feed", description=FEED_DESCRIPTION)
async def list_changes(
    request: Request,
    db: Annotated[Database, Depends(get_database)],
    after: Annotated[int, Query(ge=0, le=MAX_SEQ, description="Return changes with a sequence above this one.", examples=[0])] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_CHANGES, description=f"Page size, at most {MAX_CHANGES}.", examples=[100])] = 100,
) -> Response:
    """Changes after a sequence number, oldest first, with the URL of the following page."""
    items = await db.run(repository.changes_after, after, limit)
    last = items[-1]["seq"] if items else after
    # Relative, or on PUBLIC_BASE_URL, as every Link of this API (never from the Host header).
    following = f"{request.app.state.settings.public_base_url or ''}/v1/changes?after={last}&limit={limit}"
    # A feed is polled for what is new: caches must ask every time (the ETag still spares the body).
    return json_response(
        {"items": items, "last_seq": last, "next": following},
        headers={"Link": f'<{following}>; rel="next"', "Cache-Control": "no-cache"},
    )
