"""Date stamps as pages print them: numeric, ISO, day-month-year in English, and other languages.

Numeric and English shapes are read here, cheaply; a stamp in another language ("7 февраля
2021 г.", "9 ივნისი 2022") goes to dateparser, which knows the month names of some 200 locales.
It is only asked about a short day-word-year candidate, so it is neither slow nor fooled by the
rest of the line.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from app.ingest.extract.text import MONTHS

_MONTH_WORDS = {**MONTHS, **{m[:3]: i for m, i in MONTHS.items()}, "sept": 9}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DIGIT = re.compile(r"\d")
_ISO = re.compile(r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b")
_DMY_NUM = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b")
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})(?:,?\s+((?:19|20)\d\d))?\b", re.I)
_MDY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:,?\s+|/)((?:19|20)\d\d)\b)?", re.I)
_FOREIGN = re.compile(r"\b(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d)\b|((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def full_date(text: str) -> date | None:
    """The first date with day, month and year in `text`, or None."""
    found = find_date(text)
    return found[0] if found else None


def find_date(text: str) -> tuple[date, int, int] | None:
    """The first date with day, month and year in `text`, with its offsets."""
    if not _DIGIT.search(text):
        return None
    d: date | None = None
    if m := _ISO.search(text):
        d = _make(int(m[1]), int(m[2]), int(m[3]))
    elif m := _DMY_NUM.search(text):
        day, month = int(m[1]), int(m[2])
        if month > 12 >= day:  # 03/14/2023 can only be month-first
            day, month = month, day
        d = _make(int(m[3]), month, day)
    elif (m := _DMY.search(text)) and m[3]:
        d = _make(int(m[3]), _month(m[2]), int(m[1]))
    elif (m := _MDY.search(text)) and m[3]:
        d = _make(int(m[3]), _month(m[1]), int(m[2]))
    elif (m := _FOREIGN.search(text)) and not (m[2] and m[2].lower().rstrip(".") in _MONTH_WORDS):
        d = _foreign(m.group())
    return (d, m.start(), m.end()) if d and m else None


def month_day(text: str, pos: int) -> tuple[tuple[int, int], date | None, int] | None:
    """A dateline's date at `pos`: ((month, day), the full date when a year is given, end offset)."""
    for rx in (_ISO, _DMY_NUM):
        m = rx.match(text, pos)
        if m:
            d = full_date(m.group())
            return ((d.month, d.day), d, m.end()) if d else None
    if m := _MDY.match(text, pos):
        month, day, year = _month(m[1]), int(m[2]), m[3]
    elif m := _DMY.match(text, pos):
        month, day, year = _month(m[2]), int(m[1]), m[3]
    else:
        return None
    if not 1 <= day <= 31:
        return None
    return (month, day), _make(int(year), month, day) if year else None, m.end()


def _month(word: str) -> int:
    return _MONTH_WORDS[word.lower().rstrip(".")]


@lru_cache(maxsize=1024)
def _foreign(candidate: str) -> date | None:
    import dateparser  # imported on first use: most pages never need it

    parsed = dateparser.parse(
        candidate,
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed else None


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
