from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meeting_read_fields_kind import MeetingReadFieldsKind, check_meeting_read_fields_kind
from ..models.meeting_read_fields_status import MeetingReadFieldsStatus, check_meeting_read_fields_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agreement_brief import AgreementBrief
    from ..models.commission_ref import CommissionRef
    from ..models.evidence import Evidence
    from ..models.participant_read import ParticipantRead
    from ..models.source_read import SourceRead


T = TypeVar("T", bound="MeetingReadFields")


@_attrs_define
class MeetingReadFields:
    """MeetingRead with only the fields named in `fields=`.

    Attributes:
        id (int | Unset):
        kind (MeetingReadFieldsKind | Unset):
        status (MeetingReadFieldsStatus | Unset): `held`, or `planned` as of publication.
        date (datetime.date | None | Unset): Day of the event, when the article gives or implies it.
        title (str | Unset): A one-line title built from the record.
        location (None | str | Unset):
        commission (CommissionRef | None | Unset):
        session_number (int | None | Unset):
        article_id (int | Unset): The first article that reported the meeting.
        article_url (None | str | Unset): That article's URL, when known.
        evidence (Evidence | Unset): Where in the article a record was read: character offsets and the sentence itself.
        reports (int | Unset): How many articles report this meeting (one event, many reports).
        source_article_ids (list[int] | Unset): Ids of every article that reports it.
        parties (list[str] | Unset): Codes of the sides.
        sectors (list[str] | Unset): Sectors discussed at this meeting: those named in the sentences that report it (its
            own, and the ones after it until another event is introduced), merged over its reports.
        relevance (float | None | Unset): With `q`: how well the source article matches, higher is better.
        snippet (None | str | Unset): With `q`: a passage of the source article with the matches in `<mark>...</mark>`
            (plain text, not HTML-escaped).
        participants (list[ParticipantRead] | None | Unset): With `include=participants`: the people who took part, as
            in the meeting's detail.
        agreements (list[AgreementBrief] | None | Unset): With `include=agreements`: the documents signed, as in the
            meeting's detail.
        sources (list[SourceRead] | None | Unset): With `include=sources`: every article that reports the meeting, with
            its own sentence.
    """

    id: int | Unset = UNSET
    kind: MeetingReadFieldsKind | Unset = UNSET
    status: MeetingReadFieldsStatus | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    title: str | Unset = UNSET
    location: None | str | Unset = UNSET
    commission: CommissionRef | None | Unset = UNSET
    session_number: int | None | Unset = UNSET
    article_id: int | Unset = UNSET
    article_url: None | str | Unset = UNSET
    evidence: Evidence | Unset = UNSET
    reports: int | Unset = UNSET
    source_article_ids: list[int] | Unset = UNSET
    parties: list[str] | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    relevance: float | None | Unset = UNSET
    snippet: None | str | Unset = UNSET
    participants: list[ParticipantRead] | None | Unset = UNSET
    agreements: list[AgreementBrief] | None | Unset = UNSET
    sources: list[SourceRead] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.commission_ref import CommissionRef

        id = self.id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        title = self.title

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        commission: dict[str, Any] | None | Unset
        if isinstance(self.commission, Unset):
            commission = UNSET
        elif isinstance(self.commission, CommissionRef):
            commission = self.commission.to_dict()
        else:
            commission = self.commission

        session_number: int | None | Unset
        if isinstance(self.session_number, Unset):
            session_number = UNSET
        else:
            session_number = self.session_number

        article_id = self.article_id

        article_url: None | str | Unset
        if isinstance(self.article_url, Unset):
            article_url = UNSET
        else:
            article_url = self.article_url

        evidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence.to_dict()

        reports = self.reports

        source_article_ids: list[int] | Unset = UNSET
        if not isinstance(self.source_article_ids, Unset):
            source_article_ids = self.source_article_ids

        parties: list[str] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = self.parties

        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = self.sectors

        relevance: float | None | Unset
        if isinstance(self.relevance, Unset):
            relevance = UNSET
        else:
            relevance = self.relevance

        snippet: None | str | Unset
        if isinstance(self.snippet, Unset):
            snippet = UNSET
        else:
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

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date
        if title is not UNSET:
            field_dict["title"] = title
        if location is not UNSET:
            field_dict["location"] = location
        if commission is not UNSET:
            field_dict["commission"] = commission
        if session_number is not UNSET:
            field_dict["session_number"] = session_number
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if article_url is not UNSET:
            field_dict["article_url"] = article_url
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if reports is not UNSET:
            field_dict["reports"] = reports
        if source_article_ids is not UNSET:
            field_dict["source_article_ids"] = source_article_ids
        if parties is not UNSET:
            field_dict["parties"] = parties
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if relevance is not UNSET:
            field_dict["relevance"] = relevance
        if snippet is not UNSET:
            field_dict["snippet"] = snippet
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
        id = d.pop("id", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: MeetingReadFieldsKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_meeting_read_fields_kind(_kind)

        _status = d.pop("status", UNSET)
        status: MeetingReadFieldsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_meeting_read_fields_status(_status)

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        title = d.pop("title", UNSET)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_commission(data: object) -> CommissionRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                commission_type_0 = CommissionRef.from_dict(data)

                return commission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommissionRef | None | Unset, data)

        commission = _parse_commission(d.pop("commission", UNSET))

        def _parse_session_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        session_number = _parse_session_number(d.pop("session_number", UNSET))

        article_id = d.pop("article_id", UNSET)

        def _parse_article_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        article_url = _parse_article_url(d.pop("article_url", UNSET))

        _evidence = d.pop("evidence", UNSET)
        evidence: Evidence | Unset
        if isinstance(_evidence, Unset):
            evidence = UNSET
        else:
            evidence = Evidence.from_dict(_evidence)

        reports = d.pop("reports", UNSET)

        source_article_ids = cast(list[int], d.pop("source_article_ids", UNSET))

        parties = cast(list[str], d.pop("parties", UNSET))

        sectors = cast(list[str], d.pop("sectors", UNSET))

        def _parse_relevance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        relevance = _parse_relevance(d.pop("relevance", UNSET))

        def _parse_snippet(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snippet = _parse_snippet(d.pop("snippet", UNSET))

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

        meeting_read_fields = cls(
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

        return meeting_read_fields
