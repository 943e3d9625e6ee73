from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="SourceRead")


@_attrs_define
class SourceRead:
    """
    Attributes:
        article_id (int):
        url (None | str): The article's URL, when known.
        title (None | str):
        source (None | str): The agency or outlet.
        published_on (datetime.date | None):
        evidence (Evidence): Where in the article a record was read: character offsets and the sentence itself.
    """

    article_id: int
    url: None | str
    title: None | str
    source: None | str
    published_on: datetime.date | None
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        url: None | str
        url = self.url

        title: None | str
        title = self.title

        source: None | str
        source = self.source

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "article_id": article_id,
                "url": url,
                "title": title,
                "source": source,
                "published_on": published_on,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence import Evidence

        d = dict(src_dict)
        article_id = d.pop("article_id")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))

        evidence = Evidence.from_dict(d.pop("evidence"))

        source_read = cls(
            article_id=article_id,
            url=url,
            title=title,
            source=source,
            published_on=published_on,
            evidence=evidence,
        )

        return source_read
