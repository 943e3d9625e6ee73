"""Statements about commissions: standing bodies whose sessions accumulate across articles."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from app.commissions.models import Commission, CommissionParty
from app.core.pagination import Page, SortKey, fetch_page, parse_sort
from app.core.params import PageParams
from app.db.timestamps import row_timestamps
from app.meetings.models import Meeting
from app.meetings.repository import meeting_summaries, select_meetings
from app.parties.models import Party

SORT_FIELDS = ("name", "id")
DEFAULT_SORT = "name"
_session_count = select(func.count()).where(Meeting.commission_id == Commission.id).correlate(Commission).scalar_subquery()
_latest_session = select(func.max(Meeting.session_number)).where(Meeting.commission_id == Commission.id).correlate(Commission).scalar_subquery()


def _select() -> Any:
    return select(Commission.id, Commission.name, _session_count.label("session_count"), _latest_session.label("latest_session_number"))


def _items(connection: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    parties: dict[int, list[str]] = defaultdict(list)
    ids = [row.id for row in rows]
    if ids:
        for commission_id, code in connection.execute(
            select(CommissionParty.commission_id, Party.code).join(Party, Party.id == CommissionParty.party_id)
            .where(CommissionParty.commission_id.in_(ids)).order_by(CommissionParty.commission_id, Party.code)
        ):
            parties[commission_id].append(code)
    return [
        {"id": r.id, "name": r.name, "parties": parties[r.id], "session_count": r.session_count, "latest_session_number": r.latest_session_number}
        for r in rows
    ]


def list_commissions(connection: Connection, page: PageParams, *, party: str | None, q: str | None,
                     updated_since: datetime | None = None) -> Page:
    order = parse_sort(page.sort, {"name": SortKey(Commission.name), "id": SortKey(Commission.id)}, DEFAULT_SORT)
    stmt = _select()
    if party:
        stmt = stmt.where(
            Commission.id.in_(select(CommissionParty.commission_id).join(Party, Party.id == CommissionParty.party_id).where(Party.code == party))
        )
    if q:
        stmt = stmt.where(func.lower(Commission.name).contains(q.lower(), autoescape=True))
    if updated_since is not None:
        stmt = stmt.where(Commission.updated_at >= updated_since)
    return fetch_page(connection, stmt, order, page).map(lambda rows: _items(connection, rows))


def get_commission(connection: Connection, commission_id: int) -> dict[str, Any] | None:
    row = connection.execute(
        _select().add_columns(Commission.created_at, Commission.updated_at).where(Commission.id == commission_id)
    ).first()
    if row is None:
        return None
    item = _items(connection, [row])[0] | row_timestamps(row)
    item["parties"] = [
        dict(r._mapping)
        for r in connection.execute(
            select(Party.code, Party.name, Party.kind).join(CommissionParty, CommissionParty.party_id == Party.id)
            .where(CommissionParty.commission_id == commission_id).order_by(Party.code)
        )
    ]
    sessions = connection.execute(
        select_meetings().where(Meeting.commission_id == commission_id)
        .order_by(Meeting.session_number.asc().nulls_last(), Meeting.date.asc().nulls_last(), Meeting.id)
    )
    item["sessions"] = meeting_summaries(list(sessions))
    return item
