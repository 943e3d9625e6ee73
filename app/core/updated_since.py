"""`updated_since`, the filter every list takes to fetch only what changed since a moment."""
from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Query
from pydantic import AfterValidator, BeforeValidator
from pydantic_core import PydanticCustomError

_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?"
_ISO_DATETIME = re.compile(_PATTERN)


def _iso_datetime_text(value: Any) -> Any:
    # Without this a number would pass as a Unix time stamp.
    if not isinstance(value, str) or _ISO_DATETIME.fullmatch(value) is None:
        raise PydanticCustomError(
            "datetime_format", "must be a date and time as YYYY-MM-DDTHH:MM[:SS[.ffffff]], with Z or an offset (UTC when none)"
        )
    return value


def _in_utc(value: datetime) -> datetime:
    # Timestamps are stored in UTC; SQLite compares them as text, so the bound value must be UTC too.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UpdatedSince = Annotated[
    datetime | None,
    BeforeValidator(_iso_datetime_text),
    AfterValidator(lambda value: None if value is None else _in_utc(value)),
    Query(
        description="Only records created or updated at or after this moment (ISO 8601; UTC without an offset). "
        "A record is updated when it, or what its detail lists, changes; deletions are in `/v1/changes`.",
        examples=["2026-11-29T18:00:00Z"],
        json_schema_extra={"pattern": f"^{_PATTERN}$"},
    ),
]
