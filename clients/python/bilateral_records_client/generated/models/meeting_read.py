from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meeting_read_kind import MeetingReadKind, check_meeting_read_kind
from ..models.meeting_read_status import MeetingReadStatus, check_meeting_read_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agreement_brief import AgreementBrief
    from ..models.commission_ref import CommissionRef
    from ..models.evidence import Evidence
    from ..models.participant_read import ParticipantRead
    from ..models.source_read import SourceRead


T = TypeVar("T", bound="MeetingRead")


@_attrs_define
class MeetingRead:
    """
    Attributes:
        id (int):
        kind (MeetingReadKind):
        status (MeetingReadStatus): `held`, or `planned` as of publication.
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
        parties (list[str]): Codes of the sides.
        sectors (list[str]): Sectors discussed at this meeting: those named in the sentences that report it (its own,
            and the ones after it until another event is introduced), merged over its reports.
        relevance (float | None): With `q`: how well the source article matches, higher is better.
        snippet (None | str): With `q`: a passage of the source article with the matches in `<mark>...</mark>` (plain
            text, not HTML-escaped).
        participants (list[ParticipantRead] | None | Unset): With `include=participants`: the people who took part, as
            in the meeting's detail.
        agreements (list[AgreementBrief] | None | Unset): With `include=agreements`: the documents signed, as in the
            meeting's detail.
        sources (list[SourceRead] | None | Unset): With `include=sources`: every article that reports the meeting, with
            its own sentence.
    """

    id: int
    kind: MeetingReadKind
    status: MeetingReadStatus
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
    parties: list[str]
    sectors: list[str]
    relevance: float | None
    snippet: None | str
    participants: list[ParticipantRead] | None | Unset = UNSET
    agreements: list[AgreementBrief] | None | Unset = UNSET
    sources: list[SourceRead] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.commission_ref import CommissionRef

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

        parties = self.parties

        sectors = self.sectors

        relevance: float | None
        relevance = self.relevance

        snippet: None | str
        snippet = self.snippet

        participants: list[dict[str, Any]] | None | Unset
        if isinstance(self.participants, Unset):
            participants = UNSET
        elif isinstance(self.participants, list):
            participants = []
            for participants_type_0_item_data in self.participants:
                participants_type_0_item = participants_type_0_item_data.to_dict()
                participants.append(participants_type_0_item)

        else:
            participants = self.participants

        agreements: list[dict[str, Any]] | None | Unset
        if isinstance(self.agreements, Unset):
            agreements = UNSET
        elif isinstance(self.agreements, list):
            agreements = []
            for agreements_type_0_item_data in self.agreements:
                agreements_type_0_item = agreements_type_0_item_data.to_dict()
                agreements.append(agreements_type_0_item)

        else:
            agreements = self.agreements

        sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.sources, Unset):
            sources = UNSET
        elif isinstance(self.sources, list):
            sources = []
            for sources_type_0_item_data in self.sources:
                sources_type_0_item = sources_type_0_item_data.to_dict()
                sources.append(sources_type_0_item)

        else:
            sources = self.sources

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
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
            }
        )
        if participants is not UNSET:
            field_dict["participants"] = participants
        if agreements is not UNSET:
            field_dict["agreements"] = agreements
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agreement_brief import AgreementBrief
        from ..models.commission_ref import CommissionRef
        from ..models.evidence import Evidence
        from ..models.participant_read import ParticipantRead
        from ..models.source_read import SourceRead

        d = dict(src_dict)
        id = d.pop("id")

        kind = check_meeting_read_kind(d.pop("kind"))

        status = check_meeting_read_status(d.pop("status"))

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

        parties = cast(list[str], d.pop("parties"))

        sectors = cast(list[str], d.pop("sectors"))

        def _parse_relevance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        relevance = _parse_relevance(d.pop("relevance"))

        def _parse_snippet(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        snippet = _parse_snippet(d.pop("snippet"))

        def _parse_participants(data: object) -> list[ParticipantRead] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                participants_type_0 = []
                _participants_type_0 = data
                for participants_type_0_item_data in _participants_type_0:
                    participants_type_0_item = ParticipantRead.from_dict(participants_type_0_item_data)

                    participants_type_0.append(participants_type_0_item)

                return participants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ParticipantRead] | None | Unset, data)

        participants = _parse_participants(d.pop("participants", UNSET))

        def _parse_agreements(data: object) -> list[AgreementBrief] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agreements_type_0 = []
                _agreements_type_0 = data
                for agreements_type_0_item_data in _agreements_type_0:
                    agreements_type_0_item = AgreementBrief.from_dict(agreements_type_0_item_data)

                    agreements_type_0.append(agreements_type_0_item)

                return agreements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgreementBrief] | None | Unset, data)

        agreements = _parse_agreements(d.pop("agreements", UNSET))

        def _parse_sources(data: object) -> list[SourceRead] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sources_type_0 = []
                _sources_type_0 = data
                for sources_type_0_item_data in _sources_type_0:
                    sources_type_0_item = SourceRead.from_dict(sources_type_0_item_data)

                    sources_type_0.append(sources_type_0_item)

                return sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SourceRead] | None | Unset, data)

        sources = _parse_sources(d.pop("sources", UNSET))

        meeting_read = cls(
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
            participants=participants,
            agreements=agreements,
            sources=sources,
        )

        return meeting_read
