from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="ParticipantRead")


@_attrs_define
class ParticipantRead:
    """
    Attributes:
        person_id (int):
        name (str): Canonical name of the person.
        name_as_written (str):
        title (None | str): Title as written in the article.
        party (None | str): Code of the side represented.
        article_id (int): The article that names this person here.
        evidence (Evidence): Where in the article a record was read: character offsets and the sentence itself.
    """

    person_id: int
    name: str
    name_as_written: str
    title: None | str
    party: None | str
    article_id: int
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        name = self.name

        name_as_written = self.name_as_written

        title: None | str
        title = self.title

        party: None | str
        party = self.party

        article_id = self.article_id

        evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "name": name,
                "name_as_written": name_as_written,
                "title": title,
                "party": party,
                "article_id": article_id,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence import Evidence

        d = dict(src_dict)
        person_id = d.pop("person_id")

        name = d.pop("name")

        name_as_written = d.pop("name_as_written")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_party(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        party = _parse_party(d.pop("party"))

        article_id = d.pop("article_id")

        evidence = Evidence.from_dict(d.pop("evidence"))

        participant_read = cls(
            person_id=person_id,
            name=name,
            name_as_written=name_as_written,
            title=title,
            party=party,
            article_id=article_id,
            evidence=evidence,
        )

        return participant_read
