"""When two reports describe one meeting.

Two reports describe one event when they give it the same sides and the same status, and either
the same numbered session of the same standing body, or the same kind of event on the same day
(a day apart is allowed: outlets in other time zones, or a report that dates by its own
publication). Reports without a date are one event only when they name the same session, or the
same place. Two events of one article are never merged with each other.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.ingest.extract.records import Meeting as ExtractedMeeting
from app.meetings.models import Meeting, MeetingParty, MeetingSource

DAY = timedelta(days=1)


def find_same_event(session: Session, extracted: ExtractedMeeting, party_ids: list[int], commission_id: int | None,
                    article_id: int) -> Meeting | None:
    """The stored meeting that `extracted` (from article `article_id`) reports again, if any."""
    if not party_ids:
        return None
    stmt = select(Meeting).where(Meeting.status == extracted.status)
    numbered = commission_id is not None and extracted.session_number is not None
    if numbered:
        stmt = stmt.where(Meeting.commission_id == commission_id, Meeting.session_number == extracted.session_number)
        if extracted.date is not None:
            stmt = stmt.where(or_(Meeting.date.is_(None), Meeting.date.between(extracted.date - DAY, extracted.date + DAY)))
    elif extracted.date is not None:
        stmt = stmt.where(Meeting.kind == extracted.kind,
                          Meeting.date.between(extracted.date - DAY, extracted.date + DAY))
    elif extracted.location:
        stmt = stmt.where(Meeting.kind == extracted.kind, Meeting.date.is_(None), Meeting.location == extracted.location)
    else:
        return None
    already_here = select(MeetingSource.meeting_id).where(MeetingSource.article_id == article_id)
    stmt = stmt.where(Meeting.id.not_in(already_here)).order_by(Meeting.id)
    wanted = sorted(party_ids)
    for meeting in session.scalars(stmt):
        sides = sorted(session.scalars(select(MeetingParty.party_id).where(MeetingParty.meeting_id == meeting.id)))
        if sides == wanted:
            return meeting
    return None
