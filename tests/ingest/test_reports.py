"""Articles with identity, and one event from many reports, on both engines."""
from __future__ import annotations

from pathlib import Path

import orjson
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.agreements.models import Agreement
from app.articles.models import Article
from app.commissions.models import Commission
from app.ingest.batch import ingest_article, ingest_paths
from app.ingest.detach import delete_article
from app.ingest.reader import ArticleInput
from app.meetings.models import Meeting, MeetingSector, MeetingSource, Participant
from app.people.models import Person
from app.sectors.models import Sector
from app.trade.models import TradeFigure
from tests.conftest import SEEDS
from tests.stories import OUTLET_A, OUTLET_B, TWO_EVENTS, WEEK_LATER

SEED_TEXT = (SEEDS / "az-tatarstan-2024-04-17.txt").read_text(encoding="utf-8")
SEED_URL = "https://wire.example/az-tatarstan"

def _ingest(engine: Engine, text: str, url: str | None = None, origin: str = "test.txt"):  # type: ignore[no-untyped-def]
    return ingest_article(engine, ArticleInput(text, origin, url=url))


def _count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_corrected_story_at_the_same_url_replaces_its_records(fresh_engine: Engine) -> None:
    first = _ingest(fresh_engine, SEED_TEXT, SEED_URL)
    with Session(fresh_engine) as session:
        people_before = dict(session.execute(select(Person.name, Person.id)).all())
        commission_before = session.scalar(select(Commission.id))
    again = _ingest(fresh_engine, SEED_TEXT, SEED_URL)
    corrected = _ingest(fresh_engine, SEED_TEXT.replace("$4.4 billion", "$4.5 billion"), SEED_URL)
    assert (first.outcome, again.outcome, corrected.outcome) == ("loaded", "unchanged", "replaced")
    assert corrected.article_id == first.article_id
    with Session(fresh_engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1
        assert session.scalar(select(func.count()).select_from(Meeting)) == 4
        fourth = session.scalars(select(Meeting).where(Meeting.session_number == 4)).all()
        assert len(fourth) == 1
        values = session.scalars(select(TradeFigure.value)).all()
        assert [float(v) for v in values] == [4.5e9]
        assert dict(session.execute(select(Person.name, Person.id)).all()) == people_before
        assert session.scalar(select(Commission.id)) == commission_before


def test_a_known_text_gets_its_url(fresh_engine: Engine) -> None:
    plain = _ingest(fresh_engine, SEED_TEXT)
    with_url = _ingest(fresh_engine, SEED_TEXT, SEED_URL)
    assert (plain.outcome, with_url.outcome, with_url.article_id) == ("loaded", "unchanged", plain.article_id)
    with Session(fresh_engine) as session:
        assert session.scalar(select(Article.url)) == SEED_URL


def test_two_reports_of_one_event_make_one_meeting_with_two_sources(fresh_engine: Engine) -> None:
    a = _ingest(fresh_engine, OUTLET_A, "https://a.example/1")
    b = _ingest(fresh_engine, OUTLET_B, "https://b.example/2")
    assert (a.outcome, b.outcome, b.merged) == ("loaded", "loaded", 1)
    with Session(fresh_engine) as session:
        held = session.scalars(select(Meeting).where(Meeting.status == "held")).all()
        assert len(held) == 1
        sources = session.execute(
            select(MeetingSource.article_id, MeetingSource.evidence_text).where(MeetingSource.meeting_id == held[0].id)
            .order_by(MeetingSource.article_id)
        ).all()
        assert [s.article_id for s in sources] == [a.article_id, b.article_id]
        assert "held talks in Montevideo" in sources[0].evidence_text and "met Uruguay's" in sources[1].evidence_text
        people = set(session.scalars(select(Person.name).join(Participant, Participant.person_id == Person.id)
                                     .where(Participant.meeting_id == held[0].id)))
        assert people == {"Omar Paganini", "Javier Gimenez", "Walter Verri"}
        assert session.scalar(select(func.count()).select_from(Agreement)) == 1
        slugs = set(session.scalars(select(Sector.slug).join(MeetingSector).where(MeetingSector.meeting_id == held[0].id)))
        assert {"transport", "energy", "agriculture"} <= slugs


def test_a_meeting_stands_on_its_other_report(fresh_engine: Engine) -> None:
    a = _ingest(fresh_engine, OUTLET_A, "https://a.example/1")
    b = _ingest(fresh_engine, OUTLET_B, "https://b.example/2")
    with Session(fresh_engine) as session, session.begin():
        delete_article(session, a.article_id)
    with Session(fresh_engine) as session:
        held = session.scalars(select(Meeting).where(Meeting.status == "held")).one()
        assert held.article_id == b.article_id and "met Uruguay's" in held.evidence_text
        assert session.scalars(select(MeetingSource.article_id).where(MeetingSource.meeting_id == held.id)).all() == [b.article_id]
        people = set(session.scalars(select(Person.name).join(Participant).where(Participant.meeting_id == held.id)))
        assert people == {"Omar Paganini", "Javier Gimenez", "Walter Verri"}  # B names them too
        assert session.scalar(select(func.count()).select_from(Agreement)) == 0  # only A reported the signing
    with Session(fresh_engine) as session, session.begin():
        delete_article(session, b.article_id)
    assert [_count(fresh_engine, m) for m in (Article, Meeting, MeetingSource, Participant, Person)] == [0, 0, 0, 0, 0]


def test_namesakes_stay_apart(fresh_engine: Engine) -> None:
    _ingest(fresh_engine, OUTLET_A, "https://a.example/1")
    later = _ingest(fresh_engine, WEEK_LATER, "https://a.example/3")
    assert later.merged == 0
    assert _count(fresh_engine, Meeting) == 2


def test_other_sessions_of_one_commission_stay_apart(fresh_engine: Engine) -> None:
    _ingest(fresh_engine, SEED_TEXT, SEED_URL)
    fifth = _ingest(fresh_engine, SEED_TEXT.replace("4th meeting", "5th meeting"), "https://other.example/5th")
    with Session(fresh_engine) as session:
        numbers = sorted(session.scalars(select(Meeting.session_number).where(Meeting.session_number.is_not(None))))
    # The talks and the tour of that day are the same events; the undated, unplaced follow-up is not merged.
    assert numbers == [4, 5] and fifth.merged == 2


def test_each_meeting_has_the_sectors_of_its_own_sentences(fresh_engine: Engine) -> None:
    _ingest(fresh_engine, TWO_EVENTS)
    with Session(fresh_engine) as session:
        rows = session.execute(
            select(Meeting.kind, Sector.slug).join(MeetingSector, MeetingSector.meeting_id == Meeting.id)
            .join(Sector, Sector.id == MeetingSector.sector_id)
        ).all()
    by_kind: dict[str, set[str]] = {}
    for kind, slug in rows:
        by_kind.setdefault(kind, set()).add(slug)
    assert by_kind["bilateral_meeting"] == {"energy"}
    assert by_kind["visit"] == {"agriculture", "logistics"}


def test_json_lines_with_metadata_and_a_bad_line(fresh_engine: Engine, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        {"text": OUTLET_A, "url": "https://a.example/1", "title": "Uruguay and Paraguay talk rivers", "source": "A Wire"},
        {"url": "https://b.example/2"},
        {"text": OUTLET_B, "url": "https://b.example/2", "published_on": "2025-03-12"},
    ]
    batch.write_bytes(b"\n".join(orjson.dumps(x) for x in lines) + b"\n{not json\n")
    report = ingest_paths(fresh_engine, [batch])
    assert [(f.origin.rsplit(":", 1)[1], f.outcome) for f in report.files] == [
        ("1", "loaded"), ("2", "failed"), ("3", "loaded"), ("4", "failed")]
    assert "`text` is required" in (report.files[1].reason or "")
    with Session(fresh_engine) as session:
        article = session.scalars(select(Article).where(Article.url == "https://a.example/1")).one()
        assert (article.title, article.source) == ("Uruguay and Paraguay talk rivers", "A Wire")


def test_text_file_with_metadata_lines(fresh_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"url: {SEED_URL}\ntitle: Azerbaijan and Tatarstan meet\nsource: Trend\n\n{SEED_TEXT}", encoding="utf-8")
    report = ingest_paths(fresh_engine, [path])
    assert report.count("loaded") == 1
    with Session(fresh_engine) as session:
        article = session.scalars(select(Article)).one()
        assert (article.url, article.title, article.source) == (SEED_URL, "Azerbaijan and Tatarstan meet", "Trend")
        assert article.text == SEED_TEXT
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        assert meeting is not None and article.text[meeting.evidence_start:meeting.evidence_end] == meeting.evidence_text


def test_a_saved_html_page(fresh_engine: Engine, tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in OUTLET_A.split("\n\n")[0:2])
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Uruguay, Paraguay talk rivers | A Wire</title>"
        '<link rel="canonical" href="https://a.example/1">'
        '<meta property="article:published_time" content="2025-03-11T09:00:00Z">'
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Uruguay, Paraguay talk rivers</h1>{paragraphs}</article>"
        "<footer>All rights reserved</footer></body></html>",
        encoding="utf-8",
    )
    report = ingest_paths(fresh_engine, [page])
    assert report.count("loaded") == 1, [f.line() for f in report.files]
    with Session(fresh_engine) as session:
        article = session.scalars(select(Article)).one()
        assert article.url == "https://a.example/1"
        assert article.published_on is not None and article.published_on.isoformat() == "2025-03-11"
        assert "All rights reserved" not in article.text
        assert session.scalar(select(func.count()).select_from(Meeting)) >= 1
