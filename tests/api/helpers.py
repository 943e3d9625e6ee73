"""Naming meetings in expectations: factory meetings by their unique location, the seed's by
kind and status (unique within the seed)."""
from __future__ import annotations

from typing import Any

FACTORY_LOCATIONS = {"Moscow", "Samarkand", "Astana", "Kazan", "Brussels"}


def label(meeting: dict[str, Any]) -> str:
    if meeting["location"] in FACTORY_LOCATIONS:
        return meeting["location"]
    return f"seed {meeting['kind']} {meeting['status']}"


SEED_MEETINGS = {
    "seed bilateral_meeting held",
    "seed bilateral_meeting planned",
    "seed commission_session held",
    "seed visit held",
}


def labels(body: dict[str, Any]) -> set[str]:
    return {label(m) for m in body["items"]}
