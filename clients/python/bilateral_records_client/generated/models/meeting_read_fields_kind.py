from typing import Literal

MeetingReadFieldsKind = Literal[
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
]

MEETING_READ_FIELDS_KIND_VALUES: set[MeetingReadFieldsKind] = {
    "bilateral_meeting",
    "business_forum",
    "commission_session",
    "other",
    "phone_call",
    "signing_ceremony",
    "video_conference",
    "visit",
}


def check_meeting_read_fields_kind(value: str) -> MeetingReadFieldsKind:
    if value in MEETING_READ_FIELDS_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_READ_FIELDS_KIND_VALUES!r}")
