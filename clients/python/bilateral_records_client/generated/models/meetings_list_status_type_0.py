from typing import Literal

MeetingsListStatusType0 = Literal["held", "planned"]

MEETINGS_LIST_STATUS_TYPE_0_VALUES: set[MeetingsListStatusType0] = {
    "held",
    "planned",
}


def check_meetings_list_status_type_0(value: str) -> MeetingsListStatusType0:
    if value in MEETINGS_LIST_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETINGS_LIST_STATUS_TYPE_0_VALUES!r}")
