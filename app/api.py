"""The /v1 router: one sub-router per resource."""
from __future__ import annotations

from fastapi import APIRouter, Depends

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

api_router = APIRouter(
    prefix="/v1", dependencies=[Depends(reject_nul_characters), Depends(read_access)], responses=PROBLEM_RESPONSES
)
for router in (
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
):
    api_router.include_router(router)
