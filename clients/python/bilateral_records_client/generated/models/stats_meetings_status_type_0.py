from typing import Literal

StatsMeetingsStatusType0 = Literal["held", "planned"]

STATS_MEETINGS_STATUS_TYPE_0_VALUES: set[StatsMeetingsStatusType0] = {
    "held",
    "planned",
}


def check_stats_meetings_status_type_0(value: str) -> StatsMeetingsStatusType0:
    if value in STATS_MEETINGS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATS_MEETINGS_STATUS_TYPE_0_VALUES!r}")
