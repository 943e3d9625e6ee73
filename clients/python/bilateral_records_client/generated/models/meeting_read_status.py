from typing import Literal

MeetingReadStatus = Literal["held", "planned"]

MEETING_READ_STATUS_VALUES: set[MeetingReadStatus] = {
    "held",
    "planned",
}


def check_meeting_read_status(value: str) -> MeetingReadStatus:
    if value in MEETING_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_READ_STATUS_VALUES!r}")
