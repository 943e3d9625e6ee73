"""What one exported row of each entity holds: the entity's own columns and its nested parts.

Each `Entity` has one statement for its rows (ordered by id) and, for each nested part, one
statement that fetches that part for a whole batch of ids at once, so a batch of rows costs a
fixed number of statements whatever its size."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import aliased

from app.agreements.models import Agreement
from app.articles.models import Article
from app.commissions.models import Commission, CommissionParty
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource, Participant
from app.parties.models import Party
from app.people.models import Person, PersonAlias
from app.sectors.models import Sector
from app.trade.models import TradeFigure

Row = dict[str, Any]
# Fetches one nested part for a batch of ids: {id: value}; ids without any get `empty`.
PartLoader = Callable[[Connection, list[int]], dict[int, Any]]


@dataclass(frozen=True)
class Part:
    name: str
    load: PartLoader
    empty: Any = None


@dataclass(frozen=True)
class Entity:
    name: str
    rows: Select[Any]
    shape: Callable[[Any], Row]
    parts: Sequence[Part] = ()
    batch: int | None = None  # rows per batch, when the default would hold too much (article texts)


def _evidence(m: Any) -> Row:
    return {"start": m.evidence_start, "end": m.evidence_end, "text": m.evidence_text}


def _grouped(connection: Connection, statement: Select[Any], shape: Callable[[Any], Any]) -> dict[int, list[Any]]:
    """Rows of `statement`, whose first column is the owner's id, shaped and grouped by it."""
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in connection.execute(statement):
        groups[row[0]].append(shape(row))
    return groups


def _meeting_parties(connection: Connection, ids: list[int]) -> dict[int, Any]:
    statement = (select(MeetingParty.meeting_id, Party.code).join(Party, Party.id == MeetingParty.party_id)
                 .where(MeetingParty.meeting_id.in_(ids)).order_by(MeetingParty.meeting_id, Party.code))
    return _grouped(connection, statement, lambda r: r.code)


def _meeting_sectors(connection: Connection, ids: list[int]) -> dict[int, Any]:
    statement = (select(MeetingSector.meeting_id, Sector.slug, MeetingSector.article_id, MeetingSector.evidence_start,
                        MeetingSector.evidence_end, MeetingSector.evidence_text)
                 .join(Sector, Sector.id == MeetingSector.sector_id)
                 .where(MeetingSector.meeting_id.in_(ids)).order_by(MeetingSector.meeting_id, Sector.id))
    return _grouped(connection, statement, lambda r: {"slug": r.slug, "article_id": r.article_id, "evidence": _evidence(r)})


def _meeting_participants(connection: Connection, ids: list[int]) -> dict[int, Any]:
    statement = (select(Participant.meeting_id, Participant.id, Participant.person_id, Person.name,
                        Participant.name_as_written, Participant.title, Party.code, Participant.article_id,
                        Participant.evidence_start, Participant.evidence_end, Participant.evidence_text)
                 .join(Person, Person.id == Participant.person_id)
                 .outerjoin(Party, Party.id == Participant.party_id)
                 .where(Participant.meeting_id.in_(ids)).order_by(Participant.meeting_id, Participant.id))
    return _grouped(connection, statement, lambda r: {
        "id": r.id, "person_id": r.person_id, "name": r.name, "name_as_written": r.name_as_written,
        "title": r.title, "party": r.code, "article_id": r.article_id, "evidence": _evidence(r),
    })


def _meeting_agreements(connection: Connection, ids: list[int]) -> dict[int, Any]:
    statement = (select(Agreement.meeting_id, Agreement.id, Agreement.kind, Agreement.title, Agreement.article_id,
                        Agreement.evidence_start, Agreement.evidence_end, Agreement.evidence_text)
                 .where(Agreement.meeting_id.in_(ids)).order_by(Agreement.meeting_id, Agreement.id))
    return _grouped(connection, statement, lambda r: {
        "id": r.id, "kind": r.kind, "title": r.title, "article_id": r.article_id, "evidence": _evidence(r),
    })


def _meeting_sources(connection: Connection, ids: list[int]) -> dict[int, Any]:
    statement = (select(MeetingSource.meeting_id, MeetingSource.article_id, Article.url, MeetingSource.evidence_start,
                        MeetingSource.evidence_end, MeetingSource.evidence_text)
                 .join(Article, Article.id == MeetingSource.article_id)
                 .where(MeetingSource.meeting_id.in_(ids)).order_by(MeetingSource.meeting_id, MeetingSource.article_id))
    return _grouped(connection, statement, lambda r: {"article_id": r.article_id, "article_url": r.url, "evidence": _evidence(r)})


def _person_aliases(connection: Connection, ids: list[int]) -> dict[int, Any]:
    statement = (select(PersonAlias.person_id, PersonAlias.alias)
                 .where(PersonAlias.person_id.in_(ids)).order_by(PersonAlias.person_id, PersonAlias.id))
    return _grouped(connection, statement, lambda r: r.alias)


def _commission_parties(connection: Connection, ids: list[int]) -> dict[int, Any]:
    statement = (select(CommissionParty.commission_id, Party.code).join(Party, Party.id == CommissionParty.party_id)
                 .where(CommissionParty.commission_id.in_(ids)).order_by(CommissionParty.commission_id, Party.code))
    return _grouped(connection, statement, lambda r: r.code)


def _commission_sessions(connection: Connection, ids: list[int]) -> dict[int, Any]:
    statement = (select(Meeting.commission_id, Meeting.id, Meeting.session_number, Meeting.date, Meeting.status,
                        Meeting.title)
                 .where(Meeting.commission_id.in_(ids)).order_by(Meeting.commission_id, Meeting.id))
    return _grouped(connection, statement, lambda r: {
        "meeting_id": r.id, "session_number": r.session_number, "date": r.date, "status": r.status, "title": r.title,
    })


def _agreement_parties(connection: Connection, ids: list[int]) -> dict[int, Any]:
    statement = (select(Agreement.id, Party.code)
                 .join(MeetingParty, MeetingParty.meeting_id == Agreement.meeting_id)
                 .join(Party, Party.id == MeetingParty.party_id)
                 .where(Agreement.id.in_(ids)).order_by(Agreement.id, Party.code))
    return _grouped(connection, statement, lambda r: r.code)


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


Parent = aliased(Party)
PartyA, PartyB, Exporter, Importer = (aliased(Party) for _ in range(4))

ENTITIES: tuple[Entity, ...] = (
    Entity(
        "meetings",
        select(Meeting.id, Meeting.kind, Meeting.status, Meeting.date, Meeting.title, Meeting.location,
               Meeting.commission_id, Commission.name.label("commission_name"), Meeting.session_number,
               Meeting.article_id, Meeting.evidence_start, Meeting.evidence_end, Meeting.evidence_text)
        .outerjoin(Commission, Commission.id == Meeting.commission_id).order_by(Meeting.id),
        lambda r: {
            "id": r.id, "kind": r.kind, "status": r.status, "date": r.date, "title": r.title, "location": r.location,
            "commission": None if r.commission_id is None else {"id": r.commission_id, "name": r.commission_name},
            "session_number": r.session_number, "article_id": r.article_id, "evidence": _evidence(r),
        },
        (Part("parties", _meeting_parties, []), Part("sectors", _meeting_sectors, []),
         Part("participants", _meeting_participants, []), Part("agreements", _meeting_agreements, []),
         Part("sources", _meeting_sources, [])),
    ),
    Entity(
        "parties",
        select(Party.id, Party.code, Party.name, Party.kind, Parent.code.label("parent"))
        .outerjoin(Parent, Parent.id == Party.parent_id).order_by(Party.id),
        lambda r: {"id": r.id, "code": r.code, "name": r.name, "kind": r.kind, "parent": r.parent},
    ),
    Entity(
        "people",
        select(Person.id, Person.name).order_by(Person.id),
        lambda r: {"id": r.id, "name": r.name},
        (Part("aliases", _person_aliases, []),),
    ),
    Entity(
        "commissions",
        select(Commission.id, Commission.name).order_by(Commission.id),
        lambda r: {"id": r.id, "name": r.name},
        (Part("parties", _commission_parties, []), Part("sessions", _commission_sessions, [])),
    ),
    Entity(
        "agreements",
        select(Agreement.id, Agreement.meeting_id, Meeting.date, Agreement.kind, Agreement.title, Agreement.article_id,
               Agreement.evidence_start, Agreement.evidence_end, Agreement.evidence_text)
        .join(Meeting, Meeting.id == Agreement.meeting_id).order_by(Agreement.id),
        lambda r: {
            "id": r.id, "meeting_id": r.meeting_id, "date": r.date, "kind": r.kind, "title": r.title,
            "article_id": r.article_id, "evidence": _evidence(r),
        },
        (Part("parties", _agreement_parties, []),),
    ),
    Entity(
        "trade_figures",
        select(TradeFigure.id, PartyA.code.label("party_a"), PartyB.code.label("party_b"), TradeFigure.metric,
               TradeFigure.value, TradeFigure.currency, TradeFigure.period, TradeFigure.period_start,
               TradeFigure.period_end, TradeFigure.approximate, TradeFigure.change_pct,
               Exporter.code.label("exporter"), Importer.code.label("importer"), TradeFigure.article_id,
               TradeFigure.evidence_start, TradeFigure.evidence_end, TradeFigure.evidence_text)
        .join(PartyA, PartyA.id == TradeFigure.party_a_id).join(PartyB, PartyB.id == TradeFigure.party_b_id)
        .outerjoin(Exporter, Exporter.id == TradeFigure.exporter_id)
        .outerjoin(Importer, Importer.id == TradeFigure.importer_id).order_by(TradeFigure.id),
        lambda r: {
            "id": r.id, "parties": [r.party_a, r.party_b], "metric": r.metric, "value": _number(r.value),
            "currency": r.currency, "period": r.period, "period_start": r.period_start, "period_end": r.period_end,
            "approximate": r.approximate, "change_pct": _number(r.change_pct), "exporter": r.exporter,
            "importer": r.importer, "article_id": r.article_id, "evidence": _evidence(r),
        },
    ),
    Entity(
        "articles",
        select(Article.id, Article.url, Article.title, Article.source, Article.published_on, Article.dateline,
               Article.file_name, Article.content_hash, Article.ingested_at, Article.text).order_by(Article.id),
        lambda r: dict(r._mapping),
        batch=20,
    ),
)
