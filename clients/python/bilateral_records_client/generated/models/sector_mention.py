from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="SectorMention")


@_attrs_define
class SectorMention:
    """
    Attributes:
        slug (str):
        label (str):
        article_id (int): The article that names the sector for this meeting.
        evidence (Evidence): Where in the article a record was read: character offsets and the sentence itself.
    """

    slug: str
    label: str
    article_id: int
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        article_id = self.article_id

        evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "label": label,
                "article_id": article_id,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence import Evidence

        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

        article_id = d.pop("article_id")

        evidence = Evidence.from_dict(d.pop("evidence"))

        sector_mention = cls(
            slug=slug,
            label=label,
            article_id=article_id,
            evidence=evidence,
        )

        return sector_mention
