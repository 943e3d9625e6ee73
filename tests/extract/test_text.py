from datetime import date

import pytest

from app.ingest.extract.page import read_page
from app.ingest.extract.text import sentences, source


@pytest.mark.parametrize(
    "text, published, dateline",
    [
        (" date 2023-05-02 BAKU, Azerbaijan, May 2. The sides met.", date(2023, 5, 2), "Baku"),
        ("NEW DELHI, India, June 3. The sides met.", None, "New Delhi"),
        ("ASTANA-BEIJING, March 3, 2022. The sides met.", date(2022, 3, 3), "Astana-Beijing"),
        ("UZBEKISTAN, October 18. GDP grew.", None, "Uzbekistan"),
        ("12 March 2021\nTASHKENT, Uzbekistan, March 12. The sides met.", date(2021, 3, 12), "Tashkent"),
        ("TASHKENT, Uzbekistan, 5 December 2024. The sides met.", date(2024, 12, 5), "Tashkent"),
        ("BISHKEK, 14 May. The sides met.", None, "Bishkek"),
        ("No dateline at all here.", None, None),
    ],
)
def test_header_and_dateline(text: str, published: date | None, dateline: str | None) -> None:
    page = read_page(text)
    assert page.published_on == published
    assert page.dateline == dateline


def test_headline_is_kept_apart_from_the_body() -> None:
    text = "Parliament passes the budget\n\nThe Milli Majlis adopted the law on Tuesday."
    page = read_page(text)
    assert page.headline == "Parliament passes the budget"
    assert page.text.startswith("The Milli Majlis")
    assert text[page.origin(0):].startswith("The Milli Majlis")


@pytest.mark.parametrize(
    "body, expected",
    [
        ("The sides met. Trade grew by 4.5 percent. Dr. Smith spoke.", ["The sides met.", "Trade grew by 4.5 percent.", "Dr. Smith spoke."]),
        ("One paragraph\nAnother paragraph.", ["One paragraph", "Another paragraph."]),
        ("It reached $1.2 bn in the U.S. market. Then it fell.", ["It reached $1.2 bn in the U.S. market.", "Then it fell."]),
    ],
)
def test_sentences_keep_offsets(body: str, expected: list[str]) -> None:
    text = "PREFIX " + body
    got = sentences(text, 7)
    assert [s.text for s in got] == expected
    assert all(text[s.start:s.end] == s.text for s in got)


@pytest.mark.parametrize(
    "lede, expected",
    [
        ("Azerbaijan and Georgia met on Monday, Trend reports.", "Trend"),
        ("The sides met, Caspian Economic Review reported.", "Caspian Economic Review"),
        ("The sides met, the Azerbaijani ministry said.", None),
        ("The sides met on Monday.", None),
    ],
)
def test_source_agency(lede: str, expected: str | None) -> None:
    assert source(lede) == expected
