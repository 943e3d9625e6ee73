from typing import Literal

AgreementsListKindType0 = Literal[
    "agreement", "contract", "declaration", "memorandum", "other", "program", "protocol", "roadmap"
]

AGREEMENTS_LIST_KIND_TYPE_0_VALUES: set[AgreementsListKindType0] = {
    "agreement",
    "contract",
    "declaration",
    "memorandum",
    "other",
    "program",
    "protocol",
    "roadmap",
}


def check_agreements_list_kind_type_0(value: str) -> AgreementsListKindType0:
    if value in AGREEMENTS_LIST_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGREEMENTS_LIST_KIND_TYPE_0_VALUES!r}")
