"""Statements about people: one row per real-world person, whatever the spelling."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, distinct, func, select

from app.core.pagination import Page, SortKey, fetch_page, parse_sort
from app.core.params import PageParams
from app.core.text import search_fold
from app.db.timestamps import row_timestamps
from app.meetings.models import Participant
from app.meetings.repository import meetings_by_ids
from app.parties.models import Party
from app.people.models import Person, PersonAlias

SORT_FIELDS = ("name", "meeting_count", "id")
DEFAULT_SORT = "name"
_meeting_count = (
    select(func.count(distinct(Participant.meeting_id))).where(Participant.person_id == Person.id).correlate(Person).scalar_subquery()
)


def _people(connection: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    """People rows to items, with aliases, parties and titles fetched for the whole page."""
    ids = [row.id for row in rows]
    aliases: dict[int, list[str]] = defaultdict(list)
    parties: dict[int, list[str]] = defaultdict(list)
    titles: dict[int, list[str]] = defaultdict(list)
    if ids:
        for person_id, alias in connection.execute(
            select(PersonAlias.person_id, PersonAlias.alias).where(PersonAlias.person_id.in_(ids)).order_by(PersonAlias.id)
        ):
            aliases[person_id].append(alias)
        for person_id, code in connection.execute(
            select(Participant.person_id, Party.code).distinct().join(Party, Party.id == Participant.party_id)
            .where(Participant.person_id.in_(ids)).order_by(Participant.person_id, Party.code)
        ):
            parties[person_id].append(code)
        for person_id, title in connection.execute(
            select(Participant.person_id, Participant.title).distinct()
            .where(Participant.person_id.in_(ids), Participant.title.is_not(None))
            .order_by(Participant.person_id, Participant.title)
        ):
            titles[person_id].append(title)
    return [
        {
            "id": row.id,
            "name": row.name,
            "aliases": aliases[row.id],
            "parties": parties[row.id],
            "titles": titles[row.id],
            "meeting_count": row.meeting_count,
        }
        for row in rows
    ]


def list_people(connection: Connection, page: PageParams, *, name: str | None, party: str | None,
                updated_since: datetime | None = None) -> Page:
    keys = {"name": SortKey(Person.name), "meeting_count": SortKey(_meeting_count), "id": SortKey(Person.id)}
    order = parse_sort(page.sort, keys, DEFAULT_SORT)
    stmt = select(Person.id, Person.name, _meeting_count.label("meeting_count"))
    if name:
        stmt = stmt.where(Person.search_text.contains(search_fold(name), autoescape=True))
    if party:
        stmt = stmt.where(
            Person.id.in_(select(Participant.person_id).join(Party, Party.id == Participant.party_id).where(Party.code == party))
        )
    if updated_since is not None:
        stmt = stmt.where(Person.updated_at >= updated_since)
    return fetch_page(connection, stmt, order, page).map(lambda rows: _people(connection, rows))


def get_person(connection: Connection, person_id: int) -> dict[str, Any] | None:
    row = connection.execute(
        select(Person.id, Person.name, _meeting_count.label("meeting_count"), Person.created_at, Person.updated_at)
        .where(Person.id == person_id)
    ).first()
    if row is None:
        return None
    item = _people(connection, [row])[0] | row_timestamps(row)
    meeting_ids = list(connection.scalars(select(Participant.meeting_id).where(Participant.person_id == person_id)))
    item["meetings"] = meetings_by_ids(connection, meeting_ids)
    return item
