from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Evidence")


@_attrs_define
class Evidence:
    """Where in the article a record was read: character offsets and the sentence itself.

    Attributes:
        start (int): Offset of the sentence's first character in the article text.
        end (int): Offset just past the sentence's last character.
        text (str): The sentence.
    """

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "end": end,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        text = d.pop("text")

        evidence = cls(
            start=start,
            end=end,
            text=text,
        )

        return evidence
