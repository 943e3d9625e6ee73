from typing import Literal

StatsMeetingsKindItem = Literal[
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
]

STATS_MEETINGS_KIND_ITEM_VALUES: set[StatsMeetingsKindItem] = {
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
}


def check_stats_meetings_kind_item(value: str) -> StatsMeetingsKindItem:
    if value in STATS_MEETINGS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATS_MEETINGS_KIND_ITEM_VALUES!r}")
