from typing import Literal

StatsMeetingsSectorItem = Literal[
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

STATS_MEETINGS_SECTOR_ITEM_VALUES: set[StatsMeetingsSectorItem] = {
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


def check_stats_meetings_sector_item(value: str) -> StatsMeetingsSectorItem:
    if value in STATS_MEETINGS_SECTOR_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATS_MEETINGS_SECTOR_ITEM_VALUES!r}")
