"""The /v1 API: one router per resource."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import Depends, FastAPI

from app.agreements.router import router as agreements_router
from app.articles.router import router as articles_router
from app.articles.writes import router as article_writes_router
from app.auth.dependencies import read_access
from app.changes.router import router as changes_router
from app.commissions.router import router as commissions_router
from app.core.guards import reject_nul_characters
from app.core.schemas import PROBLEM_RESPONSES
from app.meetings.router import router as meetings_router
from app.parties.router import router as parties_router
from app.people.router import router as people_router
from app.relations.router import router as relations_router
from app.sectors.router import router as sectors_router
from app.stats.router import router as stats_router
from app.trade.router import router as trade_router

RESOURCE_ROUTERS = (
    meetings_router,
    parties_router,
    people_router,
    sectors_router,
    commissions_router,
    agreements_router,
    trade_router,
    articles_router,
    article_writes_router,
    stats_router,
    relations_router,
    changes_router,
)


def include_api(app: FastAPI, extra_dependencies: Sequence[Any] = ()) -> None:
    """Mount every resource's router on the app under /v1, each directly: a request matches one
    level of routers, not two."""
    dependencies = [Depends(reject_nul_characters), Depends(read_access), *extra_dependencies]
    for router in RESOURCE_ROUTERS:
        app.include_router(router, prefix="/v1", dependencies=dependencies, responses=PROBLEM_RESPONSES)
