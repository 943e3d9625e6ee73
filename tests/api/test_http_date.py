"""Last-Modified dates are formatted as the standard library formats them, for every moment."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

from hypothesis import given
from hypothesis import strategies as st

from app.core.http_cache import http_date

OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=OFFSETS))
def test_http_date_is_the_imf_fixdate_of_the_standard_library(moment: datetime) -> None:
    assert http_date(moment) == format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def test_a_known_date() -> None:
    assert http_date(datetime(2024, 4, 17, 9, 5, 3, 999_999, tzinfo=UTC)) == "Wed, 17 Apr 2024 09:05:03 GMT"
