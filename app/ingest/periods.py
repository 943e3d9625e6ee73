"""Period labels of trade figures ("2023", "2024-01", "2024-01/2024-09") as date ranges."""
from __future__ import annotations

import calendar
from datetime import date


def _month_start(label: str) -> date:
    year, _, month = label.partition("-")
    return date(int(year), int(month or 1), 1)


def _month_end(label: str) -> date:
    year, _, month = label.partition("-")
    y, m = int(year), int(month or 12)
    return date(y, m, calendar.monthrange(y, m)[1])


def period_bounds(period: str | None) -> tuple[date | None, date | None]:
    """First and last day of a period label; (None, None) for no period or a malformed one."""
    if not period:
        return None, None
    first, _, last = period.partition("/")
    try:
        return _month_start(first), _month_end(last or first)
    except ValueError:
        return None, None
