from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.indexes import newest_first
from app.db.timestamps import Timestamps
from app.db.mixins import Evidence

MEETING_KINDS = (
    "bilateral_meeting",
    "commission_session",
    "business_forum",
    "visit",
    "phone_call",
    "video_conference",
    "signing_ceremony",
    "other",
)
MEETING_STATUSES = ("held", "planned")


class Meeting(Evidence, Timestamps, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    commission_id: Mapped[int | None] = mapped_column(ForeignKey("commissions.id"))
    session_number: Mapped[int | None] = mapped_column(Integer)
    # The lists of the meeting's list item, as JSON arrays, written by the database's triggers
    # (migration 0007) whenever a side, sector or report of the meeting comes, goes or changes:
    # a page reads them off the row instead of four subqueries per meeting. Never written here.
    party_codes: Mapped[Any] = mapped_column(JSON, server_default=text("'[]'"), deferred=True)
    sector_slugs: Mapped[Any] = mapped_column(JSON, server_default=text("'[]'"), deferred=True)
    source_article_ids: Mapped[Any] = mapped_column(JSON, server_default=text("'[]'"), deferred=True)
    report_count: Mapped[int] = mapped_column(Integer, server_default=text("0"), deferred=True)
    # The meeting's list item as JSON text (`repository.meeting_item`), written by the triggers
    # of migration 0008 from the columns above, its article's URL and its commission's name: a
    # page serves these texts as they are. The ORM inserts it empty and never sets it.
    item: Mapped[str | None] = mapped_column(Text, deferred=True)
    # The meeting's detail as JSON text (`repository.detail_item`), written by the triggers of
    # migration 0009 whenever anything it shows changes: the detail route serves it as it is.
    # The ORM inserts it empty and never sets it.
    detail: Mapped[str | None] = mapped_column(Text, deferred=True)

    __table_args__ = (
        CheckConstraint(f"kind IN {MEETING_KINDS}", name="kind"),
        CheckConstraint(f"status IN {MEETING_STATUSES}", name="status"),
        Index(None, "date", "id"),
        Index(None, "kind", "date", "id"),
        Index(None, "commission_id", "session_number"),
    )


newest_first("ix_meetings_newest", date=Meeting.date, id_=Meeting.id)


class MeetingParty(Base):
    """A side of a meeting. The meeting's date is copied here so that "party X, newest first"
    is one range scan of (party_id, date) instead of a join over every meeting of X."""

    __tablename__ = "meeting_parties"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), primary_key=True)
    date: Mapped[date | None] = mapped_column(Date)
    # The meeting's `sector_slugs` as JSON text, copied here by triggers (migration 0011) and held
    # by the indexes below, so that a sector filter on a party's meetings is read off the index.
    sector_slugs: Mapped[str] = mapped_column(Text, server_default=text("'[]'"))

    __table_args__ = (Index(None, "party_id", "date", "meeting_id", "sector_slugs"),)


newest_first(
    "ix_meeting_parties_newest", MeetingParty.party_id, date=MeetingParty.date, id_=MeetingParty.meeting_id,
    include=(MeetingParty.sector_slugs,),
)


class MeetingSource(Base):
    """A report of a meeting: the article and the sentence that report it. A meeting has one row
    here for every article that reports it; `meetings.article_id` is the first of them."""

    __tablename__ = "meeting_sources"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)


class MeetingSector(Base):
    """A field of cooperation named in the sentences that report the meeting, by one of its reports."""

    __tablename__ = "meeting_sectors"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)
    sector_id: Mapped[int] = mapped_column(ForeignKey("sectors.id"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index(None, "sector_id", "meeting_id"),)


class Participant(Evidence, Base):
    """A person taking part in a meeting, for a side, under the title written there."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), index=True)
    name_as_written: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index(None, "meeting_id", "person_id", unique=True),)
