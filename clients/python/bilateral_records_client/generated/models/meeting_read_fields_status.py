from typing import Literal

MeetingReadFieldsStatus = Literal["held", "planned"]

MEETING_READ_FIELDS_STATUS_VALUES: set[MeetingReadFieldsStatus] = {
    "held",
    "planned",
}


def check_meeting_read_fields_status(value: str) -> MeetingReadFieldsStatus:
    if value in MEETING_READ_FIELDS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_READ_FIELDS_STATUS_VALUES!r}")
