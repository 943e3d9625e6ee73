"""Writing one article's extraction into the database, inside the caller's transaction.

Entities that recur across articles are looked up before they are created: parties by code,
people by a transliteration-folded name key, commissions by a key of name and sides. So the
same person or commission met in two articles is one row, with every spelling kept as an alias.

A meeting that another article already reports (see `app/ingest/same_event.py`) is not created
again: the article becomes one more of its sources, and adds the participants, documents and
sectors the meeting did not have yet.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.agreements.models import Agreement
from app.articles.models import Article
from app.changes import tracking  # noqa: F401 - its session events write the change feed
from app.commissions.keys import commission_key
from app.commissions.models import Commission, CommissionParty
from app.core.text import name_key, search_fold
from app.db.dataset import bump_dataset_version
from app.ingest.extract import PartyInfo, party_info
from app.ingest.extract.records import Extraction, Span
from app.ingest.extract.records import Meeting as ExtractedMeeting
from app.ingest.extract.records import TradeFigure as ExtractedFigure
from app.ingest.same_event import find_same_event
from app.ingest.periods import period_bounds
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource, Participant
from app.meetings.titles import meeting_title
from app.parties.models import Party
from app.people.models import Person, PersonAlias
from app.sectors.models import Sector
from app.trade.models import TradeFigure


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ArticleMeta:
    """What the input says about an article besides its text; it wins over what the text says."""

    url: str | None = None
    title: str | None = None
    source: str | None = None
    published_on: date | None = None
    file_name: str | None = None


@dataclass
class LoadResult:
    article_id: int
    created: Counter[str] = field(default_factory=Counter)
    merged: int = 0  # meetings this article reports that other articles reported first


class UnknownPartyError(ValueError):
    """The extractor produced a party code the gazetteer cannot describe."""


class ArticleLoader:
    """Loads extractions through one session, caching the rows it looks up along the way."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._parties: dict[str, Party] = {}
        self._introduced: dict[str, str] = {}
        self._sectors: dict[str, Sector] | None = None

    def find_article(self, digest: str) -> int | None:
        """The article without a URL whose text has this hash."""
        return self.session.scalar(select(Article.id).where(Article.content_hash == digest, Article.url.is_(None)))

    def find_by_url(self, url: str) -> Article | None:
        return self.session.scalar(select(Article).where(Article.url == url))

    def load(self, text: str, extraction: Extraction, meta: ArticleMeta | None = None) -> LoadResult:
        meta = meta or ArticleMeta()
        article = Article(content_hash="", text="", ingested_at=datetime.now(UTC))
        self.session.add(article)
        return self.load_into(article, text, extraction, meta)

    def use_introduced(self, introduced: dict[str, str]) -> None:
        """Organisations the article being read introduces itself (code -> name)."""
        self._introduced = introduced

    def load_into(self, article: Article, text: str, extraction: Extraction, meta: ArticleMeta) -> LoadResult:
        """Fill `article` (new, or emptied for a replacement) with the text and its records."""
        self._introduced = extraction.introduced_parties
        article.content_hash = content_hash(text)
        article.text = text
        article.file_name = meta.file_name
        article.url = meta.url
        article.title = meta.title or extraction.title
        article.source = meta.source or extraction.source
        article.published_on = meta.published_on or extraction.published_on
        article.dateline = extraction.dateline
        self.session.flush()
        result = LoadResult(article_id=article.id)
        result.created["articles"] += 1
        for extracted in extraction.meetings:
            self._add_meeting(article, text, extracted, result)
        for figure in extraction.trade_figures:
            self._add_trade_figure(article, text, figure, result)
        bump_dataset_version(self.session)
        self.session.flush()
        return result

    def _evidence(self, text: str, span: Span) -> dict[str, object]:
        return {
            "evidence_start": span.start,
            "evidence_end": span.end,
            "evidence_text": text[span.start : span.end],
        }

    def _add_meeting(self, article: Article, text: str, extracted: ExtractedMeeting, result: LoadResult) -> None:
        parties = [self.party(code) for code in dict.fromkeys(extracted.parties)]
        commission = self._commission(extracted, parties, result) if extracted.commission else None
        known = find_same_event(self.session, extracted, [p.id for p in parties], commission.id if commission else None,
                                article.id)
        if known is not None:
            self.merge_report(known, article.id, text, extracted, result)
            result.merged += 1
            return
        meeting = Meeting(
            article_id=article.id,
            kind=extracted.kind,
            status=extracted.status,
            date=extracted.date,
            title=meeting_title(extracted.kind, extracted.commission, extracted.session_number,
                                [p.name for p in parties], extracted.location),
            location=extracted.location,
            commission_id=commission.id if commission else None,
            session_number=extracted.session_number,
            **self._evidence(text, extracted.evidence),
        )
        self.session.add(meeting)
        self.session.flush()
        result.created["meetings"] += 1
        for party in parties:
            self.session.add(MeetingParty(meeting_id=meeting.id, party_id=party.id, date=extracted.date))
        self.merge_report(meeting, article.id, text, extracted, result, fresh=True)

    def merge_report(self, meeting: Meeting, article_id: int, text: str, extracted: ExtractedMeeting,
                     result: LoadResult, *, fresh: bool = False) -> None:
        """Add one report of `meeting`: its source row, and the people, documents and sectors it
        names that the meeting does not have yet (a `fresh` meeting has none, so nothing is looked up)."""
        if fresh or self.session.get(MeetingSource, (meeting.id, article_id)) is None:
            self.session.add(MeetingSource(meeting_id=meeting.id, article_id=article_id,
                                           **self._evidence(text, extracted.evidence)))
        if meeting.date is None and extracted.date is not None:
            meeting.date = extracted.date
            self.session.execute(update(MeetingParty).where(MeetingParty.meeting_id == meeting.id).values(date=extracted.date))
        if meeting.location is None and extracted.location:
            meeting.location = extracted.location
        sectors = self.sectors()
        have_sectors = set() if fresh else set(
            self.session.scalars(select(MeetingSector.sector_id).where(MeetingSector.meeting_id == meeting.id)))
        for mention in extracted.sectors:
            sector = sectors[mention.slug]
            if sector.id not in have_sectors:
                have_sectors.add(sector.id)
                self.session.add(MeetingSector(meeting_id=meeting.id, sector_id=sector.id, article_id=article_id,
                                               **self._evidence(text, mention.evidence)))
        people_seen = set() if fresh else set(
            self.session.scalars(select(Participant.person_id).where(Participant.meeting_id == meeting.id)))
        for extracted_participant in extracted.participants:
            person = self._person(extracted_participant.name, result)
            if person.id in people_seen:
                continue
            people_seen.add(person.id)
            party = self.party(extracted_participant.party) if extracted_participant.party else None
            self.session.add(
                Participant(
                    article_id=article_id,
                    meeting_id=meeting.id,
                    person_id=person.id,
                    party_id=party.id if party else None,
                    name_as_written=extracted_participant.name,
                    title=extracted_participant.title,
                    **self._evidence(text, extracted_participant.evidence),
                )
            )
            result.created["participants"] += 1
        have_documents = set() if fresh else {(k, t.lower()) for k, t in self.session.execute(
            select(Agreement.kind, Agreement.title).where(Agreement.meeting_id == meeting.id))}
        for agreement in extracted.agreements:
            if (agreement.kind, agreement.title.lower()) in have_documents:
                continue
            have_documents.add((agreement.kind, agreement.title.lower()))
            self.session.add(
                Agreement(
                    article_id=article_id,
                    meeting_id=meeting.id,
                    kind=agreement.kind,
                    title=agreement.title,
                    **self._evidence(text, agreement.evidence),
                )
            )
            result.created["agreements"] += 1
        self.session.flush()

    def _add_trade_figure(self, article: Article, text: str, figure: ExtractedFigure, result: LoadResult) -> None:
        codes = sorted(dict.fromkeys(figure.parties))
        if len(codes) != 2:
            return
        party_a, party_b = (self.party(code) for code in codes)
        start, end = period_bounds(figure.period)
        exporter = self.party(figure.exporter) if figure.exporter in codes else None
        importer = self.party(figure.importer) if figure.importer in codes else None
        self.session.add(
            TradeFigure(
                article_id=article.id,
                party_a_id=party_a.id,
                party_b_id=party_b.id,
                metric=figure.metric,
                value=figure.value,
                currency=figure.currency,
                period=figure.period,
                period_start=start,
                period_end=end,
                approximate=figure.approximate,
                change_pct=figure.change_pct,
                exporter_id=exporter.id if exporter else None,
                importer_id=importer.id if importer else None,
                **self._evidence(text, figure.evidence),
            )
        )
        result.created["trade_figures"] += 1

    def party(self, code: str) -> Party:
        cached = self._parties.get(code)
        if cached is not None:
            return cached
        party = self.session.scalar(select(Party).where(Party.code == code))
        if party is None:
            info = party_info(code)
            if info is None and code in self._introduced:
                info = PartyInfo(code, self._introduced[code], "organization", None)
            if info is None:
                raise UnknownPartyError(f"unknown party code {code!r}")
            parent = self.party(info.parent_code) if info.parent_code else None
            party = Party(code=info.code, name=info.name, kind=info.kind, parent_id=parent.id if parent else None)
            self.session.add(party)
            self.session.flush()
        self._parties[code] = party
        return party

    def sectors(self) -> dict[str, Sector]:
        if self._sectors is None:
            self._sectors = {s.slug: s for s in self.session.scalars(select(Sector))}
        return self._sectors

    def _person(self, name: str, result: LoadResult) -> Person:
        key = name_key(name)
        person = self.session.scalar(select(Person).where(Person.name_key == key))
        if person is None:
            person = Person(name=name, name_key=key, search_text=search_fold(name))
            self.session.add(person)
            self.session.flush()
            result.created["people"] += 1
        known = set(self.session.scalars(select(PersonAlias.alias).where(PersonAlias.person_id == person.id)))
        if name not in known:
            self.session.add(PersonAlias(person_id=person.id, alias=name))
            person.search_text = " | ".join(search_fold(alias) for alias in sorted(known | {name}))
        return person

    def _commission(self, extracted: ExtractedMeeting, parties: list[Party], result: LoadResult) -> Commission:
        assert extracted.commission is not None
        names = [p.name for p in parties] + [p.code.removeprefix("ORG:") for p in parties]
        key = commission_key(extracted.commission, [p.code for p in parties], names)
        commission = self.session.scalar(select(Commission).where(Commission.name_key == key))
        if commission is None:
            commission = Commission(name=extracted.commission, name_key=key)
            self.session.add(commission)
            self.session.flush()
            for party in parties:
                self.session.add(CommissionParty(commission_id=commission.id, party_id=party.id))
            result.created["commissions"] += 1
        elif len(extracted.commission) > len(commission.name):
            commission.name = extracted.commission
        return commission
