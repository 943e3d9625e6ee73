"""The summary of one dyad: every statement about the meetings, documents, commissions, trade
and people that two sides share."""
from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import Connection, and_, case, func, select
from sqlalchemy.orm import aliased

from app.agreements.models import Agreement
from app.articles.models import Article
from app.commissions.models import Commission, CommissionParty
from app.db.exists import row_exists
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource, Participant
from app.meetings.repository import meeting_summaries, select_meetings
from app.parties.models import Party
from app.parties.repository import party_groups
from app.people.models import Person
from app.sectors.models import Sector
from app.trade.models import TradeFigure
from app.trade.repository import select_trade_figures, trade_item


def _shared_meeting_ids(a: list[int], b: list[int]) -> Any:
    side_a, side_b = aliased(MeetingParty), aliased(MeetingParty)
    return (
        select(side_a.meeting_id)
        .join(side_b, and_(side_b.meeting_id == side_a.meeting_id, side_b.party_id != side_a.party_id))
        .where(side_a.party_id.in_(a), side_b.party_id.in_(b))
        .distinct()
    )


def _party(connection: Connection, code: str) -> dict[str, Any]:
    row = connection.execute(select(Party.code, Party.name, Party.kind).where(Party.code == code)).one()
    return dict(row._mapping)


def relation(connection: Connection, code_a: str, code_b: str, include_subdivisions: bool) -> dict[str, Any] | None:
    groups = party_groups(connection, [code_a, code_b], include_subdivisions)
    if groups is None:
        return None
    a, b = groups[code_a], groups[code_b]
    shared = _shared_meeting_ids(a, b)
    in_dyad = Meeting.id.in_(shared)

    counts = connection.execute(
        select(
            func.count().label("total"),
            func.coalesce(func.sum(case((Meeting.status == "held", 1), else_=0)), 0).label("held"),
            func.coalesce(func.sum(case((Meeting.status == "planned", 1), else_=0)), 0).label("planned"),
        ).where(in_dyad)
    ).one()
    reports = connection.scalar(select(func.count()).select_from(MeetingSource).where(MeetingSource.meeting_id.in_(shared)))
    dated = select_meetings().where(in_dyad, Meeting.date.is_not(None))
    first = connection.execute(dated.order_by(Meeting.date.asc(), Meeting.id.asc()).limit(1)).all()
    latest = connection.execute(dated.order_by(Meeting.date.desc(), Meeting.id.desc()).limit(1)).all()
    first_item, latest_item = meeting_summaries(first + latest) if first else (None, None)

    sector_count = func.count(func.distinct(MeetingSector.meeting_id)).label("meeting_count")
    sectors = [
        dict(r._mapping)
        for r in connection.execute(
            select(Sector.slug, Sector.label, sector_count)
            .join(MeetingSector, MeetingSector.sector_id == Sector.id)
            .where(MeetingSector.meeting_id.in_(shared))
            .group_by(Sector.id, Sector.slug, Sector.label)
            .order_by(sector_count.desc(), Sector.id)
        )
    ]

    agreements = [
        {"id": r.id, "kind": r.kind, "title": r.title, "meeting_id": r.meeting_id, "date": r.date, "article_id": r.article_id,
         "article_url": r.url}
        for r in connection.execute(
            select(Agreement.id, Agreement.kind, Agreement.title, Agreement.meeting_id, Meeting.date, Agreement.article_id,
                   Article.url)
            .join(Meeting, Meeting.id == Agreement.meeting_id)
            .join(Article, Article.id == Agreement.article_id)
            .where(Agreement.meeting_id.in_(shared))
            .order_by(Meeting.date.desc().nulls_last(), Agreement.id.desc())
        )
    ]

    side_a, side_b = aliased(CommissionParty), aliased(CommissionParty)
    commission_rows = connection.execute(
        select(Commission.id, Commission.name)
        .where(
            row_exists().where(side_a.commission_id == Commission.id, side_a.party_id.in_(a)),
            row_exists().where(side_b.commission_id == Commission.id, side_b.party_id.in_(b)),
        )
        .order_by(Commission.name, Commission.id)
    ).all()
    sessions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if commission_rows:
        for r in connection.execute(
            select(Meeting.commission_id, Meeting.id, Meeting.session_number, Meeting.status, Meeting.date, Meeting.location)
            .where(Meeting.commission_id.in_([c.id for c in commission_rows]))
            .order_by(Meeting.session_number.asc().nulls_last(), Meeting.date.asc().nulls_last(), Meeting.id)
        ):
            sessions[r.commission_id].append(
                {"meeting_id": r.id, "session_number": r.session_number, "status": r.status, "date": r.date, "location": r.location}
            )
    commissions = [{"id": c.id, "name": c.name, "sessions": sessions[c.id]} for c in commission_rows]

    trade = [
        trade_item(r)
        for r in connection.execute(
            select_trade_figures()
            .where(
                (TradeFigure.party_a_id.in_(a) & TradeFigure.party_b_id.in_(b))
                | (TradeFigure.party_a_id.in_(b) & TradeFigure.party_b_id.in_(a))
            )
            .order_by(TradeFigure.metric, TradeFigure.period_start.asc().nulls_last(), TradeFigure.id)
        )
    ]

    people: dict[str, list[dict[str, Any]]] = {code_a: [], code_b: []}
    meeting_count = func.count(func.distinct(Participant.meeting_id)).label("meeting_count")
    for r in connection.execute(
        select(Person.id, Person.name, Party.id.label("party_id"), Party.code, meeting_count)
        .join(Participant, Participant.person_id == Person.id)
        .join(Party, Party.id == Participant.party_id)
        .where(Participant.meeting_id.in_(shared), Participant.party_id.in_(a + b))
        .group_by(Person.id, Person.name, Party.id, Party.code)
        .order_by(meeting_count.desc(), Person.name)
    ):
        side = code_a if r.party_id in a else code_b
        people[side].append({"id": r.id, "name": r.name, "party": r.code, "meeting_count": r.meeting_count})

    query = [("party", code_a), ("party", code_b)] + ([("include_subdivisions", "true")] if include_subdivisions else [])
    return {
        "parties": [_party(connection, code_a), _party(connection, code_b)],
        "include_subdivisions": include_subdivisions,
        "links": {
            "meetings": f"/v1/meetings?{urlencode(query)}",
            "first": f"/v1/meetings/{first_item['id']}" if first_item else None,
            "latest": f"/v1/meetings/{latest_item['id']}" if latest_item else None,
        },
        "meetings": {
            "total": counts.total,
            "reports": reports or 0,
            "held": counts.held,
            "planned": counts.planned,
            "first": first_item,
            "latest": latest_item,
        },
        "sectors": sectors,
        "agreements": agreements,
        "commissions": commissions,
        "trade_figures": trade,
        "people": [{"side": code, "people": people[code]} for code in (code_a, code_b)],
    }
