from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.meeting_read import MeetingRead


T = TypeVar("T", bound="MeetingSummary")


@_attrs_define
class MeetingSummary:
    """
    Attributes:
        total (int): Meetings (events) of the dyad; an event reported by several articles counts once.
        reports (int): Articles' reports of those meetings.
        held (int):
        planned (int):
        first (MeetingRead | None): The earliest dated meeting.
        latest (MeetingRead | None): The latest dated meeting.
    """

    total: int
    reports: int
    held: int
    planned: int
    first: MeetingRead | None
    latest: MeetingRead | None

    def to_dict(self) -> dict[str, Any]:
        from ..models.meeting_read import MeetingRead

        total = self.total

        reports = self.reports

        held = self.held

        planned = self.planned

        first: dict[str, Any] | None
        if isinstance(self.first, MeetingRead):
            first = self.first.to_dict()
        else:
            first = self.first

        latest: dict[str, Any] | None
        if isinstance(self.latest, MeetingRead):
            latest = self.latest.to_dict()
        else:
            latest = self.latest

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "total": total,
                "reports": reports,
                "held": held,
                "planned": planned,
                "first": first,
                "latest": latest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meeting_read import MeetingRead

        d = dict(src_dict)
        total = d.pop("total")

        reports = d.pop("reports")

        held = d.pop("held")

        planned = d.pop("planned")

        def _parse_first(data: object) -> MeetingRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_type_0 = MeetingRead.from_dict(data)

                return first_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingRead | None, data)

        first = _parse_first(d.pop("first"))

        def _parse_latest(data: object) -> MeetingRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_type_0 = MeetingRead.from_dict(data)

                return latest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingRead | None, data)

        latest = _parse_latest(d.pop("latest"))

        meeting_summary = cls(
            total=total,
            reports=reports,
            held=held,
            planned=planned,
            first=first,
            latest=latest,
        )

        return meeting_summary
