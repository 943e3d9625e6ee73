from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticlesCreateJsonArticlePost")


@_attrs_define
class ArticlesCreateJsonArticlePost:
    """One article as JSON; the same fields as a line of a JSON Lines file.

    Attributes:
        text (str): The article text (at most 2,000,000 bytes as UTF-8).
        url (None | str | Unset): http(s) URL; identifies the article: a new text here replaces the old.
        title (None | str | Unset):
        source (None | str | Unset):
        published_on (None | str | Unset): YYYY-MM-DD
    """

    text: str
    url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    published_on: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

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

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        else:
            published_on = self.published_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if source is not UNSET:
            field_dict["source"] = source
        if published_on is not UNSET:
            field_dict["published_on"] = published_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

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

        def _parse_published_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        articles_create_json_article_post = cls(
            text=text,
            url=url,
            title=title,
            source=source,
            published_on=published_on,
        )

        return articles_create_json_article_post
