"""Dates in running text: explicit days, weekdays relative to publication, and report periods."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from app.ingest.extract.text import MONTH_RE, MONTHS

_MONTH_BY_PREFIX = {name[:3]: number for name, number in MONTHS.items()}

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})(?:,?\s+(\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_WEEKDAY = re.compile(r"\b(?i:on|this|last|next)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_TODAY = re.compile(r"\b(?:today|tonight)\b", re.I)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
_SAME_DAY = re.compile(
    r"\b(?:(?:on\s+)?the same day|(?:later|earlier)\s+(?:that|in\s+the|the\s+same)\s+(?:day|morning|afternoon|evening)|"
    r"that (?:day|afternoon|evening)|same day|later on the same day|then)\b",
    re.I,
)

# Parts of a year by name: (first month, last month).
_HALVES = {"first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3), "second quarter": (4, 6),
           "third quarter": (7, 9), "fourth quarter": (10, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9),
           "q4": (10, 12), "1q": (1, 3), "2q": (4, 6), "3q": (7, 9), "4q": (10, 12), "h1": (1, 6), "h2": (7, 12),
           "1h": (1, 6), "2h": (7, 12)}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12}
_MON = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
        r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_YEAR = r"(?:19|20)\d\d"
_TO = r"(?:[-–—]|\s(?:to|through|thru|till|until)\s)"
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
_PART = rf"(?:first|second|third|fourth)\s+(?:half|quarter)|Q[1-4]|H[12]|[1-4]Q|[12]H|(?:first\s+)?{_COUNT}\s+months"
_SAME_PERIOD = r"the\s+same\s+(?:period|months?|quarter)"
_YEAR_BEFORE = r"last\s+year|the\s+previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before)"
_COMPARED = r"(?:than|compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|relative\s+to|in\s+comparison\s+(?:with|to))"
# An earlier period a change is measured against ("than a year earlier", "compared with the same period
# of 2022", "the same period of 2022"): never the period of the figure itself.
_EARLIER = (rf"(?:(?:in|during)\s+)?(?:(?:the\s+)?same\s+(?:period|months?|quarter)\s+(?:(?:of|in)\s+)?"
            rf"(?:{_YEAR}|{_YEAR_BEFORE})|(?:{_MON}\s*)?{_YEAR}|{_YEAR_BEFORE})")
_COMPARISON = (
    rf"\b(?P<cmp>(?:{_COMPARED}|from|on|over)\s+(?:that\s+of\s+|those\s+of\s+|the\s+level\s+of\s+)?{_EARLIER}"
    rf"|{_COMPARED}\s+(?:(?:in|during)\s+)?{_SAME_PERIOD}"
    rf"|(?:(?:in|over|for|during)\s+)?{_SAME_PERIOD}\s+(?:(?:of|in)\s+)?(?:{_YEAR}|{_YEAR_BEFORE}))"
)
_ACROSS_YEARS = rf"\b(?P<x1>{_MON})\s+(?P<xy1>{_YEAR})\s*{_TO}\s*(?P<x2>{_MON})\s+(?P<xy2>{_YEAR})\b"
# "in May": a month with no day or year after it.
_IN_MONTH = rf"\b(?:in|during|for)\s+(?P<mi>{_MON})(?!,?\s*(?:\d|[-–—/]|(?:to|through|thru|till|until|and)\s))"
# "January-September 2023", "the first quarter of this year", "H1 2024", "in the first nine months".
_MONTHS_OF_YEAR = (
    rf"\b(?:(?:from|between)\s+)?(?:(?:mid-|early\s+|late\s+)?(?P<m1>{_MON})\s*(?:{_TO}|\sand\s)\s*(?:mid-|early\s+|late\s+)?(?P<m2>{_MON})"
    rf"|(?:the\s+)?(?P<part>{_PART})|(?P<m0>{_MON}))"
    rf"(?:\s+of)?(?:\s*,?\s*(?P<y>{_YEAR})\b|\s+(?P<ry>this|last|the\s+current|the\s+previous|the\s+past|the)\s+year\b)?"
)
_IN_YEAR = (rf"\b(?:in|of|for|during|over|throughout|through)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+(?:year\s+)?"
            rf"|FY\s*)?(?P<year>{_YEAR})\b(?!\s*[-–—/]\s*\d)")
_LEAD = rf"^\s*(?P<lead>{_YEAR})\b(?!\s*[-–—/]\s*\d)"
_RELATIVE = (r"\b(?P<rel>last year|this year|the current year|the previous year|the past year|a year (?:earlier|ago)"
             r"|the year before|since the (?:beginning|start) of (?:the|this|the current) year|so far this year"
             r"|this year so far|year[- ]to[- ]date)\b")
_AS_BEFORE = r"\b(?P<same>(?:over|for|in|during) the same (?:period|months?|quarter))\b"
PERIOD_RE = re.compile(
    "|".join((_COMPARISON, _ACROSS_YEARS, _IN_MONTH, _MONTHS_OF_YEAR, _IN_YEAR, _LEAD, _RELATIVE, _AS_BEFORE)), re.I)
_LAST_YEAR = ("last", "the previous", "the past", "a year", "the year before")
# Every PERIOD_RE match contains one of these, less than _BEFORE characters after the match starts
# ("in comparison with the level of the same period") and ends less than _AFTER characters after it.
# A pattern of plain alternatives lets `re` skip ahead by first character, which PERIOD_RE cannot.
_ANCHOR = re.compile(
    r"19\d\d|20\d\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|year|Year|YEAR|month|Month|MONTH|quarter|Quarter"
    r"|QUARTER|half|Half|HALF|period|Period|PERIOD|Q[1-4]|q[1-4]|H[12]|h[12]|1[QHqh]|2[QHqh]|3[Qq]|4[Qq]"
)
_BEFORE, _AFTER = 60, 40


def periods_in(text: str) -> Iterator[re.Match[str]]:
    """The matches of `PERIOD_RE.finditer(text)`, found by searching only around anchor words."""
    pos = 0
    while (anchor := _ANCHOR.search(text, pos)) is not None:
        end = anchor.end() + _AFTER
        m = PERIOD_RE.search(text, max(pos, anchor.start() - _BEFORE), end)
        if m is not None and m.end() > end - 10:
            m = PERIOD_RE.search(text, m.start())  # too near the window's edge for its look-aheads
        if m is None or m.start() > anchor.end():
            pos = anchor.end()
            continue
        yield m
        pos = max(m.end(), pos + 1)


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
    """A `PERIOD_RE` match as YYYY / YYYY-MM / YYYY-MM/YYYY-MM; True means "as before"; None for a
    comparison base or a relative period that cannot be resolved."""
    if m["cmp"]:
        return None
    if m["same"]:
        return True
    if m["rel"]:
        return _relative_year(m["rel"], published)
    if m["year"] or m["lead"]:
        return m["year"] or m["lead"]
    if m["mi"]:
        month = _month(m["mi"])
        year = _latest_year_ending(month, published)
        return f"{year}-{month:02d}" if year else None
    if m["x1"]:
        return f"{m['xy1']}-{_month(m['x1']):02d}/{m['xy2']}-{_month(m['x2']):02d}"
    first, last = _months(m)
    if m["y"]:
        year: int | None = int(m["y"])
    elif m["ry"]:
        rel = _relative_year(m["ry"], published)
        year = int(rel) if rel else None
    elif m["m0"]:
        return None  # a bare month is as likely a day's date as a period
    else:
        year = _latest_year_ending(last, published)
    if year is None:
        return None
    return f"{year}-{first:02d}/{year}-{last:02d}" if first != last else f"{year}-{first:02d}"


def _month(word: str) -> int:
    return _MONTH_BY_PREFIX[word.lower().rstrip(".")[:3]]


def _months(m: re.Match[str]) -> tuple[int, int]:
    if m["m1"]:
        return _month(m["m1"]), _month(m["m2"])
    if m["m0"]:
        return _month(m["m0"]), _month(m["m0"])
    part = re.sub(r"\s+", " ", m["part"].lower())
    if part in _HALVES:
        return _HALVES[part]
    count = part.removeprefix("first ").split()[0]
    return 1, _COUNTS.get(count) or int(count)


def _relative_year(phrase: str, published: date | None) -> str | None:
    if published is None:
        return None
    before = phrase.lower().startswith(_LAST_YEAR)
    return str(published.year - 1 if before else published.year)


def _latest_year_ending(last_month: int, published: date | None) -> int | None:
    """A span without a year ("in January-September") is the latest one that ended by publication."""
    if published is None:
        return None
    return published.year if last_month <= published.month else published.year - 1
