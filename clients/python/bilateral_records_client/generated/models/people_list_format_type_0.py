from typing import Literal

PeopleListFormatType0 = Literal["csv", "json", "ndjson"]

PEOPLE_LIST_FORMAT_TYPE_0_VALUES: set[PeopleListFormatType0] = {
    "csv",
    "json",
    "ndjson",
}


def check_people_list_format_type_0(value: str) -> PeopleListFormatType0:
    if value in PEOPLE_LIST_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PEOPLE_LIST_FORMAT_TYPE_0_VALUES!r}")
