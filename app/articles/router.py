from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from starlette.responses import Response

from app.articles import repository
from app.articles.schemas import ArticleDetail, ArticlePage, ArticleRead
from app.articles.search import SearchQuery
from app.core.entity_etag import entity_response
from app.core.errors import found
from app.core.listing import LIST_RESPONSES, list_response, sort_help
from app.core.params import MAX_ID, MAX_TEXT, TEXT_PATTERN, IsoDate, PageParams, page_dependency
from app.core.routers import resource_router
from app.core.schemas import NOT_ACCEPTABLE, not_found
from app.core.updated_since import UpdatedSince
from app.db.session import Database, get_database

router = resource_router("/articles", "articles")


@router.get(
    "",
    responses={**LIST_RESPONSES, **NOT_ACCEPTABLE},
    response_model=ArticlePage,
    summary="List articles",
    description=(
        "The ingested articles, without their text. "
        + sort_help(repository.SORT_FIELDS, repository.DEFAULT_SORT, repository.SEARCH_SORT)
    ),
)
async def list_articles(
    request: Request,
    page: Annotated[PageParams, Depends(page_dependency(ArticleRead, repository.SORT_FIELDS))],
    db: Annotated[Database, Depends(get_database)],
    source: Annotated[
        str | None, Query(min_length=1, max_length=MAX_TEXT, pattern=TEXT_PATTERN, description="Agency credited, case-insensitive.", examples=["Trend"])
    ] = None,
    since: Annotated[IsoDate | None, Query(description="Published on or after this date (YYYY-MM-DD).", examples=["2024-01-01"])] = None,
    until: Annotated[IsoDate | None, Query(description="Published on or before this date (YYYY-MM-DD).", examples=["2024-12-31"])] = None,
    q: SearchQuery = None,
    updated_since: UpdatedSince = None,
) -> Response:
    """List ingested articles with their header fields and meeting counts, or search their text."""
    fetch = partial(repository.list_articles, source=source, since=since, until=until, q=q, updated_since=updated_since)
    return await list_response(request, db, page, fetch, ArticleRead)


@router.get("/{article_id}", response_model=ArticleDetail, summary="Get one article", responses=not_found("No such article"))
async def get_article(
    request: Request,
    article_id: Annotated[int, Path(ge=1, le=MAX_ID, description="Article id.", examples=[1])],
    db: Annotated[Database, Depends(get_database)],
) -> Response:
    """One article's text and everything extracted from it."""
    return entity_response(request, found(await db.run(repository.get_article, article_id), f"No article with id {article_id}."))
