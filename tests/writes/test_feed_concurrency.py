"""A follower of the change feed misses and repeats nothing while several writers commit at once.

On PostgreSQL the danger is real: a sequence number handed out before commit can become visible
after a higher one, and a follower that stored the higher one would skip the lower for ever. Here
each writer sleeps between numbering its changes and committing (a listener registered after the
feed's own), which opens exactly that window; the follower polls throughout, storing only the
last sequence it saw, as a client would."""
from __future__ import annotations

import random
import threading
import time

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from app.changes.models import Change
from app.changes.repository import changes_after
from app.ingest.batch import ingest_article, retrying
from app.ingest.reader import ArticleInput
from app.parties.models import Party

WRITERS = 4
ARTICLES_EACH = 4
RENAMED = ("ORG:FEEDA", "ORG:FEEDB", "ORG:FEEDC")
RENAMES_EACH = 15


def _hold_before_commit(session: Session) -> None:
    if session.info.get("hold_before_commit"):
        time.sleep(random.uniform(0, 0.03))


def _ingest(engine: Engine, writer: int, errors: list[BaseException]) -> None:
    """The ingest path: each article in its own transaction, in turn with the other ingests."""
    try:
        for n in range(ARTICLES_EACH):
            text = (f"BAKU, May {n + 1}. Azerbaijan's Minister of Economy Mikayil Jabbarov met Georgia's Minister "
                    f"of Economy Levan Davitashvili in Baku on {n + 1} May 2024 (writer {writer}, report {n}).")
            outcome = ingest_article(engine, ArticleInput(text, f"writer-{writer}-{n}", from_file=False))
            assert outcome.outcome == "loaded", outcome
    except BaseException as exc:  # noqa: BLE001 - reported by the test
        errors.append(exc)


def _rename(engine: Engine, code: str, errors: list[BaseException]) -> None:
    """Small transactions that take no write turn: only the feed's counter orders them. Like
    every writer of the project they try again after a collision (`retrying`): on SQLite a
    transaction that has read fails at once with "database is locked" when another commits
    before it writes, and its busy handler does not queue waiting writers fairly."""

    def rename(n: int) -> None:
        with Session(engine) as session, session.begin():
            session.scalars(select(Party).where(Party.code == code)).one().name = f"{code} renamed {n}"

    try:
        for n in range(RENAMES_EACH):
            retrying(lambda: rename(n))  # noqa: B023 - called at once, within the iteration
    except BaseException as exc:  # noqa: BLE001
        errors.append(exc)


def test_a_follower_sees_every_change_once_in_order_while_writers_race(fresh_engine: Engine) -> None:
    listener = event.listens_for(Session, "before_commit")(_hold_before_commit)
    original_init = Session.__init__

    def holding_init(self: Session, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        original_init(self, *args, **kwargs)
        self.info["hold_before_commit"] = True

    with Session(fresh_engine) as session, session.begin():
        session.add_all(Party(code=code, name=code, kind="organization") for code in RENAMED)
    errors: list[BaseException] = []
    seen: list[int] = []
    done = threading.Event()

    def follow() -> None:
        after = 0
        try:
            while True:
                finished = done.is_set()  # read before the page: a drain after the last commit
                with fresh_engine.connect() as connection:
                    page = changes_after(connection, after, 7)
                seen.extend(change["seq"] for change in page)
                after = page[-1]["seq"] if page else after
                if finished and not page:
                    return
                # A client between two polls; a loop without one holds the GIL that every
                # writer's thread needs between its statements: the writers then ran for minutes
                # and, on SQLite, waited past their busy timeout.
                time.sleep(0.002)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    Session.__init__ = holding_init  # type: ignore[method-assign]
    try:
        follower = threading.Thread(target=follow)
        follower.start()
        writers = [threading.Thread(target=_ingest, args=(fresh_engine, w, errors)) for w in range(WRITERS)]
        writers += [threading.Thread(target=_rename, args=(fresh_engine, code, errors)) for code in RENAMED]
        for thread in writers:
            thread.start()
        for thread in writers:
            thread.join(timeout=300)
        done.set()
        follower.join(timeout=60)
    finally:
        Session.__init__ = original_init  # type: ignore[method-assign]
        event.remove(Session, "before_commit", listener)

    assert not errors, errors
    with Session(fresh_engine) as session:
        stored = list(session.scalars(select(Change.seq).order_by(Change.seq)))
    assert len(stored) >= WRITERS * ARTICLES_EACH + len(RENAMED) * (RENAMES_EACH + 1)
    assert stored == list(range(1, len(stored) + 1)), "sequence numbers have no gaps"
    assert seen == stored, "the follower saw every change exactly once, in order"
