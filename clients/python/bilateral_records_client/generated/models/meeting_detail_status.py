from typing import Literal

MeetingDetailStatus = Literal["held", "planned"]

MEETING_DETAIL_STATUS_VALUES: set[MeetingDetailStatus] = {
    "held",
    "planned",
}


def check_meeting_detail_status(value: str) -> MeetingDetailStatus:
    if value in MEETING_DETAIL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_DETAIL_STATUS_VALUES!r}")
