from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleReadFields")


@_attrs_define
class ArticleReadFields:
    """ArticleRead with only the fields named in `fields=`.

    Attributes:
        id (int | Unset):
        title (None | str | Unset): Headline, when the file has one.
        source (None | str | Unset): Agency credited in the text.
        url (None | str | Unset):
        published_on (datetime.date | None | Unset):
        dateline (None | str | Unset):
        file_name (None | str | Unset):
        content_hash (str | Unset): SHA-256 of the text; ingesting the same text again adds nothing.
        ingested_at (datetime.datetime | Unset):
        meeting_count (int | Unset):
        relevance (float | None | Unset): With `q`: how well the article matches, higher is better.
        snippet (None | str | Unset): With `q`: a passage with the matches in `<mark>...</mark>` (plain text, not HTML-
            escaped).
    """

    id: int | Unset = UNSET
    title: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    dateline: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    content_hash: str | Unset = UNSET
    ingested_at: datetime.datetime | Unset = UNSET
    meeting_count: int | Unset = UNSET
    relevance: float | None | Unset = UNSET
    snippet: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        dateline: None | str | Unset
        if isinstance(self.dateline, Unset):
            dateline = UNSET
        else:
            dateline = self.dateline

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        content_hash = self.content_hash

        ingested_at: str | Unset = UNSET
        if not isinstance(self.ingested_at, Unset):
            ingested_at = self.ingested_at.isoformat()

        meeting_count = self.meeting_count

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if source is not UNSET:
            field_dict["source"] = source
        if url is not UNSET:
            field_dict["url"] = url
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if dateline is not UNSET:
            field_dict["dateline"] = dateline
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if content_hash is not UNSET:
            field_dict["content_hash"] = content_hash
        if ingested_at is not UNSET:
            field_dict["ingested_at"] = ingested_at
        if meeting_count is not UNSET:
            field_dict["meeting_count"] = meeting_count
        if relevance is not UNSET:
            field_dict["relevance"] = relevance
        if snippet is not UNSET:
            field_dict["snippet"] = snippet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        def _parse_dateline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dateline = _parse_dateline(d.pop("dateline", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        content_hash = d.pop("content_hash", UNSET)

        _ingested_at = d.pop("ingested_at", UNSET)
        ingested_at: datetime.datetime | Unset
        if isinstance(_ingested_at, Unset):
            ingested_at = UNSET
        else:
            ingested_at = datetime.datetime.fromisoformat(_ingested_at)

        meeting_count = d.pop("meeting_count", UNSET)

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

        article_read_fields = cls(
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

        return article_read_fields
