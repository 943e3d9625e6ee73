"""Dates in running text: explicit days, weekdays relative to publication, and report periods."""
from __future__ import annotations

import re
from datetime import date, timedelta

from app.ingest.extract.text import MONTH_RE, MONTHS

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})(?:,?\s+(\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_WEEKDAY = re.compile(r"\b(?i:on|this|last|next)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_TODAY = re.compile(r"\b(?:today|tonight)\b", re.I)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
_SAME_DAY = re.compile(r"\b(?:(?:on\s+)?the same day|later that day|that day|same day|later on the same day|then)\b", re.I)

_HALVES = {"first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3), "second quarter": (4, 6),
           "third quarter": (7, 9), "fourth quarter": (10, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
           "h1": (1, 6), "h2": (7, 12), "nine months": (1, 9), "first nine months": (1, 9),
           "six months": (1, 6), "first six months": (1, 6), "eleven months": (1, 11), "ten months": (1, 10),
           "eight months": (1, 8), "seven months": (1, 7), "five months": (1, 5), "four months": (1, 4),
           "three months": (1, 3), "two months": (1, 2)}
PERIOD_RE = re.compile(
    rf"\b(?:(?P<m1>{MONTH_RE})\s*[-–—]\s*(?P<m2>{MONTH_RE})|(?P<part>(?:the\s+)?(?:first|second|third|fourth)\s+(?:half|quarter)"
    rf"|Q[1-4]|H[12]|(?:first\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months)(?:\s+of)?"
    rf"|(?P<m0>{MONTH_RE}))\s*,?\s*(?P<y>(?:19|20)\d\d)\b"
    r"|\b(?:in|of|for|during|over)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+year\s+|FY\s*)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–—/]\s*\d)"
    r"|^\s*(?P<lead>(?:19|20)\d\d)\b"
    r"|\b(?P<rel>last year|this year|the previous year|since the beginning of (?:the|this) year|the past year|a year earlier)\b"
    r"|\b(?P<same>(?:over|for|in|during) the same period)\b",
    re.I,
)


def explicit_day(text: str, default_year: int | None) -> date | None:
    for rx, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        m = rx.search(text)
        if not m:
            continue
        day, month = (m[1], m[2]) if order == "dm" else (m[2], m[1])
        year = int(m[3]) if m[3] else default_year
        if year is None:
            return None
        try:
            return date(year, MONTHS[month.lower()], int(day))
        except ValueError:
            return None
    return None


def weekday(text: str, published: date | None, planned: bool) -> date | None | bool:
    """The date a weekday names; False when the text names no weekday."""
    m = _WEEKDAY.search(text)
    if not m:
        return False
    if published is None:
        return None
    target = _WEEKDAYS.index(m[1].lower())
    delta = (target - published.weekday()) % 7
    return published + timedelta(days=delta) if planned else published - timedelta(days=(-delta) % 7)


def says_today(text: str) -> bool:
    return bool(_TODAY.search(text))


def says_yesterday(text: str) -> bool:
    return bool(_YESTERDAY.search(text))


def says_same_day(text: str) -> bool:
    return bool(_SAME_DAY.search(text))


def period(m: re.Match[str], published: date | None) -> str | None | bool:
    """A `PERIOD_RE` match as YYYY / YYYY-MM / YYYY-MM/YYYY-MM; True means "as before"."""
    if m["same"]:
        return True
    if m["rel"]:
        if published is None:
            return None
        rel = m["rel"].lower()
        year = published.year - 1 if rel in ("last year", "the previous year", "the past year", "a year earlier") else published.year
        return str(year)
    if m["year"] or m["lead"]:
        return m["year"] or m["lead"]
    y = m["y"]
    if m["m1"]:
        a, b = MONTHS[m["m1"].lower()], MONTHS[m["m2"].lower()]
        return f"{y}-{a:02d}/{y}-{b:02d}" if a != b else f"{y}-{a:02d}"
    if m["m0"]:
        return f"{y}-{MONTHS[m['m0'].lower()]:02d}"
    part = re.sub(r"\s+", " ", m["part"].lower()).removeprefix("the ")
    a, b = _HALVES.get(part, _HALVES.get(part.removeprefix("first "), (1, 12)))
    return f"{y}-{a:02d}/{y}-{b:02d}"
