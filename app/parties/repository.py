"""Statements about parties: lists with meeting counts, and the parties each one met most."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import aliased

from app.core.pagination import Page, SortKey, fetch_page, parse_sort
from app.core.params import PageParams
from app.db.timestamps import row_timestamps
from app.meetings.models import MeetingParty
from app.parties.models import Party

SORT_FIELDS = ("code", "name", "meeting_count", "id")
DEFAULT_SORT = "code"
Parent = aliased(Party)
_meeting_count = (
    select(func.count()).where(MeetingParty.party_id == Party.id).correlate(Party).scalar_subquery()
)


def party_groups(connection: Connection, codes: list[str], include_subdivisions: bool) -> dict[str, list[int]] | None:
    """The party ids each code stands for: itself, plus its regions when `include_subdivisions`.
    None when a code is unknown, since a filter on it can match nothing."""
    wanted = list(dict.fromkeys(codes))
    if not wanted:
        return {}
    found = dict(connection.execute(select(Party.code, Party.id).where(Party.code.in_(wanted))).all())
    if len(found) < len(wanted):
        return None
    groups = {code: [found[code]] for code in wanted}
    if include_subdivisions:
        code_of = {id_: code for code, id_ in found.items()}
        for parent_id, child_id in connection.execute(
            select(Party.parent_id, Party.id).where(Party.parent_id.in_(code_of)).order_by(Party.id)
        ):
            groups[code_of[parent_id]].append(child_id)
    return groups


def _select() -> Any:
    return (
        select(Party.id, Party.code, Party.name, Party.kind, Parent.code.label("parent"), _meeting_count.label("meeting_count"))
        .outerjoin(Parent, Parent.id == Party.parent_id)
    )


def _item(row: Any) -> dict[str, Any]:
    return {"code": row.code, "name": row.name, "kind": row.kind, "parent": row.parent, "meeting_count": row.meeting_count}


def list_parties(connection: Connection, page: PageParams, *, kind: str | None, q: str | None,
                 updated_since: datetime | None = None) -> Page:
    keys = {
        "code": SortKey(Party.code),
        "name": SortKey(Party.name),
        "meeting_count": SortKey(_meeting_count),
        "id": SortKey(Party.id),
    }
    order = parse_sort(page.sort, keys, DEFAULT_SORT)
    stmt = _select()
    if kind:
        stmt = stmt.where(Party.kind == kind)
    if q:
        needle = q.lower()
        stmt = stmt.where(func.lower(Party.name).contains(needle, autoescape=True) | func.lower(Party.code).contains(needle, autoescape=True))
    if updated_since is not None:
        stmt = stmt.where(Party.updated_at >= updated_since)
    return fetch_page(connection, stmt, order, page).map(lambda rows: [_item(row) for row in rows])


def get_party(connection: Connection, code: str) -> dict[str, Any] | None:
    row = connection.execute(_select().add_columns(Party.created_at, Party.updated_at).where(Party.code == code)).first()
    if row is None:
        return None
    item = _item(row) | row_timestamps(row)
    item["regions"] = [
        dict(r._mapping)
        for r in connection.execute(
            select(Party.code, Party.name, Party.kind).where(Party.parent_id == row.id).order_by(Party.code)
        )
    ]
    mine, theirs = aliased(MeetingParty), aliased(MeetingParty)
    shared = func.count().label("meeting_count")
    item["counterparts"] = [
        dict(r._mapping)
        for r in connection.execute(
            select(Party.code, Party.name, Party.kind, shared)
            .select_from(mine)
            .join(theirs, (theirs.meeting_id == mine.meeting_id) & (theirs.party_id != mine.party_id))
            .join(Party, Party.id == theirs.party_id)
            .where(mine.party_id == row.id)
            .group_by(Party.code, Party.name, Party.kind)
            .order_by(shared.desc(), Party.code)
            .limit(20)
        )
    ]
    return item
