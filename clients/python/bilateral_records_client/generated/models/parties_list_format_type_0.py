from typing import Literal

PartiesListFormatType0 = Literal["csv", "json", "ndjson"]

PARTIES_LIST_FORMAT_TYPE_0_VALUES: set[PartiesListFormatType0] = {
    "csv",
    "json",
    "ndjson",
}


def check_parties_list_format_type_0(value: str) -> PartiesListFormatType0:
    if value in PARTIES_LIST_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTIES_LIST_FORMAT_TYPE_0_VALUES!r}")
