from datetime import date

import pytest

from app.ingest.extract.dates import PERIOD_RE, explicit_day, period, weekday

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
    ],
)
def test_periods(text: str, expected: str | bool) -> None:
    m = PERIOD_RE.search(text)
    assert m is not None
    assert period(m, PUB) == expected
