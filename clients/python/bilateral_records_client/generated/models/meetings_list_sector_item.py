from typing import Literal

MeetingsListSectorItem = Literal[
    "agriculture",
    "construction",
    "culture",
    "defense",
    "education",
    "energy",
    "environment",
    "finance",
    "health",
    "humanitarian",
    "ict",
    "industry",
    "innovation",
    "investment",
    "logistics",
    "other",
    "science",
    "smes",
    "sports",
    "tourism",
    "trade",
    "transport",
]

MEETINGS_LIST_SECTOR_ITEM_VALUES: set[MeetingsListSectorItem] = {
    "agriculture",
    "construction",
    "culture",
    "defense",
    "education",
    "energy",
    "environment",
    "finance",
    "health",
    "humanitarian",
    "ict",
    "industry",
    "innovation",
    "investment",
    "logistics",
    "other",
    "science",
    "smes",
    "sports",
    "tourism",
    "trade",
    "transport",
}


def check_meetings_list_sector_item(value: str) -> MeetingsListSectorItem:
    if value in MEETINGS_LIST_SECTOR_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETINGS_LIST_SECTOR_ITEM_VALUES!r}")
