from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="AgreementRead")


@_attrs_define
class AgreementRead:
    """
    Attributes:
        id (int):
        kind (str): protocol, memorandum, agreement, declaration, roadmap, contract, program or other.
        title (str): As written in the article.
        meeting_id (int):
        date (datetime.date | None): Date of the meeting it was signed at.
        parties (list[str]): Sides of that meeting.
        article_id (int): The article that reports the signing.
        article_url (None | str): That article's URL, when known.
        evidence (Evidence): Where in the article a record was read: character offsets and the sentence itself.
    """

    id: int
    kind: str
    title: str
    meeting_id: int
    date: datetime.date | None
    parties: list[str]
    article_id: int
    article_url: None | str
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        title = self.title

        meeting_id = self.meeting_id

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        parties = self.parties

        article_id = self.article_id

        article_url: None | str
        article_url = self.article_url

        evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "title": title,
                "meeting_id": meeting_id,
                "date": date,
                "parties": parties,
                "article_id": article_id,
                "article_url": article_url,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence import Evidence

        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")

        title = d.pop("title")

        meeting_id = d.pop("meeting_id")

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

        parties = cast(list[str], d.pop("parties"))

        article_id = d.pop("article_id")

        def _parse_article_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        article_url = _parse_article_url(d.pop("article_url"))

        evidence = Evidence.from_dict(d.pop("evidence"))

        agreement_read = cls(
            id=id,
            kind=kind,
            title=title,
            meeting_id=meeting_id,
            date=date,
            parties=parties,
            article_id=article_id,
            article_url=article_url,
            evidence=evidence,
        )

        return agreement_read
