"""A readable one-line title for a meeting, built from its fields."""
from __future__ import annotations

KIND_LABELS = {
    "bilateral_meeting": "Meeting",
    "commission_session": "Session",
    "business_forum": "Business forum",
    "visit": "Visit",
    "phone_call": "Phone call",
    "video_conference": "Video conference",
    "signing_ceremony": "Signing ceremony",
    "other": "Event",
}


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def meeting_title(
    kind: str, commission: str | None, session_number: int | None, party_names: list[str], location: str | None
) -> str:
    """"4th session of the Joint Commission ...", or "Meeting: Azerbaijan – Tatarstan, Baku"."""
    if commission:
        return f"{ordinal(session_number)} session of the {commission}" if session_number else f"Session of the {commission}"
    title = f"{KIND_LABELS.get(kind, 'Event')}: {' – '.join(party_names)}"
    return f"{title}, {location}" if location else title
