"""Every statement about meetings. Lists go from SQL rows to plain dicts: one statement for the
page and one per nested list (sides, sectors) for the whole page, never one per row."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, exists, func, select

from app.agreements.models import Agreement
from app.commissions.models import Commission
from app.core.pagination import Page, SortKey, fetch_page, parse_sort
from app.core.params import PageParams
from app.articles.search import ArticleMatches, search_articles
from app.core.text import search_fold
from app.db.mixins import evidence
from app.meetings.filters import MeetingFilters
from app.meetings.models import Meeting, MeetingParty, MeetingSector, Participant
from app.parties.models import Party
from app.parties.repository import party_groups
from app.people.models import Person
from app.sectors.models import Sector

SORT_FIELDS = ("date", "id", "kind", "session_number", "relevance")
DEFAULT_SORT = "-date"
SEARCH_SORT = "-relevance"


def _sort_keys(driver: Any, search: ArticleMatches | None) -> dict[str, SortKey]:
    """With a party filter the page is read off `meeting_parties` by its (party_id, date)
    index, so date and id sort on that table's copies of them."""
    date_column = driver.c.date if driver is not None else Meeting.date
    id_column = driver.c.meeting_id if driver is not None else Meeting.id
    keys = {
        "date": SortKey.of_date(date_column),
        "id": SortKey(id_column),
        "kind": SortKey(Meeting.kind),
        "session_number": SortKey(Meeting.session_number, nullable=True),
    }
    if search is not None:
        keys["relevance"] = SortKey(search.relevance)
    return keys


@dataclass(frozen=True)
class MeetingQuery:
    """The FROM and WHERE of a meeting query; the `meeting_parties` alias that drives it, if
    any; and the full-text matches of `q`, if given."""

    stmt: Select[Any]
    driver: Any
    search: ArticleMatches | None


def filtered_meetings(connection: Connection, filters: MeetingFilters) -> MeetingQuery | None:
    """None when a filter can match nothing."""
    groups = party_groups(connection, filters.party, filters.include_subdivisions)
    if groups is None:
        return None
    driver: Any = None
    stmt: Select[Any] = select()
    party_sets = list(groups.values())
    if party_sets and all(len(ids) == 1 for ids in party_sets):
        (first,), *others = party_sets
        driver = MeetingParty.__table__.alias("driver")
        stmt = stmt.select_from(driver.join(Meeting, Meeting.id == driver.c.meeting_id)).where(driver.c.party_id == first)
    else:
        # A country with its regions is several ids; a driving join would repeat a meeting
        # that has two of them as sides, so every party becomes an EXISTS instead.
        others = party_sets
        stmt = stmt.select_from(Meeting)
    for ids in others:
        stmt = stmt.where(exists().where(MeetingParty.meeting_id == Meeting.id, MeetingParty.party_id.in_(ids)))
    date_column = driver.c.date if driver is not None else Meeting.date
    if filters.since:
        stmt = stmt.where(date_column >= filters.since)
    if filters.until:
        stmt = stmt.where(date_column <= filters.until)
    for slug in dict.fromkeys(filters.sector):
        stmt = stmt.where(
            exists()
            .where(MeetingSector.meeting_id == Meeting.id)
            .where(MeetingSector.sector_id == select(Sector.id).where(Sector.slug == slug).scalar_subquery())
        )
    if filters.kind:
        stmt = stmt.where(Meeting.kind.in_(filters.kind))
    if filters.status:
        stmt = stmt.where(Meeting.status == filters.status)
    if filters.commission:
        stmt = stmt.where(Meeting.commission_id == filters.commission)
    if filters.person:
        stmt = stmt.where(
            exists()
            .where(Participant.meeting_id == Meeting.id)
            .where(Participant.person_id == Person.id)
            .where(Person.search_text.contains(search_fold(filters.person), autoescape=True))
        )
    search = None
    if filters.q:
        search = search_articles(connection.dialect.name, filters.q)
        stmt = stmt.join(search.matches, search.matches.c.article_id == Meeting.article_id)
    return MeetingQuery(stmt, driver, search)


MEETING_COLUMNS = (
    Meeting.kind,
    Meeting.status,
    Meeting.title,
    Meeting.location,
    Meeting.commission_id,
    Commission.name.label("commission_name"),
    Meeting.session_number,
    Meeting.article_id,
    Meeting.evidence_start,
    Meeting.evidence_end,
    Meeting.evidence_text,
)


def list_meetings(connection: Connection, page: PageParams, *, filters: MeetingFilters) -> Page:
    query = filtered_meetings(connection, filters)
    default_sort = SEARCH_SORT if filters.q else DEFAULT_SORT
    if query is None:
        parse_sort(page.sort, _sort_keys(None, None), DEFAULT_SORT)  # still reject a bad sort
        return Page.empty(page.include_total)
    order = parse_sort(page.sort, _sort_keys(query.driver, query.search), default_sort)
    stmt = query.stmt.add_columns(Meeting.id, Meeting.date, *MEETING_COLUMNS)
    if query.search is not None:
        stmt = stmt.add_columns(query.search.relevance.label("relevance"), query.search.snippet.label("snippet"))
    stmt = stmt.outerjoin(Commission, Commission.id == Meeting.commission_id)
    return fetch_page(connection, stmt, order, page).map(lambda rows: meeting_summaries(connection, rows))


def meeting_summaries(connection: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    """Rows of MEETING_COLUMNS (plus id and date) to list items, with their sides and sectors
    fetched in one statement each for all rows."""
    ids = [row.id for row in rows]
    parties: dict[int, list[str]] = defaultdict(list)
    sectors: dict[int, list[str]] = defaultdict(list)
    if ids:
        for meeting_id, code in connection.execute(
            select(MeetingParty.meeting_id, Party.code)
            .join(Party, Party.id == MeetingParty.party_id)
            .where(MeetingParty.meeting_id.in_(ids))
            .order_by(MeetingParty.meeting_id, Party.code)
        ):
            parties[meeting_id].append(code)
        for meeting_id, slug in connection.execute(
            select(MeetingSector.meeting_id, Sector.slug)
            .join(Sector, Sector.id == MeetingSector.sector_id)
            .where(MeetingSector.meeting_id.in_(ids))
            .order_by(MeetingSector.meeting_id, Sector.id)
        ):
            sectors[meeting_id].append(slug)
    return [
        {
            "id": row.id,
            "kind": row.kind,
            "status": row.status,
            "date": row.date,
            "title": row.title,
            "location": row.location,
            "parties": parties[row.id],
            "sectors": sectors[row.id],
            "commission": {"id": row.commission_id, "name": row.commission_name} if row.commission_id else None,
            "session_number": row.session_number,
            "article_id": row.article_id,
            "evidence": evidence(row),
            "relevance": row._mapping.get("relevance"),
            "snippet": row._mapping.get("snippet"),
        }
        for row in rows
    ]


def select_meetings() -> Select[Any]:
    """The columns `meeting_summaries` expects, for callers that pick meetings their own way."""
    return select(Meeting.id, Meeting.date, *MEETING_COLUMNS).outerjoin(Commission, Commission.id == Meeting.commission_id)


def get_meeting(connection: Connection, meeting_id: int) -> dict[str, Any] | None:
    row = connection.execute(select_meetings().where(Meeting.id == meeting_id)).first()
    if row is None:
        return None
    item = meeting_summaries(connection, [row])[0]
    item["parties"] = [
        dict(r._mapping)
        for r in connection.execute(
            select(Party.code, Party.name, Party.kind)
            .join(MeetingParty, MeetingParty.party_id == Party.id)
            .where(MeetingParty.meeting_id == meeting_id)
            .order_by(Party.code)
        )
    ]
    item["participants"] = [
        {
            "person_id": r.person_id,
            "name": r.name,
            "name_as_written": r.name_as_written,
            "title": r.title,
            "party": r.code,
            "evidence": evidence(r),
        }
        for r in connection.execute(
            select(
                Participant.person_id, Person.name, Participant.name_as_written, Participant.title, Party.code,
                Participant.evidence_start, Participant.evidence_end, Participant.evidence_text,
            )
            .join(Person, Person.id == Participant.person_id)
            .outerjoin(Party, Party.id == Participant.party_id)
            .where(Participant.meeting_id == meeting_id)
            .order_by(Participant.id)
        )
    ]
    item["sectors"] = [
        {"slug": r.slug, "label": r.label, "evidence": evidence(r)}
        for r in connection.execute(
            select(Sector.slug, Sector.label, MeetingSector.evidence_start, MeetingSector.evidence_end, MeetingSector.evidence_text)
            .join(MeetingSector, MeetingSector.sector_id == Sector.id)
            .where(MeetingSector.meeting_id == meeting_id)
            .order_by(Sector.id)
        )
    ]
    item["agreements"] = [
        {"id": r.id, "kind": r.kind, "title": r.title, "evidence": evidence(r)}
        for r in connection.execute(
            select(Agreement.id, Agreement.kind, Agreement.title, Agreement.evidence_start, Agreement.evidence_end, Agreement.evidence_text)
            .where(Agreement.meeting_id == meeting_id)
            .order_by(Agreement.id)
        )
    ]
    return item


def meetings_by_ids(connection: Connection, ids: list[int]) -> list[dict[str, Any]]:
    """List items for the given meetings, newest first (used by people, commissions, articles)."""
    if not ids:
        return []
    rows = list(connection.execute(select_meetings().where(Meeting.id.in_(ids)).order_by(Meeting.date.desc().nulls_last(), Meeting.id.desc())))
    return meeting_summaries(connection, rows)

