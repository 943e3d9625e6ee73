from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.article_written_status import ArticleWrittenStatus, check_article_written_status

if TYPE_CHECKING:
    from ..models.article_written_created import ArticleWrittenCreated


T = TypeVar("T", bound="ArticleWritten")


@_attrs_define
class ArticleWritten:
    """
    Attributes:
        status (ArticleWrittenStatus): `created` (201), `replaced` (a new text at a known URL), `unchanged` (a text
            already stored); in a batch also `failed`.
        article_id (int | None): The article; null when it failed.
        location (None | str): Its URL in this API.
        created (ArticleWrittenCreated): Records created, by kind (none for `unchanged`).
        merged (int): Meetings it reports that other articles reported first.
    """

    status: ArticleWrittenStatus
    article_id: int | None
    location: None | str
    created: ArticleWrittenCreated
    merged: int

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        article_id: int | None
        article_id = self.article_id

        location: None | str
        location = self.location

        created = self.created.to_dict()

        merged = self.merged

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "article_id": article_id,
                "location": location,
                "created": created,
                "merged": merged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.article_written_created import ArticleWrittenCreated

        d = dict(src_dict)
        status = check_article_written_status(d.pop("status"))

        def _parse_article_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        article_id = _parse_article_id(d.pop("article_id"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        created = ArticleWrittenCreated.from_dict(d.pop("created"))

        merged = d.pop("merged")

        article_written = cls(
            status=status,
            article_id=article_id,
            location=location,
            created=created,
            merged=merged,
        )

        return article_written
