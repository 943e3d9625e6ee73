from typing import Literal

SectorsListFormatType0 = Literal["csv", "json", "ndjson"]

SECTORS_LIST_FORMAT_TYPE_0_VALUES: set[SectorsListFormatType0] = {
    "csv",
    "json",
    "ndjson",
}


def check_sectors_list_format_type_0(value: str) -> SectorsListFormatType0:
    if value in SECTORS_LIST_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SECTORS_LIST_FORMAT_TYPE_0_VALUES!r}")
