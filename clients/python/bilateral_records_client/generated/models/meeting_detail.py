from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meeting_detail_kind import MeetingDetailKind, check_meeting_detail_kind
from ..models.meeting_detail_status import MeetingDetailStatus, check_meeting_detail_status

if TYPE_CHECKING:
    from ..models.agreement_brief import AgreementBrief
    from ..models.commission_ref import CommissionRef
    from ..models.evidence import Evidence
    from ..models.participant_read import ParticipantRead
    from ..models.party_ref import PartyRef
    from ..models.sector_mention import SectorMention
    from ..models.source_read import SourceRead


T = TypeVar("T", bound="MeetingDetail")


@_attrs_define
class MeetingDetail:
    """
    Attributes:
        created_at (datetime.datetime): When the record was stored.
        updated_at (datetime.datetime): When the record, or what its detail lists, last changed.
        id (int):
        kind (MeetingDetailKind):
        status (MeetingDetailStatus): `held`, or `planned` as of publication.
        date (datetime.date | None): Day of the event, when the article gives or implies it.
        title (str): A one-line title built from the record.
        location (None | str):
        commission (CommissionRef | None):
        session_number (int | None):
        article_id (int): The first article that reported the meeting.
        article_url (None | str): That article's URL, when known.
        evidence (Evidence): Where in the article a record was read: character offsets and the sentence itself.
        reports (int): How many articles report this meeting (one event, many reports).
        source_article_ids (list[int]): Ids of every article that reports it.
        parties (list[PartyRef]):
        sectors (list[SectorMention]):
        relevance (None): Always null here: a list item's search relevance, kept so a detail has every field of one.
        snippet (None): Always null here: a list item's search snippet, kept so a detail has every field of one.
        sources (list[SourceRead]): Every article that reports the meeting, with its own sentence.
        participants (list[ParticipantRead]):
        agreements (list[AgreementBrief]):
    """

    created_at: datetime.datetime
    updated_at: datetime.datetime
    id: int
    kind: MeetingDetailKind
    status: MeetingDetailStatus
    date: datetime.date | None
    title: str
    location: None | str
    commission: CommissionRef | None
    session_number: int | None
    article_id: int
    article_url: None | str
    evidence: Evidence
    reports: int
    source_article_ids: list[int]
    parties: list[PartyRef]
    sectors: list[SectorMention]
    relevance: None
    snippet: None
    sources: list[SourceRead]
    participants: list[ParticipantRead]
    agreements: list[AgreementBrief]

    def to_dict(self) -> dict[str, Any]:
        from ..models.commission_ref import CommissionRef

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        id = self.id

        kind: str = self.kind

        status: str = self.status

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        title = self.title

        location: None | str
        location = self.location

        commission: dict[str, Any] | None
        if isinstance(self.commission, CommissionRef):
            commission = self.commission.to_dict()
        else:
            commission = self.commission

        session_number: int | None
        session_number = self.session_number

        article_id = self.article_id

        article_url: None | str
        article_url = self.article_url

        evidence = self.evidence.to_dict()

        reports = self.reports

        source_article_ids = self.source_article_ids

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        sectors = []
        for sectors_item_data in self.sectors:
            sectors_item = sectors_item_data.to_dict()
            sectors.append(sectors_item)

        relevance = self.relevance

        snippet = self.snippet

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        agreements = []
        for agreements_item_data in self.agreements:
            agreements_item = agreements_item_data.to_dict()
            agreements.append(agreements_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "updated_at": updated_at,
                "id": id,
                "kind": kind,
                "status": status,
                "date": date,
                "title": title,
                "location": location,
                "commission": commission,
                "session_number": session_number,
                "article_id": article_id,
                "article_url": article_url,
                "evidence": evidence,
                "reports": reports,
                "source_article_ids": source_article_ids,
                "parties": parties,
                "sectors": sectors,
                "relevance": relevance,
                "snippet": snippet,
                "sources": sources,
                "participants": participants,
                "agreements": agreements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agreement_brief import AgreementBrief
        from ..models.commission_ref import CommissionRef
        from ..models.evidence import Evidence
        from ..models.participant_read import ParticipantRead
        from ..models.party_ref import PartyRef
        from ..models.sector_mention import SectorMention
        from ..models.source_read import SourceRead

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        id = d.pop("id")

        kind = check_meeting_detail_kind(d.pop("kind"))

        status = check_meeting_detail_status(d.pop("status"))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date"))

        title = d.pop("title")

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        def _parse_commission(data: object) -> CommissionRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                commission_type_0 = CommissionRef.from_dict(data)

                return commission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommissionRef | None, data)

        commission = _parse_commission(d.pop("commission"))

        def _parse_session_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        session_number = _parse_session_number(d.pop("session_number"))

        article_id = d.pop("article_id")

        def _parse_article_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        article_url = _parse_article_url(d.pop("article_url"))

        evidence = Evidence.from_dict(d.pop("evidence"))

        reports = d.pop("reports")

        source_article_ids = cast(list[int], d.pop("source_article_ids"))

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = PartyRef.from_dict(parties_item_data)

            parties.append(parties_item)

        sectors = []
        _sectors = d.pop("sectors")
        for sectors_item_data in _sectors:
            sectors_item = SectorMention.from_dict(sectors_item_data)

            sectors.append(sectors_item)

        relevance = d.pop("relevance")

        snippet = d.pop("snippet")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceRead.from_dict(sources_item_data)

            sources.append(sources_item)

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ParticipantRead.from_dict(participants_item_data)

            participants.append(participants_item)

        agreements = []
        _agreements = d.pop("agreements")
        for agreements_item_data in _agreements:
            agreements_item = AgreementBrief.from_dict(agreements_item_data)

            agreements.append(agreements_item)

        meeting_detail = cls(
            created_at=created_at,
            updated_at=updated_at,
            id=id,
            kind=kind,
            status=status,
            date=date,
            title=title,
            location=location,
            commission=commission,
            session_number=session_number,
            article_id=article_id,
            article_url=article_url,
            evidence=evidence,
            reports=reports,
            source_article_ids=source_article_ids,
            parties=parties,
            sectors=sectors,
            relevance=relevance,
            snippet=snippet,
            sources=sources,
            participants=participants,
            agreements=agreements,
        )

        return meeting_detail
