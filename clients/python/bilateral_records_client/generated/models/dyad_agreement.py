from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DyadAgreement")


@_attrs_define
class DyadAgreement:
    """
    Attributes:
        id (int):
        kind (str):
        title (str):
        meeting_id (int):
        date (datetime.date | None):
        article_id (int):
        article_url (None | str): The article's URL, when known.
    """

    id: int
    kind: str
    title: str
    meeting_id: int
    date: datetime.date | None
    article_id: int
    article_url: None | str

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

        article_id = self.article_id

        article_url: None | str
        article_url = self.article_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "title": title,
                "meeting_id": meeting_id,
                "date": date,
                "article_id": article_id,
                "article_url": article_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        article_id = d.pop("article_id")

        def _parse_article_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        article_url = _parse_article_url(d.pop("article_url"))

        dyad_agreement = cls(
            id=id,
            kind=kind,
            title=title,
            meeting_id=meeting_id,
            date=date,
            article_id=article_id,
            article_url=article_url,
        )

        return dyad_agreement
