from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from app.agreements.models import Agreement
from app.articles.models import Article
from app.core.pagination import Page, SortKey, fetch_page, parse_sort
from app.core.params import PageParams
from app.db.exists import row_exists
from app.db.mixins import evidence
from app.meetings.models import Meeting, MeetingParty
from app.parties.models import Party
from app.parties.repository import party_groups

SORT_FIELDS = ("date", "kind", "id")
DEFAULT_SORT = "-date"


def list_agreements(connection: Connection, page: PageParams, *, party: list[str], kind: str | None, since: date | None, until: date | None,
                    updated_since: datetime | None = None) -> Page:
    keys = {"date": SortKey.of_date(Meeting.date), "kind": SortKey(Agreement.kind), "id": SortKey(Agreement.id)}
    order = parse_sort(page.sort, keys, DEFAULT_SORT)
    stmt = select(
        Agreement.id, Agreement.kind, Agreement.title, Agreement.meeting_id, Meeting.date, Agreement.article_id,
        Article.url.label("article_url"), Agreement.evidence_start, Agreement.evidence_end, Agreement.evidence_text,
    ).join(Meeting, Meeting.id == Agreement.meeting_id).join(Article, Article.id == Agreement.article_id)
    groups = party_groups(connection, party, include_subdivisions=False)
    if groups is None:
        return Page.empty(page.include_total)
    for ids in groups.values():
        stmt = stmt.where(row_exists().where(MeetingParty.meeting_id == Agreement.meeting_id, MeetingParty.party_id.in_(ids)))
    if kind:
        stmt = stmt.where(Agreement.kind == kind)
    if since:
        stmt = stmt.where(Meeting.date >= since)
    if until:
        stmt = stmt.where(Meeting.date <= until)
    if updated_since is not None:
        stmt = stmt.where(Agreement.updated_at >= updated_since)
    return fetch_page(connection, stmt, order, page).map(lambda rows: _items(connection, rows))


def _items(connection: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    sides: dict[int, list[str]] = defaultdict(list)
    meeting_ids = {row.meeting_id for row in rows}
    if meeting_ids:
        for meeting_id, code in connection.execute(
            select(MeetingParty.meeting_id, Party.code).join(Party, Party.id == MeetingParty.party_id)
            .where(MeetingParty.meeting_id.in_(meeting_ids)).order_by(MeetingParty.meeting_id, Party.code)
        ):
            sides[meeting_id].append(code)
    return [
        {
            "id": r.id, "kind": r.kind, "title": r.title, "meeting_id": r.meeting_id, "date": r.date,
            "parties": sides[r.meeting_id], "article_id": r.article_id, "article_url": r.article_url,
            "evidence": evidence(r),
        }
        for r in rows
    ]
