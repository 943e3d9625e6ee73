"""A meeting's list-item lists (`party_codes`, `sector_slugs`, `source_article_ids`,
`report_count`), its stored list item (`item`) and its stored detail (`detail`) are kept by the
database's triggers, whoever writes: the ingest of both corpora (re-published stories merged into one meeting included),
deleting articles, a renamed party code or sector slug, a moved article URL, a renamed
commission, renamed parties, sectors and people, edited articles and participants, a deleted
agreement, hand-written statements on the meetings and link tables, and `bilateral import`. So are the sides' copies of
their meetings' sector slugs (migration 0011)."""
from __future__ import annotations

from pathlib import Path

import orjson
from sqlalchemy import select, text, update

from app.db.engine import create_db_engine
from app.export.load import import_snapshot
from app.export.snapshot import write_snapshot
from app.ingest.batch import ingest_paths, remove_article
from app.meetings.models import Meeting, MeetingParty, MeetingSector
from app.parties.models import Party
from tests.conftest import DatabaseFactory
from tests.ingest.integrity import corpus_folder, stale_meeting_lists
from tests.stories import OUTLET_A, OUTLET_B


def test_every_writer_keeps_the_lists(databases: DatabaseFactory, tmp_path: Path) -> None:
    engine = create_db_engine(databases.new_url())
    try:
        folder = corpus_folder(tmp_path)
        # One story at two outlets: one meeting with two reports.
        (folder / "republished.jsonl").write_bytes(b"\n".join(
            orjson.dumps({"text": story, "url": url})
            for story, url in ((OUTLET_A, "https://a.example/1"), (OUTLET_B, "https://b.example/2"))
        ))
        report = ingest_paths(engine, [folder])
        assert not report.failed
        with engine.connect() as connection:
            assert stale_meeting_lists(connection) == {}
            merged = connection.scalar(select(Meeting.id).where(Meeting.report_count > 1).limit(1))
            lists = connection.execute(select(Meeting.party_codes, Meeting.sector_slugs).limit(1)).one()
        assert merged is not None
        assert lists.party_codes and lists.sector_slugs

        with engine.connect() as connection:
            article_ids = connection.scalars(
                text("SELECT article_id FROM meeting_sources WHERE meeting_id = :id ORDER BY article_id"), {"id": merged}
            ).all()
        assert remove_article(engine, article_ids[0]) is not None
        with engine.begin() as connection:
            assert stale_meeting_lists(connection) == {}
            assert connection.scalar(select(Meeting.report_count).where(Meeting.id == merged)) == len(article_ids) - 1

            connection.execute(update(Party).where(Party.code == "AZ").values(code="ZZ-AZ"))
            connection.execute(text("UPDATE sectors SET slug = 'power' WHERE slug = 'energy'"))
            connection.execute(
                MeetingSector.__table__.delete().where(MeetingSector.meeting_id == select(MeetingSector.meeting_id).limit(1).scalar_subquery())
            )
            assert stale_meeting_lists(connection) == {}
            renamed = [codes for codes, in connection.execute(select(Meeting.party_codes)) if "ZZ-AZ" in codes]
            assert renamed and not any("AZ" in codes for codes in renamed)
            assert any('"power"' in copy for copy in connection.scalars(select(MeetingParty.sector_slugs)))

            # A side's copy of its meeting's sectors follows the side to another meeting and back,
            # and a date written to the sides changes nothing else.
            side = connection.execute(text(
                "SELECT a.meeting_id, a.party_id, b.id FROM meeting_parties a JOIN meetings b ON b.id <> a.meeting_id "
                "WHERE NOT EXISTS (SELECT 1 FROM meeting_parties c WHERE c.meeting_id = b.id AND c.party_id = a.party_id) "
                "AND CAST(b.sector_slugs AS TEXT) <> (SELECT CAST(sector_slugs AS TEXT) FROM meetings WHERE id = a.meeting_id) "
                "ORDER BY a.meeting_id, a.party_id, b.id LIMIT 1"
            )).one()
            move = "UPDATE meeting_parties SET meeting_id = :to WHERE meeting_id = :from AND party_id = :party"
            connection.execute(text(move), {"from": side[0], "party": side[1], "to": side[2]})
            assert stale_meeting_lists(connection) == {}
            connection.execute(text(move), {"from": side[2], "party": side[1], "to": side[0]})
            connection.execute(text("UPDATE meeting_parties SET date = date"))
            assert stale_meeting_lists(connection) == {}
            connection.execute(update(Party).where(Party.code == "ZZ-AZ").values(code="AZ"))
            connection.execute(text("UPDATE sectors SET slug = 'energy' WHERE slug = 'power'"))

            # What else a stored item shows: its article's URL, its commission's name, its own columns.
            connection.execute(text("UPDATE articles SET url = coalesce(url, 'https://moved.example/' || id) || '#moved'"))
            connection.execute(text("UPDATE commissions SET name = name || ' (renamed)'"))
            connection.execute(update(Meeting).where(Meeting.id == merged).values(title="Retitled", status="planned", date=None))
            assert stale_meeting_lists(connection) == {}
            items = [orjson.loads(item) for item in connection.scalars(select(Meeting.item))]
            assert all(item["article_url"].endswith("#moved") for item in items)
            assert any(item["commission"] and item["commission"]["name"].endswith(" (renamed)") for item in items)
            assert {"title": "Retitled", "status": "planned", "date": None}.items() <= next(
                item for item in items if item["id"] == merged
            ).items()

            # What only a stored detail shows: names, labels, titles, and its own rows' columns.
            connection.execute(text("UPDATE parties SET name = name || ' (renamed)', kind = kind"))
            connection.execute(text("UPDATE sectors SET label = upper(label)"))
            connection.execute(text("UPDATE articles SET title = coalesce(title, '') || ' (edited)', source = 'Wire'"))
            connection.execute(text("UPDATE people SET name = name || ' Jr.'"))
            connection.execute(text("UPDATE participants SET title = 'Envoy' WHERE id = (SELECT min(id) FROM participants)"))
            connection.execute(text("DELETE FROM agreements WHERE id = (SELECT min(id) FROM agreements)"))
            connection.execute(text("UPDATE meeting_sources SET evidence_text = evidence_text WHERE meeting_id = :id"), {"id": merged})
            assert stale_meeting_lists(connection) == {}
            detail = orjson.loads(connection.scalar(select(Meeting.detail).where(Meeting.id == merged)))
            assert all(side["name"].endswith(" (renamed)") for side in detail["parties"])
            assert all(source["title"].endswith(" (edited)") for source in detail["sources"])
            people = [person for text in connection.scalars(select(Meeting.detail)) for person in orjson.loads(text)["participants"]]
            assert people and all(person["name"].endswith(" Jr.") for person in people)

        snapshot = write_snapshot(engine, tmp_path / "snapshot")
        copy = create_db_engine(databases.new_url())
        try:
            import_snapshot(snapshot, copy)
            with copy.connect() as connection:
                assert stale_meeting_lists(connection) == {}
                assert connection.scalar(select(Meeting.report_count).where(Meeting.id == merged)) == len(article_ids) - 1
        finally:
            copy.dispose()
    finally:
        engine.dispose()
