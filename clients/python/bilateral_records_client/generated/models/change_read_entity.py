from typing import Literal

ChangeReadEntity = Literal["agreement", "article", "commission", "meeting", "party", "person", "trade_figure"]

CHANGE_READ_ENTITY_VALUES: set[ChangeReadEntity] = {
    "agreement",
    "article",
    "commission",
    "meeting",
    "party",
    "person",
    "trade_figure",
}


def check_change_read_entity(value: str) -> ChangeReadEntity:
    if value in CHANGE_READ_ENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGE_READ_ENTITY_VALUES!r}")
