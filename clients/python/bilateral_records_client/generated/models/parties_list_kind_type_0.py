from typing import Literal

PartiesListKindType0 = Literal["country", "organization", "region"]

PARTIES_LIST_KIND_TYPE_0_VALUES: set[PartiesListKindType0] = {
    "country",
    "organization",
    "region",
}


def check_parties_list_kind_type_0(value: str) -> PartiesListKindType0:
    if value in PARTIES_LIST_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTIES_LIST_KIND_TYPE_0_VALUES!r}")
