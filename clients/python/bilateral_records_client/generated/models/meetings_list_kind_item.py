from typing import Literal

MeetingsListKindItem = Literal[
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
]

MEETINGS_LIST_KIND_ITEM_VALUES: set[MeetingsListKindItem] = {
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
}


def check_meetings_list_kind_item(value: str) -> MeetingsListKindItem:
    if value in MEETINGS_LIST_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETINGS_LIST_KIND_ITEM_VALUES!r}")
