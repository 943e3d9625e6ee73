"""Writing the change feed: every insert, update and delete of a followed record, in the
transaction that makes it.

Session events collect what each flush wrote (`after_flush`); writers that delete in bulk say
so themselves (`record_deleted`). Just before the transaction commits (`before_commit`) the
collected changes are numbered from `change_counter` and written to `changes`.

Numbering at commit keeps sequence order equal to commit order, so a reader that has seen
sequence N has seen everything below it: the counter row stays locked by the UPDATE that moves
it until the transaction ends, so another transaction numbering its own changes waits until
this one has committed and then reads the counter as this one left it (PostgreSQL re-reads a
row updated by a committed transaction; SQLite has one writer at a time anyway). A sequence
handed out from a database sequence would not do: PostgreSQL hands values out before commit,
so seq 11 could be visible while seq 10 is still to commit, and a follower would skip 10.

A record inserted and deleted within one transaction was never seen and leaves no change; one
inserted and then touched is one `insert`. When rows that a record's detail lists come or go
(a meeting's participants, a person's meetings), the record is `update`d and its `updated_at`
moves."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, insert, update
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction

from app.agreements.models import Agreement
from app.articles.models import Article
from app.changes.models import ENTITIES, Change, ChangeCounter
from app.commissions.models import Commission
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource, Participant
from app.parties.models import Party
from app.people.models import Person, PersonAlias
from app.trade.models import TradeFigure

MODELS: dict[str, Any] = {
    "party": Party,
    "person": Person,
    "commission": Commission,
    "article": Article,
    "meeting": Meeting,
    "agreement": Agreement,
    "trade_figure": TradeFigure,
}
_ENTITY_OF = {model: entity for entity, model in MODELS.items()}
# Rows whose coming or going changes the detail of a followed record: model -> (entity, column).
_SHOWN_IN: dict[type, tuple[tuple[str, str], ...]] = {
    Participant: (("meeting", "meeting_id"), ("person", "person_id")),
    MeetingSector: (("meeting", "meeting_id"),),
    MeetingSource: (("meeting", "meeting_id"),),
    MeetingParty: (("party", "party_id"),),
    Agreement: (("meeting", "meeting_id"),),
    PersonAlias: (("person", "person_id"),),
    Meeting: (("commission", "commission_id"),),
}
_PENDING = "pending_changes"
_GONE = "gone"  # inserted and deleted in one transaction: nothing to tell


def _merge(before: str | None, now: str) -> str:
    if before is None:
        return now
    if before == "insert":
        return _GONE if now == "delete" else "insert"
    if before == _GONE:
        return "insert" if now == "insert" else _GONE
    if before == "delete":
        return "update" if now == "insert" else "delete"  # an id used again (SQLite reuses the highest)
    return "delete" if now == "delete" else "update"


def _pending(session: Session) -> dict[tuple[str, int], str]:
    pending: dict[tuple[str, int], str] = session.info.setdefault(_PENDING, {})
    return pending


def record(session: Session, entity: str, ids: Iterable[int | None], operation: str) -> None:
    pending = _pending(session)
    for entity_id in ids:
        if entity_id is not None:
            key = (entity, entity_id)
            pending[key] = _merge(pending.get(key), operation)


def record_deleted(session: Session, entity: str, ids: Iterable[int]) -> None:
    """For rows removed by a bulk DELETE, which flush events do not see."""
    record(session, entity, ids, "delete")


def touch(session: Session, entity: str, ids: Iterable[int | None]) -> None:
    """Records whose detail changed through rows of other tables (`updated_at` moves at commit)."""
    record(session, entity, ids, "update")


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: UOWTransaction) -> None:
    # After the flush the instances have their ids; `new`, `dirty` and `deleted` still hold
    # what this flush wrote.
    for operation, instances in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for instance in instances:
            model = type(instance)
            entity = _ENTITY_OF.get(model)
            if entity is not None and (operation != "update" or session.is_modified(instance, include_collections=False)):
                record(session, entity, (instance.id,), operation)
            if operation != "update":
                for shown_in, column in _SHOWN_IN.get(model, ()):
                    touch(session, shown_in, (getattr(instance, column),))


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    # Commit flushes after this event: flush here, so that what is still pending is numbered too.
    if session.new or session.dirty or session.deleted:
        session.flush()
    if not session.info.get(_PENDING):
        return
    pending = session.info.pop(_PENDING, {})
    changes = sorted(((ENTITIES.index(entity), entity_id, entity, operation)
                      for (entity, entity_id), operation in pending.items() if operation != _GONE))
    if not changes:
        return
    now = datetime.now(UTC)
    for entity in ENTITIES:
        updated = [entity_id for _, entity_id, name, operation in changes if name == entity and operation == "update"]
        if updated:
            table = MODELS[entity].__table__
            session.execute(update(table).where(table.c.id.in_(updated)).values(updated_at=now))
    counter = ChangeCounter.__table__
    last = session.execute(
        update(counter).where(counter.c.id == 1).values(last_seq=counter.c.last_seq + len(changes))
        .returning(counter.c.last_seq)
    ).scalar_one()
    first = last - len(changes) + 1
    session.execute(insert(Change.__table__), [
        {"seq": first + i, "entity": entity, "entity_id": entity_id, "operation": operation, "changed_at": now}
        for i, (_, entity_id, entity, operation) in enumerate(changes)
    ])


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, previous: SessionTransaction) -> None:
    if not previous.nested:  # a savepoint's rollback leaves the transaction's own changes pending
        session.info.pop(_PENDING, None)
