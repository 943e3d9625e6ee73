from datetime import date

import pytest

from app.ingest.extract.dates import PERIOD_RE, explicit_day, period, periods_in, weekday

PUB = date(2024, 10, 1)  # a Tuesday


@pytest.mark.parametrize(
    "text, planned, expected",
    [
        ("The ministers met on Tuesday.", False, date(2024, 10, 1)),
        ("The ministers met on Monday.", False, date(2024, 9, 30)),
        ("The delegation will visit the plant on Wednesday.", True, date(2024, 10, 2)),
        ("The forum opens on Tuesday.", True, date(2024, 10, 1)),
        ("The ministers met last week.", False, False),
    ],
)
def test_weekday_relative_to_publication(text: str, planned: bool, expected: date | bool) -> None:
    assert weekday(text, PUB, planned) == expected


def test_weekday_in_undated_story_is_unknown() -> None:
    assert weekday("They met on Monday.", None, False) is None


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("on Friday, 14 February 2025", None, date(2025, 2, 14)),
        ("on April 17", 2024, date(2024, 4, 17)),
        ("on March 3, 2023", 2024, date(2023, 3, 3)),
        ("in April", 2024, None),
        ("on April 17", None, None),
    ],
)
def test_explicit_day(text: str, year: int | None, expected: date | None) -> None:
    assert explicit_day(text, year) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("in January-September 2024", "2024-01/2024-09"),
        ("in January 2024", "2024-01"),
        ("in 2023", "2023"),
        ("last year", "2023"),
        ("this year", "2024"),
        ("since the beginning of the year", "2024"),
        ("in the first half of 2022", "2022-01/2022-06"),
        ("over the same period", True),
        ("in January through September 2023", "2023-01/2023-09"),
        ("from January to September 2023", "2023-01/2023-09"),
        ("between March and May 2023", "2023-03/2023-05"),
        ("Jan-Sept 2023", "2023-01/2023-09"),
        ("November 2022 to February 2023", "2022-11/2023-02"),
        ("in the first quarter of this year", "2024-01/2024-03"),
        ("in the second half of last year", "2023-07/2023-12"),
        ("in the first nine months of 2023", "2023-01/2023-09"),
        ("in the first 10 months of 2023", "2023-01/2023-10"),
        ("in H1 2024", "2024-01/2024-06"),
        ("in Q3 2023", "2023-07/2023-09"),
        ("in 2Q 2023", "2023-04/2023-06"),
        ("since the start of the current year", "2024"),
        ("in fiscal 2022", "2022"),
        ("a year ago", "2023"),
        # Without a year: the latest such span that had ended by publication (1 October 2024).
        ("in January-September", "2024-01/2024-09"),
        ("in the first eleven months", "2023-01/2023-11"),
        ("in May", "2024-05"),
    ],
)
def test_periods(text: str, expected: str | bool) -> None:
    m = PERIOD_RE.search(text)
    assert m is not None
    assert period(m, PUB) == expected


@pytest.mark.parametrize(
    "text",
    [
        "than a year earlier",
        "compared with the same period of 2023",
        "in the same period of 2023",
        "on the previous year",
        "against the same period last year",
        "than in 2023",
    ],
)
def test_comparison_base_is_no_period(text: str) -> None:
    assert [period(m, PUB) for m in PERIOD_RE.finditer(text)] == [None]


@pytest.mark.parametrize("text", ["in 2022/23", "in the 2023-24 season", "on 24 November", "trade may grow"])
def test_no_period(text: str) -> None:
    assert [period(m, PUB) for m in PERIOD_RE.finditer(text) if period(m, PUB) is not None] == []


def test_relative_period_in_undated_story_is_unknown() -> None:
    m = PERIOD_RE.search("in the first quarter of this year")
    assert m is not None and period(m, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Trade reached $2 billion in January-September 2023, 9 percent more than in the same period of 2022.",
        "Exports fell in the first half compared with the level of the same period last year, on behalf of the Mayor.",
        "In Q3 2023 and over the same period, since the beginning of the year, trade grew in 2021/22 and in May.",
    ],
)
def test_periods_in_finds_what_finditer_finds(text: str) -> None:
    assert [m.span() for m in periods_in(text)] == [m.span() for m in PERIOD_RE.finditer(text)]
