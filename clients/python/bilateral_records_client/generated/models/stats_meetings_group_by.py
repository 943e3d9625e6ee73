from typing import Literal

StatsMeetingsGroupBy = Literal["kind", "month", "party", "sector", "year"]

STATS_MEETINGS_GROUP_BY_VALUES: set[StatsMeetingsGroupBy] = {
    "kind",
    "month",
    "party",
    "sector",
    "year",
}


def check_stats_meetings_group_by(value: str) -> StatsMeetingsGroupBy:
    if value in STATS_MEETINGS_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATS_MEETINGS_GROUP_BY_VALUES!r}")
