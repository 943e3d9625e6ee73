from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="AgreementBrief")


@_attrs_define
class AgreementBrief:
    """
    Attributes:
        id (int):
        kind (str):
        title (str):
        article_id (int): The article that reports the signing.
        evidence (Evidence): Where in the article a record was read: character offsets and the sentence itself.
    """

    id: int
    kind: str
    title: str
    article_id: int
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        title = self.title

        article_id = self.article_id

        evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "title": title,
                "article_id": article_id,
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

        article_id = d.pop("article_id")

        evidence = Evidence.from_dict(d.pop("evidence"))

        agreement_brief = cls(
            id=id,
            kind=kind,
            title=title,
            article_id=article_id,
            evidence=evidence,
        )

        return agreement_brief
