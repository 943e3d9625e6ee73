"""Every statement about meetings. Lists go from SQL rows to plain dicts: one statement for the
page and one per nested list (sides, sectors) for the whole page, never one per row."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Select, String, bindparam, cast, exists, select

from app.agreements.models import Agreement
from app.articles.models import Article
from app.articles.search import ArticleMatches, search_articles, search_params
from app.commissions.models import Commission
from app.core.pagination import Order, Page, SortKey, count_statement, cursor_values, page_statement, parse_sort, run_page
from app.core.params import PageParams
from app.core.text import search_fold
from app.db.functions import joined, split_joined
from app.db.mixins import evidence
from app.db.timestamps import record_timestamps
from app.meetings.filters import MeetingFilters, updated_since_condition
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource, Participant
from app.parties.models import Party
from app.people.models import Person
from app.sectors.models import Sector
from app.sectors.vocabulary import SECTOR_ORDER

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
    """The FROM and WHERE of a meeting query, with parameters in place of the filter values; the
    `meeting_parties` alias that drives it, if any; and the full-text matches of `q`, if given."""

    stmt: Select[Any]
    driver: Any
    search: ArticleMatches | None


@dataclass(frozen=True)
class MeetingShape:
    """Which filters a request uses, and how many values each has: requests of one shape share
    one statement."""

    dialect: str
    parties: int
    subdivisions: bool
    since: bool
    until: bool
    sectors: int
    kinds: bool
    status: bool
    commission: bool
    person: bool
    q: bool
    updated_since: bool = False

    @staticmethod
    def of(dialect: str, filters: MeetingFilters) -> MeetingShape:
        return MeetingShape(
            dialect, len(set(filters.party)), filters.include_subdivisions, filters.since is not None,
            filters.until is not None, len(set(filters.sector)), bool(filters.kind), filters.status is not None,
            filters.commission is not None, filters.person is not None, filters.q is not None,
            filters.updated_since is not None,
        )


def meeting_params(dialect: str, filters: MeetingFilters) -> dict[str, Any]:
    """The parameter values of a request for the statement of its shape."""
    params: dict[str, Any] = {f"party_{i}": code for i, code in enumerate(dict.fromkeys(filters.party))}
    params |= {f"sector_{i}": slug for i, slug in enumerate(dict.fromkeys(filters.sector))}
    params |= {"since": filters.since, "until": filters.until, "kinds": filters.kind, "status": filters.status}
    params |= {"commission": filters.commission, "updated_since": filters.updated_since}
    if filters.person:
        params["person"] = f"%{_escape_like(search_fold(filters.person))}%"
    if filters.q:
        params |= search_params(dialect, filters.q)
    return params


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _party_ids(i: int, subdivisions: bool) -> Any:
    """The ids `party_{i}` stands for: its own, and its regions' with `subdivisions`. An unknown
    code stands for none, so the filter matches nothing. Like every filter subquery here it
    correlates to nothing (or to `meetings` alone), whatever the statement it ends up in joins:
    stats and facets join `parties` and `meeting_parties` around the filtered meetings."""
    own = select(Party.id).where(Party.code == bindparam(f"party_{i}")).correlate(None)
    if not subdivisions:
        return own.scalar_subquery()
    return (
        select(Party.id)
        .where((Party.code == bindparam(f"party_{i}")) | (Party.parent_id == own.scalar_subquery()))
        .correlate(None)
    )


@lru_cache(maxsize=512)
def meeting_query(shape: MeetingShape) -> MeetingQuery:
    driver: Any = None
    stmt: Select[Any] = select()
    others = range(shape.parties)
    if shape.parties and not shape.subdivisions:
        driver = MeetingParty.__table__.alias("driver")
        stmt = stmt.select_from(driver.join(Meeting, Meeting.id == driver.c.meeting_id)).where(
            driver.c.party_id == _party_ids(0, False)
        )
        others = range(1, shape.parties)
    else:
        # A country with its regions is several ids; a driving join would repeat a meeting
        # that has two of them as sides, so every party becomes an EXISTS instead.
        stmt = stmt.select_from(Meeting)
    for i in others:
        ids = _party_ids(i, shape.subdivisions)
        condition = MeetingParty.party_id.in_(ids) if shape.subdivisions else MeetingParty.party_id == ids
        stmt = stmt.where(exists().where(MeetingParty.meeting_id == Meeting.id, condition).correlate(Meeting))
    date_column = driver.c.date if driver is not None else Meeting.date
    if shape.since:
        stmt = stmt.where(date_column >= bindparam("since"))
    if shape.until:
        stmt = stmt.where(date_column <= bindparam("until"))
    for i in range(shape.sectors):
        sector_id = select(Sector.id).where(Sector.slug == bindparam(f"sector_{i}")).correlate(None).scalar_subquery()
        stmt = stmt.where(
            exists().where(MeetingSector.meeting_id == Meeting.id, MeetingSector.sector_id == sector_id).correlate(Meeting)
        )
    if shape.kinds:
        stmt = stmt.where(Meeting.kind.in_(bindparam("kinds", expanding=True)))
    if shape.status:
        stmt = stmt.where(Meeting.status == bindparam("status"))
    if shape.commission:
        stmt = stmt.where(Meeting.commission_id == bindparam("commission"))
    if shape.person:
        stmt = stmt.where(
            exists()
            .where(Participant.meeting_id == Meeting.id)
            .where(Participant.person_id == Person.id)
            .where(Person.search_text.like(bindparam("person"), escape="\\"))
            .correlate(Meeting)
        )
    if shape.updated_since:
        stmt = stmt.where(updated_since_condition())
    search = None
    if shape.q:
        search = search_articles(shape.dialect)
        stmt = stmt.join(search.matches, search.matches.c.article_id == Meeting.article_id)
    return MeetingQuery(stmt, driver, search)


def filtered_meetings(connection: Connection, filters: MeetingFilters) -> tuple[MeetingShape, dict[str, Any]]:
    """The shape of the request (see `meeting_query`) and the request's parameters for it."""
    dialect = connection.dialect.name
    return MeetingShape.of(dialect, filters), meeting_params(dialect, filters)


SIDE_CODES = (
    select(joined(Party.code))
    .select_from(MeetingParty)
    .join(Party, Party.id == MeetingParty.party_id)
    .where(MeetingParty.meeting_id == Meeting.id)
    .correlate(Meeting)
    .scalar_subquery()
)
SECTOR_SLUGS = (
    select(joined(Sector.slug))
    .select_from(MeetingSector)
    .join(Sector, Sector.id == MeetingSector.sector_id)
    .where(MeetingSector.meeting_id == Meeting.id)
    .correlate(Meeting)
    .scalar_subquery()
)
REPORT_IDS = (
    select(joined(cast(MeetingSource.article_id, String)))
    .where(MeetingSource.meeting_id == Meeting.id)
    .correlate(Meeting)
    .scalar_subquery()
)
MEETING_COLUMNS = (
    SIDE_CODES.label("side_codes"),
    SECTOR_SLUGS.label("sector_slugs"),
    REPORT_IDS.label("report_ids"),
    Article.url.label("article_url"),
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


@lru_cache(maxsize=1024)
def _page_statement(shape: MeetingShape, sort: str | None, cursor_nulls: tuple[bool, ...] | None) -> tuple[Select[Any], Select[Any], Order]:
    """(page statement, count statement, order) for a shape, a sort and a cursor's NULLs."""
    query = meeting_query(shape)
    order = parse_sort(sort, _sort_keys(query.driver, query.search), SEARCH_SORT if shape.q else DEFAULT_SORT)
    base = query.stmt.add_columns(Meeting.id, Meeting.date, *MEETING_COLUMNS)
    if query.search is not None:
        base = base.add_columns(query.search.relevance.label("relevance"), query.search.snippet.label("snippet"))
    base = base.outerjoin(Commission, Commission.id == Meeting.commission_id).join(Article, Article.id == Meeting.article_id)
    return page_statement(base, order, cursor_nulls), count_statement(query.stmt.add_columns(Meeting.id)), order


def list_meetings(connection: Connection, page: PageParams, *, filters: MeetingFilters) -> Page:
    dialect = connection.dialect.name
    shape = MeetingShape.of(dialect, filters)
    _, _, order = _page_statement(shape, page.sort, None)
    values = cursor_values(order, page)
    stmt, count, _ = _page_statement(shape, page.sort, tuple(v is None for v in values) if values is not None else None)
    result = run_page(connection, stmt, order, meeting_params(dialect, filters), page, values, count)
    return result.map(meeting_summaries)


def select_meetings() -> Select[Any]:
    """The columns `meeting_summaries` expects, for callers that pick meetings their own way."""
    return (
        select(Meeting.id, Meeting.date, *MEETING_COLUMNS)
        .outerjoin(Commission, Commission.id == Meeting.commission_id)
        .join(Article, Article.id == Meeting.article_id)
    )


# Statements that are the same for every request, built once (see `page_statement` for why).
MEETING_ID = bindparam("meeting_id")
ONE_MEETING = select_meetings().where(Meeting.id == MEETING_ID)
SIDES_OF_MEETING = (
    select(Party.code, Party.name, Party.kind)
    .join(MeetingParty, MeetingParty.party_id == Party.id)
    .where(MeetingParty.meeting_id == MEETING_ID)
    .order_by(Party.code)
)
SOURCES_OF_MEETING = (
    select(Article.id, Article.url, Article.title, Article.source, Article.published_on,
           MeetingSource.evidence_start, MeetingSource.evidence_end, MeetingSource.evidence_text)
    .join(MeetingSource, MeetingSource.article_id == Article.id)
    .where(MeetingSource.meeting_id == MEETING_ID)
    .order_by(Article.id)
)
PARTICIPANTS_OF_MEETING = (
    select(
        Participant.person_id, Person.name, Participant.name_as_written, Participant.title, Party.code,
        Participant.article_id, Participant.evidence_start, Participant.evidence_end, Participant.evidence_text,
    )
    .join(Person, Person.id == Participant.person_id)
    .outerjoin(Party, Party.id == Participant.party_id)
    .where(Participant.meeting_id == MEETING_ID)
    .order_by(Participant.id)
)
SECTORS_OF_MEETING = (
    select(Sector.slug, Sector.label, MeetingSector.article_id, MeetingSector.evidence_start, MeetingSector.evidence_end,
           MeetingSector.evidence_text)
    .join(MeetingSector, MeetingSector.sector_id == Sector.id)
    .where(MeetingSector.meeting_id == MEETING_ID)
    .order_by(Sector.id)
)
AGREEMENTS_OF_MEETING = (
    select(Agreement.id, Agreement.kind, Agreement.title, Agreement.article_id, Agreement.evidence_start,
           Agreement.evidence_end, Agreement.evidence_text)
    .where(Agreement.meeting_id == MEETING_ID)
    .order_by(Agreement.id)
)


def _item(row: Any, parties: Any, sectors: Any, searched: bool = False) -> dict[str, Any]:
    report_ids = sorted(int(i) for i in split_joined(row.report_ids))
    return {
        "id": row.id,
        "kind": row.kind,
        "status": row.status,
        "date": row.date,
        "title": row.title,
        "location": row.location,
        "commission": {"id": row.commission_id, "name": row.commission_name} if row.commission_id else None,
        "session_number": row.session_number,
        "article_id": row.article_id,
        "article_url": row.article_url,
        "evidence": evidence(row),
        "reports": len(report_ids),
        "source_article_ids": report_ids,
        "parties": parties,
        "sectors": sectors,
        "relevance": row.relevance if searched else None,
        "snippet": row.snippet if searched else None,
    }


def meeting_summaries(rows: list[Any]) -> list[dict[str, Any]]:
    """Rows of MEETING_COLUMNS (plus id and date) to list items. Their sides and sectors come
    in the same row, aggregated by SQL, so a page is one statement."""
    searched = bool(rows) and "relevance" in rows[0]._fields
    return [
        _item(row, sorted(split_joined(row.side_codes)), sorted(split_joined(row.sector_slugs), key=SECTOR_ORDER.__getitem__), searched)
        for row in rows
    ]


def get_meeting(connection: Connection, meeting_id: int) -> dict[str, Any] | None:
    params = {"meeting_id": meeting_id}
    row = connection.execute(ONE_MEETING, params).first()
    if row is None:
        return None
    parties = [dict(r._mapping) for r in connection.execute(SIDES_OF_MEETING, params)]
    sectors = [
        {"slug": r.slug, "label": r.label, "article_id": r.article_id, "evidence": evidence(r)}
        for r in connection.execute(SECTORS_OF_MEETING, params)
    ]
    item = _item(row, parties, sectors)
    item["sources"] = [
        {"article_id": r.id, "url": r.url, "title": r.title, "source": r.source, "published_on": r.published_on,
         "evidence": evidence(r)}
        for r in connection.execute(SOURCES_OF_MEETING, params)
    ]
    item["participants"] = [
        {
            "person_id": r.person_id,
            "name": r.name,
            "name_as_written": r.name_as_written,
            "title": r.title,
            "party": r.code,
            "article_id": r.article_id,
            "evidence": evidence(r),
        }
        for r in connection.execute(PARTICIPANTS_OF_MEETING, params)
    ]
    item["agreements"] = [
        {"id": r.id, "kind": r.kind, "title": r.title, "article_id": r.article_id, "evidence": evidence(r)}
        for r in connection.execute(AGREEMENTS_OF_MEETING, params)
    ]
    item |= record_timestamps(connection, Meeting, meeting_id)
    return item


def meetings_by_ids(connection: Connection, ids: list[int]) -> list[dict[str, Any]]:
    """List items for the given meetings, newest first (used by people, commissions, articles)."""
    if not ids:
        return []
    rows = list(connection.execute(select_meetings().where(Meeting.id.in_(ids)).order_by(Meeting.date.desc().nulls_last(), Meeting.id.desc())))
    return meeting_summaries(rows)

