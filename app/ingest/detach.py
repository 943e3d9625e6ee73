"""Taking one article's records out, for a replacement or a deletion.

A meeting that other articles also report stays standing on them: its first source moves to the
next report, and what the removed article had added is rebuilt from the remaining reports' own
extractions (the extractor is deterministic, and each report's source row keeps the offsets of
the sentence it reported the meeting in). People and commissions that nothing supports any more
are removed by `collect_orphans`.
"""
from __future__ import annotations

from collections import Counter

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.agreements.models import Agreement
from app.articles.models import Article
from app.changes.tracking import record_deleted, touch
from app.commissions.models import Commission
from app.db.dataset import bump_dataset_version
from app.db.exists import row_exists
from app.ingest.extract import extract
from app.ingest.extract.records import Extraction
from app.ingest.load import ArticleLoader, LoadResult
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource, Participant
from app.people.models import Person
from app.trade.models import TradeFigure


def detach_article(session: Session, article_id: int) -> Counter[str]:
    """Remove every record `article_id` contributed; returns how many meetings went and stayed."""
    affected = list(session.scalars(
        select(MeetingSource.meeting_id).where(MeetingSource.article_id == article_id)
        .union(select(Meeting.id).where(Meeting.article_id == article_id))
    ))
    for model in (MeetingSector, MeetingSource):
        session.execute(delete(model).where(model.article_id == article_id))
    people = session.scalars(delete(Participant).where(Participant.article_id == article_id).returning(Participant.person_id))
    touch(session, "person", people.all())
    for entity, model in (("agreement", Agreement), ("trade_figure", TradeFigure)):
        record_deleted(session, entity, session.scalars(delete(model).where(model.article_id == article_id).returning(model.id)).all())
    touch(session, "meeting", affected)  # its sources, and what they brought, changed
    counts: Counter[str] = Counter()
    standing: list[Meeting] = []
    for meeting_id in affected:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            continue
        first = session.scalars(
            select(MeetingSource).where(MeetingSource.meeting_id == meeting_id).order_by(MeetingSource.article_id)
        ).first()
        if first is None:
            touch(session, "party", session.scalars(select(MeetingParty.party_id).where(MeetingParty.meeting_id == meeting_id)))
            session.delete(meeting)
            counts["meetings removed"] += 1
            continue
        counts["meetings kept on other reports"] += 1
        meeting.article_id = first.article_id
        meeting.evidence_start, meeting.evidence_end, meeting.evidence_text = (
            first.evidence_start, first.evidence_end, first.evidence_text)
        standing.append(meeting)
    session.flush()
    loader = ArticleLoader(session)
    extractions: dict[int, Extraction] = {}  # each remaining report is read once, however many meetings it holds
    for meeting in standing:
        _rebuild_from_reports(session, loader, meeting, extractions)
    bump_dataset_version(session)
    return counts


def _rebuild_from_reports(session: Session, loader: ArticleLoader, meeting: Meeting,
                          extractions: dict[int, Extraction]) -> None:
    sources = session.scalars(select(MeetingSource).where(MeetingSource.meeting_id == meeting.id)).all()
    for source in sources:
        article = session.get(Article, source.article_id)
        if article is None:
            continue
        if article.id not in extractions:
            extractions[article.id] = extract(article.text, published_on=article.published_on)
        extraction = extractions[article.id]
        loader.use_introduced(extraction.introduced_parties)
        for extracted in extraction.meetings:
            if extracted.evidence.start == source.evidence_start:
                loader.merge_report(meeting, article.id, article.text, extracted, LoadResult(article.id))


def delete_article(session: Session, article_id: int) -> Counter[str]:
    counts = detach_article(session, article_id)
    session.execute(delete(Article).where(Article.id == article_id))
    record_deleted(session, "article", (article_id,))
    collect_orphans(session)
    return counts


def collect_orphans(session: Session) -> None:
    """People no participant names and commissions no meeting belongs to."""
    record_deleted(session, "person", session.scalars(
        delete(Person).where(~row_exists().where(Participant.person_id == Person.id)).returning(Person.id)).all())
    record_deleted(session, "commission", session.scalars(
        delete(Commission).where(~row_exists().where(Meeting.commission_id == Commission.id)).returning(Commission.id)).all())
