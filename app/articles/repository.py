from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from app.articles.models import Article
from app.articles.search import search_articles, search_params
from app.core.pagination import Page, SortKey, fetch_page, parse_sort
from app.core.params import PageParams
from app.db.timestamps import row_timestamps
from app.meetings.models import Meeting, MeetingParty, MeetingSector
from app.meetings.repository import meeting_summaries, select_meetings
from app.parties.models import Party
from app.sectors.models import Sector
from app.trade.repository import list_trade_figures_of_article

SORT_FIELDS = ("published_on", "ingested_at", "id", "relevance")
DEFAULT_SORT = "-published_on"
SEARCH_SORT = "-relevance"
_meeting_count = select(func.count()).where(Meeting.article_id == Article.id).correlate(Article).scalar_subquery()
SUMMARY_COLUMNS = (
    Article.id, Article.title, Article.source, Article.url, Article.published_on, Article.dateline,
    Article.file_name, Article.content_hash, Article.ingested_at, _meeting_count.label("meeting_count"),
)


def _summary(row: Any) -> dict[str, Any]:
    m = row._mapping
    return {
        **{column: m[column] for column in (
            "id", "title", "source", "url", "published_on", "dateline", "file_name", "content_hash", "meeting_count",
        )},
        # SQLite hands back the stored UTC time without its zone; say it is UTC on both engines.
        "ingested_at": m["ingested_at"] if m["ingested_at"].tzinfo else m["ingested_at"].replace(tzinfo=UTC),
        "relevance": m.get("relevance"),
        "snippet": m.get("snippet"),
    }


def list_articles(
    connection: Connection, page: PageParams, *, source: str | None, since: date | None, until: date | None, q: str | None,
    updated_since: datetime | None = None,
) -> Page:
    keys = {
        "published_on": SortKey.of_date(Article.published_on),
        "ingested_at": SortKey(Article.ingested_at),
        "id": SortKey(Article.id),
    }
    stmt = select(*SUMMARY_COLUMNS)
    params: dict[str, Any] = {}
    if q:
        search = search_articles(connection.dialect.name)
        params = search_params(connection.dialect.name, q)
        keys["relevance"] = SortKey(search.relevance)
        stmt = stmt.add_columns(search.relevance.label("relevance"), search.snippet.label("snippet")).join(
            search.matches, search.matches.c.article_id == Article.id
        )
    order = parse_sort(page.sort, keys, SEARCH_SORT if q else DEFAULT_SORT)
    if source:
        stmt = stmt.where(func.lower(Article.source) == source.lower())
    if since:
        stmt = stmt.where(Article.published_on >= since)
    if until:
        stmt = stmt.where(Article.published_on <= until)
    if updated_since is not None:
        stmt = stmt.where(Article.updated_at >= updated_since)
    return fetch_page(connection, stmt, order, page, params).map(lambda rows: [_summary(row) for row in rows])


def get_article(connection: Connection, article_id: int) -> dict[str, Any] | None:
    row = connection.execute(
        select(*SUMMARY_COLUMNS, Article.text, Article.created_at, Article.updated_at).where(Article.id == article_id)
    ).first()
    if row is None:
        return None
    item = _summary(row) | row_timestamps(row)
    item["text"] = row.text
    meetings = list(connection.execute(select_meetings().where(Meeting.article_id == article_id).order_by(Meeting.id)))
    item["meetings"] = meeting_summaries(meetings)
    item["parties"] = list(
        connection.scalars(
            select(Party.code).distinct().join(MeetingParty, MeetingParty.party_id == Party.id)
            .join(Meeting, Meeting.id == MeetingParty.meeting_id).where(Meeting.article_id == article_id).order_by(Party.code)
        )
    )
    item["sectors"] = list(
        connection.scalars(
            select(Sector.slug).join(MeetingSector, MeetingSector.sector_id == Sector.id)
            .join(Meeting, Meeting.id == MeetingSector.meeting_id).where(Meeting.article_id == article_id)
            .group_by(Sector.id, Sector.slug).order_by(Sector.id)
        )
    )
    item["trade_figures"] = list_trade_figures_of_article(connection, article_id)
    return item
