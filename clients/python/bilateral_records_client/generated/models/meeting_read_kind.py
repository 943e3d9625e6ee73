from typing import Literal

MeetingReadKind = Literal[
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
]

MEETING_READ_KIND_VALUES: set[MeetingReadKind] = {
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
}


def check_meeting_read_kind(value: str) -> MeetingReadKind:
    if value in MEETING_READ_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_READ_KIND_VALUES!r}")
