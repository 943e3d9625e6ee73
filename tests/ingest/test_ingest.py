"""Ingest of real article files into real databases."""
from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.agreements.models import Agreement
from app.articles.models import Article
from app.commissions.models import Commission
from app.db.models import Base
from app.ingest.batch import ingest_paths
from app.meetings.models import Meeting, MeetingParty, MeetingSector, Participant
from app.parties.models import Party
from app.people.models import Person
from app.sectors.models import Sector
from app.trade.models import TradeFigure
from tests.conftest import SEEDS

SEED = SEEDS / "az-tatarstan-2024-04-17.txt"


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {name: connection.scalar(select(func.count()).select_from(table)) for name, table in Base.metadata.tables.items()}


def test_seed_creates_the_expected_records(fresh_engine: Engine) -> None:
    report = ingest_paths(fresh_engine, [SEEDS])
    assert (report.count("loaded"), report.count("failed")) == (1, 0)

    with Session(fresh_engine) as session:
        article = session.scalars(select(Article)).one()
        assert article.published_on.isoformat() == "2024-04-17"
        assert article.source == "Trend" and article.dateline == "Baku"
        assert len(article.content_hash) == 64

        meetings = session.scalars(select(Meeting).order_by(Meeting.id)).all()
        kinds = sorted((m.kind, m.status) for m in meetings)
        assert kinds == [
            ("bilateral_meeting", "held"),
            ("bilateral_meeting", "planned"),
            ("commission_session", "held"),
            ("visit", "held"),
        ]
        for meeting in meetings:
            sides = session.scalars(
                select(Party.code).join(MeetingParty, MeetingParty.party_id == Party.id).where(MeetingParty.meeting_id == meeting.id)
            ).all()
            assert sorted(sides) == ["AZ", "RU-TA"]
            assert article.text[meeting.evidence_start : meeting.evidence_end] == meeting.evidence_text

        session_row = next(m for m in meetings if m.kind == "commission_session")
        assert session_row.session_number == 4 and session_row.date.isoformat() == "2024-04-17"
        commission = session.get_one(Commission, session_row.commission_id)
        assert commission.name.startswith("Joint Intergovernmental Commission")
        assert [a.kind for a in session.scalars(select(Agreement))] == ["protocol"]

        people = {p.name: p for p in session.scalars(select(Person))}
        assert {"Mikayil Jabbarov", "Oleg Korobchenko"} <= set(people)
        titles = dict(
            session.execute(select(Person.name, Participant.title).join(Participant, Participant.person_id == Person.id)).all()
        )
        assert titles["Mikayil Jabbarov"] == "Minister of Economy"

        tatarstan = session.scalars(select(Party).where(Party.code == "RU-TA")).one()
        assert tatarstan.kind == "region"
        assert session.get_one(Party, tatarstan.parent_id).code == "RU"

        figure = session.scalars(select(TradeFigure)).one()
        codes = {session.get_one(Party, figure.party_a_id).code, session.get_one(Party, figure.party_b_id).code}
        assert codes == {"AZ", "RU"}
        assert (figure.metric, figure.value, figure.currency, figure.period) == ("trade_turnover", Decimal("4400000000"), "USD", "2023")
        assert figure.approximate is True
        assert (figure.period_start.isoformat(), figure.period_end.isoformat()) == ("2023-01-01", "2023-12-31")

        slugs = set(session.scalars(select(Sector.slug).join(MeetingSector, MeetingSector.sector_id == Sector.id)))
        assert slugs == {  # the answer key's sectors for this article
            "trade", "investment", "industry", "transport", "logistics", "energy", "agriculture", "tourism",
            "construction", "innovation", "smes", "humanitarian", "culture", "education",
        }


def test_ingesting_twice_adds_nothing(fresh_engine: Engine) -> None:
    first = ingest_paths(fresh_engine, [SEEDS])
    before = row_counts(fresh_engine)
    second = ingest_paths(fresh_engine, [SEEDS, SEED])
    assert first.count("loaded") == 1
    assert (second.count("loaded"), second.count("unchanged"), second.count("failed")) == (0, 2, 0)
    assert row_counts(fresh_engine) == before


def test_a_bad_file_is_reported_and_the_rest_loads(fresh_engine: Engine, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SEED, batch / "good.txt")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (batch / "latin1.txt").write_bytes("Bak\xfc and Ankara".encode("latin-1"))
    (batch / "empty.txt").write_text("   \n")
    missing = tmp_path / "missing.txt"

    report = ingest_paths(fresh_engine, [batch, missing])

    reasons = {f.path.name: f.reason for f in report.failed}
    assert set(reasons) == {"binary.txt", "latin1.txt", "empty.txt", "missing.txt"}
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "No such file" in reasons["missing.txt"]
    assert report.count("loaded") == 1
    assert row_counts(fresh_engine)["articles"] == 1
    assert report.summary().startswith("1 loaded, 0 replaced, 0 unchanged, 4 failed; created ")


def test_long_sentences_load_on_every_engine(fresh_engine: Engine, tmp_path: Path) -> None:
    clauses = ", ".join(f"cooperation in field number {i} of the economy" for i in range(150))
    article = tmp_path / "long.txt"
    article.write_text(
        " date 2024-05-02 BAKU, Azerbaijan, May 2. Azerbaijan's Minister of Economy Mikayil Jabbarov met Georgia's "
        f"Minister of Economy Levan Davitashvili in Baku to discuss {clauses}, Trend reports.",
        encoding="utf-8",
    )
    report = ingest_paths(fresh_engine, [article])
    assert not report.failed, [f.line() for f in report.failed]
    with Session(fresh_engine) as session:
        longest = max(len(m.evidence_text) for m in session.scalars(select(Meeting)))
    assert longest > 4000  # wider than any VARCHAR we could have picked


def test_a_storage_failure_is_reported_in_one_line(fresh_engine: Engine) -> None:
    from app.ingest.batch import one_line

    with pytest.raises(DBAPIError) as failed, fresh_engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO parties (code, name, kind) VALUES ('XX', 'X', 'planet')")
    reason = one_line(failed.value)
    assert "\n" not in reason and "INSERT" not in reason
    assert "check" in reason.lower() and "ck_parties_kind" in reason


def test_an_organisation_the_article_introduces_becomes_a_party(fresh_engine: Engine, tmp_path: Path) -> None:
    article = tmp_path / "bsec.txt"
    article.write_text(
        " date 2024-10-30 TBILISI, Georgia, October 30. Georgia's Prime Minister Irakli Kobakhidze received the "
        "Secretary General of the Organization of the Black Sea Economic Cooperation (BSEC) in Tbilisi on Wednesday.",
        encoding="utf-8",
    )
    report = ingest_paths(fresh_engine, [article])
    assert not report.failed, [f.line() for f in report.failed]
    with Session(fresh_engine) as session:
        bsec = session.scalars(select(Party).where(Party.code == "ORG:BSEC")).one()
    assert (bsec.name, bsec.kind, bsec.parent_id) == ("Organization of the Black Sea Economic Cooperation", "organization", None)
