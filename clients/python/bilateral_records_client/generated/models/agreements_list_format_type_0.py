from typing import Literal

AgreementsListFormatType0 = Literal["csv", "json", "ndjson"]

AGREEMENTS_LIST_FORMAT_TYPE_0_VALUES: set[AgreementsListFormatType0] = {
    "csv",
    "json",
    "ndjson",
}


def check_agreements_list_format_type_0(value: str) -> AgreementsListFormatType0:
    if value in AGREEMENTS_LIST_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGREEMENTS_LIST_FORMAT_TYPE_0_VALUES!r}")
