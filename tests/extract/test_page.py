"""The reading stage: chrome, wrapped lines, prefixes, datelines and stamps, and offsets back to the page."""
from datetime import date

import pytest

from app.ingest.extract import extract
from app.ingest.extract.page import read_page
from app.ingest.extract.stamps import full_date

PAGE = """Ministry of Economy
Official portal

Press centre
Press centre
Views: 4 117
03.02.2022 | 16:40

Norway, Chile sign salmon farming memorandum

Photo: press office

OSLO. NORDIC WIRE – Norway's Minister of Fisheries Kari
Lund and Chile's Minister of Economy Pedro Soto met in Oslo
on Thursday and signed a memorandum on salmon farming.

See also
Fuel prices up 12 percent in January

The ministers also discussed direct flights between Oslo and
Santiago.

Print version
Share
"""


def test_page_furniture_is_not_the_story() -> None:
    page = read_page(PAGE)
    assert page.headline == "Norway, Chile sign salmon farming memorandum"
    assert page.published_on == date(2022, 2, 3)
    assert (page.dateline, page.agency) == ("Oslo", "Nordic Wire")
    assert page.text.splitlines() == [
        "Norway's Minister of Fisheries Kari Lund and Chile's Minister of Economy Pedro Soto met in Oslo on Thursday "
        "and signed a memorandum on salmon farming.",
        "The ministers also discussed direct flights between Oslo and Santiago.",
    ]


def test_every_story_offset_maps_back_to_the_page() -> None:
    page = read_page(PAGE)
    for pos, char in enumerate(page.text):
        original = PAGE[page.origin(pos)]
        assert original == char or (char in " \n" and original.isspace())
    start = page.text.index("Kari Lund")
    assert PAGE[page.origin(start):page.origin_end(start + len("Kari Lund"))] == "Kari\nLund"


def test_evidence_points_into_the_page_as_stored() -> None:
    found = extract(PAGE)
    assert found.parties == ["NO", "CL"]
    meeting = found.meetings[0]
    cited = PAGE[meeting.evidence.start:meeting.evidence.end]
    assert cited.startswith("Norway's Minister") and "\n" in cited and cited.endswith("salmon farming.")
    teaser = PAGE.index("Fuel prices")
    spans = [m.evidence for m in found.meetings] + [s.evidence for s in found.sectors]
    assert spans and all(s.end <= teaser or s.start > teaser for s in spans)


@pytest.mark.parametrize(
    "opening, place, agency, on",
    [
        ("(Wirehouse – Pampas Business Wire) CORDOBA, Argentina, May 4. The", "Cordoba", "Pampas Business Wire", None),
        ("(Andean Wire via Global Syndication) QUITO, Ecuador, 4 May 2021. The", "Quito", "Andean Wire", date(2021, 5, 4)),
        ("RIGA, 14.03.2023. (Baltic Newswire) – The", "Riga", "Baltic Newswire", date(2023, 3, 14)),
        ("VILNIUS, 2023/06/15 (Amber Agency) — The", "Vilnius", "Amber Agency", date(2023, 6, 15)),
        ("PORT LOUIS (Island Business Wire) – The", "Port Louis", "Island Business Wire", None),
        ("DAKAR. – The", "Dakar", None, None),
        ("SAN SALVADOR. ISTHMUS NEWS – The", "San Salvador", "Isthmus News", None),
        ("HO CHI MINH CITY, July 31 – The", "Ho Chi Minh City", None, None),
        ("KRAKOW. July 31. – The", "Krakow", None, None),
    ],
)
def test_syndication_prefixes_and_datelines(opening: str, place: str, agency: str | None, on: date | None) -> None:
    page = read_page(f"{opening} two ministers met on Monday and discussed trade and transport links.")
    assert (page.dateline, page.agency, page.stamped_on) == (place, agency, on)
    assert page.text.startswith("The two ministers")


def test_a_sentence_in_capitals_is_not_a_dateline() -> None:
    page = read_page("NATO and Finland discussed air defence on Monday, the alliance said.")
    assert page.dateline is None and page.text.startswith("NATO and Finland")


@pytest.mark.parametrize(
    "stamp, expected",
    [
        ("Published: 7 Feb 2021, 09:12 GMT+5", date(2021, 2, 7)),
        ("11:05 | 14.03.2023", date(2023, 3, 14)),
        ("Tue 4 July 2023 — 17:05", date(2023, 7, 4)),
        ("2019-07-31", date(2019, 7, 31)),
        ("SPORT — 22/06/2024 — 10:05", date(2024, 6, 22)),
        ("7 февраля 2021 г.", date(2021, 2, 7)),
        ("15 de marzo de 2023", date(2023, 3, 15)),
        ("3 052", None),
        ("Reading time: 4 min", None),
    ],
)
def test_date_stamps_in_many_layouts_and_languages(stamp: str, expected: date | None) -> None:
    assert full_date(stamp) == expected
    page = read_page(f"{stamp}\n\nThe two ministers met in the capital on Monday and discussed trade.")
    assert page.published_on == expected


def test_header_date_wins_over_a_stamp() -> None:
    page = read_page(" date 2024-01-10\n09.01.2024 | 22:15\n\nThe two ministers met on Tuesday and discussed trade links.")
    assert (page.published_on, page.stamped_on) == (date(2024, 1, 10), date(2024, 1, 9))


def test_wrapped_headline_and_a_byline_under_it() -> None:
    page = read_page(
        "Belize, Guatemala agree to reopen the Benque Viejo border crossing\nto trucks\n"
        "Marisol Tzul\n\nThe foreign ministers of the two countries met in Belmopan on Friday.\n"
    )
    assert page.headline == "Belize, Guatemala agree to reopen the Benque Viejo border crossing to trucks"


def test_a_note_too_short_for_prose_is_still_read() -> None:
    page = read_page("The sides met.")
    assert page.text == "The sides met."


def test_teasers_on_one_line_are_chrome() -> None:
    page = read_page("Most read: Fiji sugar earnings drop to F$98 million\n\nHeadline about the talks of two sides\n\n"
                     "The two ministers met in Suva on Monday and discussed trade and transport.\n\n"
                     "Related: Samoa, New Zealand sign labour mobility arrangement\n")
    assert page.text == "The two ministers met in Suva on Monday and discussed trade and transport."
    assert page.headline == "Headline about the talks of two sides"


@pytest.mark.parametrize(
    "opening, place, agency, on",
    [
        ("BISHKEK, 18.09.2024 /Kabar Wire/ - The", "Bishkek", "Kabar Wire", date(2024, 9, 18)),
        ("Addis Ababa, March 14/2024(ENA) – The", "Addis Ababa", "ENA", date(2024, 3, 14)),
    ],
)
def test_more_dateline_shapes(opening: str, place: str, agency: str, on: date) -> None:
    page = read_page(f"{opening} two ministers met on Monday and discussed trade and transport links.")
    assert (page.dateline, page.agency, page.published_on) == (place, agency, on)
