from typing import Literal

MeetingsListFormatType0 = Literal["csv", "json", "ndjson"]

MEETINGS_LIST_FORMAT_TYPE_0_VALUES: set[MeetingsListFormatType0] = {
    "csv",
    "json",
    "ndjson",
}


def check_meetings_list_format_type_0(value: str) -> MeetingsListFormatType0:
    if value in MEETINGS_LIST_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETINGS_LIST_FORMAT_TYPE_0_VALUES!r}")
