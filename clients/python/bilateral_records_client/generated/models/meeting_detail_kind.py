from typing import Literal

MeetingDetailKind = Literal[
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
]

MEETING_DETAIL_KIND_VALUES: set[MeetingDetailKind] = {
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
}


def check_meeting_detail_kind(value: str) -> MeetingDetailKind:
    if value in MEETING_DETAIL_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_DETAIL_KIND_VALUES!r}")
