"""Every statement about meetings. A page of the list and a meeting's detail are one statement
each, and the database returns every meeting as the API's JSON (app.db.json): a page reads each
meeting's list item as stored on its row, the detail reads the detail stored on its row, and
what adds to either (search, `include=`) is aggregated by subqueries on the primary keys, never
one query per row."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Connection, Integer, Select, String, bindparam, case, func, literal_column, select
from sqlalchemy.orm import aliased

from app.agreements.models import Agreement
from app.articles.models import Article
from app.articles.search import ArticleMatches, search_articles, search_params
from app.commissions.models import Commission
from app.core.pagination import (
    JoinedPageStatement, Order, Page, PageRead, SortKey, count_statement, cursor_values, page_statement, parse_sort,
)
from app.core.params import PageParams
from app.core.text import search_fold
from app.db.direct import DirectStatement
from app.db.exists import row_exists
from app.db.json import as_text, json_array, json_object, json_timestamp, nested
from app.db.session import Database
from app.db.timestamps import aware
from app.meetings.filters import MeetingFilters, updated_since_condition
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource, Participant
from app.parties.models import Party
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
    correlates to nothing (or to the meeting alone: `meetings`, or the driving rows), whatever
    the statement it ends up in joins: stats and facets join `parties` and `meeting_parties`
    around the filtered meetings."""
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
    # The EXISTS filters correlate to the driving rows when there are some: SQLite then tests
    # them before it reads the meeting's row, and reads only the rows that pass (a sector
    # filter passing one meeting in five made Q3's statement twice as fast).
    meeting_id = driver.c.meeting_id if driver is not None else Meeting.id
    outer = driver if driver is not None else Meeting
    for i in others:
        ids = _party_ids(i, shape.subdivisions)
        condition = MeetingParty.party_id.in_(ids) if shape.subdivisions else MeetingParty.party_id == ids
        stmt = stmt.where(row_exists().where(MeetingParty.meeting_id == meeting_id, condition).correlate(outer))
    date_column = driver.c.date if driver is not None else Meeting.date
    if shape.since:
        stmt = stmt.where(date_column >= bindparam("since"))
    if shape.until:
        stmt = stmt.where(date_column <= bindparam("until"))
    for i in range(shape.sectors):
        if driver is not None:
            stmt = stmt.where(_lists_sector(shape.dialect, driver.c.sector_slugs, bindparam(f"sector_{i}", type_=String)))
            continue
        sector_id = select(Sector.id).where(Sector.slug == bindparam(f"sector_{i}")).correlate(None).scalar_subquery()
        stmt = stmt.where(
            row_exists().where(MeetingSector.meeting_id == meeting_id, MeetingSector.sector_id == sector_id).correlate(outer)
        )
    if shape.kinds:
        stmt = stmt.where(Meeting.kind.in_(bindparam("kinds", expanding=True)))
    if shape.status:
        stmt = stmt.where(Meeting.status == bindparam("status"))
    if shape.commission:
        stmt = stmt.where(Meeting.commission_id == bindparam("commission"))
    if shape.person:
        stmt = stmt.where(
            row_exists()
            .where(Participant.meeting_id == meeting_id)
            .where(Participant.person_id == Person.id)
            .where(Person.search_text.like(bindparam("person"), escape="\\"))
            .correlate(outer)
        )
    if shape.updated_since:
        stmt = stmt.where(updated_since_condition())
    search = None
    if shape.q:
        search = search_articles(shape.dialect)
        stmt = stmt.join(search.matches, search.matches.c.article_id == Meeting.article_id)
    return MeetingQuery(stmt, driver, search)


def _lists_sector(dialect: str, slugs: Any, slug: Any) -> ColumnElement[bool]:
    """Whether `slugs`, a side's copy of its meeting's sector slugs as JSON text (`["energy","ict"]`,
    migration 0011), lists `slug`. A slug is a word of the vocabulary (`SectorSlug`), so it is
    listed exactly when the text holds it in quotes; the test reads the index entry the page is
    read from, where a search of `meeting_sectors` per side cost twice the page (bench/README.md)."""
    quote = literal_column("'\"'", String)
    quoted = quote.concat(slug).concat(quote)
    position = func.strpos(slugs, quoted) if dialect == "postgresql" else func.instr(slugs, quoted)
    return position > literal_column("0", Integer)


def filtered_meetings(connection: Connection, filters: MeetingFilters) -> tuple[MeetingShape, dict[str, Any]]:
    """The shape of the request (see `meeting_query`) and the request's parameters for it."""
    dialect = connection.dialect.name
    return MeetingShape.of(dialect, filters), meeting_params(dialect, filters)


def _evidence(model: Any) -> ColumnElement[str]:
    return json_object(start=model.evidence_start, end=model.evidence_end, text=model.evidence_text)


def _of_meeting(stmt: Select[Any], link: Any) -> Select[Any]:
    return stmt.where(link.meeting_id == Meeting.id).correlate(Meeting)


def meeting_item(
    search: ArticleMatches | None = None,
    *,
    parties: ColumnElement[str] | None = None,
    sectors: ColumnElement[str] | None = None,
    **more: ColumnElement[Any],
) -> ColumnElement[str]:
    """A meeting as the API's JSON, built by the database in one expression: a list item, with
    `parties` and `sectors` in place of the list's codes and slugs (the detail's objects), and
    the members of `more` after the rest. It reads `meetings`, `articles` and `commissions` of
    the statement it is in; the list's codes, slugs and reports are columns of `meetings`, kept
    by triggers (migration 0007). The plain list item is stored too, as `meetings.item`
    (migration 0008, which writes this same text): pages read that, and this builds the items
    that add to it (search, `include=`) and the detail."""
    commission = case((Meeting.commission_id.is_(None), None), else_=json_object(id=Commission.id, name=Commission.name))
    members: dict[str, ColumnElement[Any] | None] = {
        "id": Meeting.id,
        "kind": Meeting.kind,
        "status": Meeting.status,
        "date": Meeting.date,
        "title": Meeting.title,
        "location": Meeting.location,
        "commission": nested(commission),
        "session_number": Meeting.session_number,
        "article_id": Meeting.article_id,
        "article_url": Article.url,
        "evidence": _evidence(Meeting),
        "reports": Meeting.report_count,
        "source_article_ids": nested(Meeting.source_article_ids),
        "parties": parties if parties is not None else nested(Meeting.party_codes),
        "sectors": sectors if sectors is not None else nested(Meeting.sector_slugs),
        "relevance": search.relevance if search is not None else None,
        "snippet": search.snippet if search is not None else None,
    }
    return json_object(**members, **more)


@lru_cache(maxsize=1024)
def _page_statement(
    shape: MeetingShape, sort: str | None, cursor_nulls: tuple[bool, ...] | None, includes: tuple[str, ...] = ()
) -> tuple[DirectStatement, Select[Any], Order]:
    """(page statement, count statement, order) for a shape, a sort, a cursor's NULLs and the
    lists `include=` adds to each item. The page statement runs on the driver: SQLAlchemy's own
    execution of it cost about as much as SQLite's answer. On SQLite a page comes as one row
    (`JoinedPageStatement`), but for search, whose relevance is a float."""
    query = meeting_query(shape)
    order = parse_sort(sort, _sort_keys(query.driver, query.search), SEARCH_SORT if shape.q else DEFAULT_SORT)
    if query.search is None and not includes:
        base = query.stmt.add_columns(Meeting.item)  # the item as stored (migration 0008)
    else:
        item = meeting_item(query.search, **{name: INCLUDES[name]() for name in includes})
        base = query.stmt.add_columns(as_text(item).label("item"))
        base = base.outerjoin(Commission, Commission.id == Meeting.commission_id).join(Article, Article.id == Meeting.article_id)
    rows = page_statement(base, order, cursor_nulls)
    stmt = JoinedPageStatement(rows, order) if shape.dialect == "sqlite" and not shape.q else DirectStatement(rows)
    return stmt, count_statement(query.stmt.add_columns(Meeting.id)), order


def list_meetings(connection: Connection, page: PageParams, *, filters: MeetingFilters) -> Page:
    read, count = _page_read(connection.dialect.name, page, filters)
    return read.run(connection, count)


def read_meetings_page(dialect: str, page: PageParams, *, filters: MeetingFilters) -> PageRead | None:
    """The page of `list_meetings` as one read (`Database.read`), or None when it needs its
    total as well (a second statement)."""
    return None if page.include_total else _page_read(dialect, page, filters)[0]


def _page_read(dialect: str, page: PageParams, filters: MeetingFilters) -> tuple[PageRead, Select[Any]]:
    shape = MeetingShape.of(dialect, filters)
    _, _, order = _page_statement(shape, page.sort, None)
    values = cursor_values(order, page)
    nulls = tuple(v is None for v in values) if values is not None else None
    stmt, count, _ = _page_statement(shape, page.sort, nulls, page.includes)
    return PageRead(stmt, order, meeting_params(dialect, filters), page, values), count


def select_meetings(item: ColumnElement[str] | None = None) -> Select[Any]:
    """Meetings as JSON text (`item`, the stored list item by default), for callers that pick
    meetings their own way."""
    if item is None:
        return select(Meeting.item)
    return (
        select(as_text(item).label("item"))
        .outerjoin(Commission, Commission.id == Meeting.commission_id)
        .join(Article, Article.id == Meeting.article_id)
    )


def _side_objects() -> ColumnElement[str]:
    return json_array(
        _of_meeting(
            select(json_object(code=Party.code, name=Party.name, kind=Party.kind), Party.code)
            .join(MeetingParty, MeetingParty.party_id == Party.id),
            MeetingParty,
        )
    )


def _sector_mentions() -> ColumnElement[str]:
    return json_array(
        _of_meeting(
            select(
                json_object(slug=Sector.slug, label=Sector.label, article_id=MeetingSector.article_id, evidence=_evidence(MeetingSector)),
                Sector.id,
            ).join(MeetingSector, MeetingSector.sector_id == Sector.id),
            MeetingSector,
        )
    )


def _sources() -> ColumnElement[str]:
    source = aliased(Article)
    return json_array(
        _of_meeting(
            select(
                json_object(
                    article_id=source.id, url=source.url, title=source.title, source=source.source,
                    published_on=source.published_on, evidence=_evidence(MeetingSource),
                ),
                source.id,
            ).join(MeetingSource, MeetingSource.article_id == source.id),
            MeetingSource,
        )
    )


def _participants() -> ColumnElement[str]:
    return json_array(
        _of_meeting(
            select(
                json_object(
                    person_id=Participant.person_id, name=Person.name, name_as_written=Participant.name_as_written,
                    title=Participant.title, party=Party.code, article_id=Participant.article_id, evidence=_evidence(Participant),
                ),
                Participant.id,
            )
            .join(Person, Person.id == Participant.person_id)
            .outerjoin(Party, Party.id == Participant.party_id),
            Participant,
        )
    )


def _agreements() -> ColumnElement[str]:
    return json_array(
        _of_meeting(
            select(
                json_object(id=Agreement.id, kind=Agreement.kind, title=Agreement.title, article_id=Agreement.article_id,
                            evidence=_evidence(Agreement)),
                Agreement.id,
            ),
            Agreement,
        )
    )


# What `include=` can add to list items: the detail's lists, in the detail's shape.
INCLUDES = {"participants": _participants, "agreements": _agreements, "sources": _sources}


def detail_item() -> ColumnElement[str]:
    """A meeting's detail as built from its rows: the list item with its sides and sectors as
    objects, then its sources, participants, agreements and timestamps. Migration 0009 stores
    this same text, byte for byte, in `meetings.detail`, which is what the detail serves; the
    integrity tests hold the two together."""
    return meeting_item(
        parties=_side_objects(), sectors=_sector_mentions(), sources=_sources(), participants=_participants(),
        agreements=_agreements(), created_at=json_timestamp(Meeting.created_at), updated_at=json_timestamp(Meeting.updated_at),
    )


# A primary-key read of stored text, run on the driver: SQLAlchemy's own execution would cost
# several times what the database takes to answer it (see app.db.direct).
ONE_MEETING = DirectStatement(select(Meeting.detail, Meeting.updated_at).where(Meeting.id == bindparam("meeting_id")))


async def get_meeting(db: Database, meeting_id: int) -> tuple[str, datetime] | None:
    """One meeting with everything about it as JSON text, and when it last changed (on
    PostgreSQL read on the event loop, see `Database.read`)."""
    rows = await db.read(ONE_MEETING, {"meeting_id": meeting_id})
    return (rows[0][0], aware(rows[0][1])) if rows else None


def meeting_summaries(rows: list[Any]) -> list[dict[str, Any]]:
    """Rows of `select_meetings` as list items, for documents that embed meetings."""
    return [orjson.loads(row.item) for row in rows]


def meetings_by_ids(connection: Connection, ids: list[int]) -> list[dict[str, Any]]:
    """List items for the given meetings, newest first (used by people, commissions, articles)."""
    if not ids:
        return []
    stmt = select_meetings().where(Meeting.id.in_(ids)).order_by(Meeting.date.desc().nulls_last(), Meeting.id.desc())
    return meeting_summaries(list(connection.execute(stmt)))

