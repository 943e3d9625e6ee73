from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="AgreementReadFields")


@_attrs_define
class AgreementReadFields:
    """AgreementRead with only the fields named in `fields=`.

    Attributes:
        id (int | Unset):
        kind (str | Unset): protocol, memorandum, agreement, declaration, roadmap, contract, program or other.
        title (str | Unset): As written in the article.
        meeting_id (int | Unset):
        date (datetime.date | None | Unset): Date of the meeting it was signed at.
        parties (list[str] | Unset): Sides of that meeting.
        article_id (int | Unset): The article that reports the signing.
        article_url (None | str | Unset): That article's URL, when known.
        evidence (Evidence | Unset): Where in the article a record was read: character offsets and the sentence itself.
    """

    id: int | Unset = UNSET
    kind: str | Unset = UNSET
    title: str | Unset = UNSET
    meeting_id: int | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    parties: list[str] | Unset = UNSET
    article_id: int | Unset = UNSET
    article_url: None | str | Unset = UNSET
    evidence: Evidence | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        title = self.title

        meeting_id = self.meeting_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        parties: list[str] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = self.parties

        article_id = self.article_id

        article_url: None | str | Unset
        if isinstance(self.article_url, Unset):
            article_url = UNSET
        else:
            article_url = self.article_url

        evidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if title is not UNSET:
            field_dict["title"] = title
        if meeting_id is not UNSET:
            field_dict["meeting_id"] = meeting_id
        if date is not UNSET:
            field_dict["date"] = date
        if parties is not UNSET:
            field_dict["parties"] = parties
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if article_url is not UNSET:
            field_dict["article_url"] = article_url
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence import Evidence

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        kind = d.pop("kind", UNSET)

        title = d.pop("title", UNSET)

        meeting_id = d.pop("meeting_id", UNSET)

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

        parties = cast(list[str], d.pop("parties", UNSET))

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

        agreement_read_fields = cls(
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

        return agreement_read_fields
