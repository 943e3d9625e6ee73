from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ArticleDeleted")


@_attrs_define
class ArticleDeleted:
    """
    Attributes:
        status (Literal['deleted']):
        article_id (int):
        meetings_removed (int): Meetings only this article reported.
        meetings_kept (int): Meetings other articles also report: they stay, on those reports.
    """

    status: Literal["deleted"]
    article_id: int
    meetings_removed: int
    meetings_kept: int

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        article_id = self.article_id

        meetings_removed = self.meetings_removed

        meetings_kept = self.meetings_kept

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "article_id": article_id,
                "meetings_removed": meetings_removed,
                "meetings_kept": meetings_kept,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = cast(Literal["deleted"], d.pop("status"))
        if status != "deleted":
            raise ValueError(f"status must match const 'deleted', got '{status}'")

        article_id = d.pop("article_id")

        meetings_removed = d.pop("meetings_removed")

        meetings_kept = d.pop("meetings_kept")

        article_deleted = cls(
            status=status,
            article_id=article_id,
            meetings_removed=meetings_removed,
            meetings_kept=meetings_kept,
        )

        return article_deleted
