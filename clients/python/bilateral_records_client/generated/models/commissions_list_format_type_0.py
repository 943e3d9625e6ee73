from typing import Literal

CommissionsListFormatType0 = Literal["csv", "json", "ndjson"]

COMMISSIONS_LIST_FORMAT_TYPE_0_VALUES: set[CommissionsListFormatType0] = {
    "csv",
    "json",
    "ndjson",
}


def check_commissions_list_format_type_0(value: str) -> CommissionsListFormatType0:
    if value in COMMISSIONS_LIST_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMMISSIONS_LIST_FORMAT_TYPE_0_VALUES!r}")
