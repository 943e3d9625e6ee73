from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ArticleRead")


@_attrs_define
class ArticleRead:
    """
    Attributes:
        id (int):
        title (None | str): Headline, when the file has one.
        source (None | str): Agency credited in the text.
        url (None | str):
        published_on (datetime.date | None):
        dateline (None | str):
        file_name (None | str):
        content_hash (str): SHA-256 of the text; ingesting the same text again adds nothing.
        ingested_at (datetime.datetime):
        meeting_count (int):
        relevance (float | None): With `q`: how well the article matches, higher is better.
        snippet (None | str): With `q`: a passage with the matches in `<mark>...</mark>` (plain text, not HTML-escaped).
    """

    id: int
    title: None | str
    source: None | str
    url: None | str
    published_on: datetime.date | None
    dateline: None | str
    file_name: None | str
    content_hash: str
    ingested_at: datetime.datetime
    meeting_count: int
    relevance: float | None
    snippet: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: None | str
        title = self.title

        source: None | str
        source = self.source

        url: None | str
        url = self.url

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        dateline: None | str
        dateline = self.dateline

        file_name: None | str
        file_name = self.file_name

        content_hash = self.content_hash

        ingested_at = self.ingested_at.isoformat()

        meeting_count = self.meeting_count

        relevance: float | None
        relevance = self.relevance

        snippet: None | str
        snippet = self.snippet

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "source": source,
                "url": url,
                "published_on": published_on,
                "dateline": dateline,
                "file_name": file_name,
                "content_hash": content_hash,
                "ingested_at": ingested_at,
                "meeting_count": meeting_count,
                "relevance": relevance,
                "snippet": snippet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

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

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

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

        def _parse_dateline(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dateline = _parse_dateline(d.pop("dateline"))

        def _parse_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_name = _parse_file_name(d.pop("file_name"))

        content_hash = d.pop("content_hash")

        ingested_at = datetime.datetime.fromisoformat(d.pop("ingested_at"))

        meeting_count = d.pop("meeting_count")

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

        article_read = cls(
            id=id,
            title=title,
            source=source,
            url=url,
            published_on=published_on,
            dateline=dateline,
            file_name=file_name,
            content_hash=content_hash,
            ingested_at=ingested_at,
            meeting_count=meeting_count,
            relevance=relevance,
            snippet=snippet,
        )

        return article_read
