from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProblemParameter")


@_attrs_define
class ProblemParameter:
    """
    Attributes:
        name (str): The parameter.
        in_ (str): query, path or header
        detail (str):
    """

    name: str
    in_: str
    detail: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        in_ = self.in_

        detail = self.detail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "in": in_,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        in_ = d.pop("in")

        detail = d.pop("detail")

        problem_parameter = cls(
            name=name,
            in_=in_,
            detail=detail,
        )

        return problem_parameter
