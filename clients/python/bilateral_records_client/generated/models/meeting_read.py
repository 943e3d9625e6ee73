from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meeting_read_kind import MeetingReadKind, check_meeting_read_kind
from ..models.meeting_read_status import MeetingReadStatus, check_meeting_read_status

if TYPE_CHECKING:
    from ..models.commission_ref import CommissionRef
    from ..models.evidence import Evidence


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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commission_ref import CommissionRef
        from ..models.evidence import Evidence

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
        )

        return meeting_read
