"""Sides are weighed over the whole story, not read from the first two sentences."""
from app.ingest.extract import extract, to_answer_key


def test_capitals_in_the_headline_name_their_countries() -> None:
    text = ("Lima, Quito eye closer rail links\n\n"
            "The foreign ministers met on Monday to review the railway project and agreed to meet again in June.")
    assert to_answer_key(extract(text))["parties"] == ["PE", "EC"]


def test_a_capital_in_the_story_is_a_venue() -> None:
    text = ("The ministers of Uruguay and Paraguay met in Buenos Aires on Monday and discussed river transport.")
    assert extract(text).parties == ["UY", "PY"]


def test_sides_named_late_by_the_officials_they_speak_for() -> None:
    text = ("Border crossings were the main topic of talks held in the border town on Tuesday.\n"
            "The delegations exchanged views for three hours.\n"
            "Bolivian Deputy Minister of Foreign Affairs Ana Quispe and Chilean Undersecretary of Foreign Affairs "
            "Tomas Vidal discussed truck queues and rail freight.")
    found = to_answer_key(extract(text))
    assert found["parties"] == ["BO", "CL"]
    assert [p["party"] for p in found["meetings"][0]["participants"]] == ["BO", "CL"]


def test_a_country_named_only_in_a_figure_is_not_a_side() -> None:
    text = ("Ecuador and Colombia held talks in Quito on Monday on electricity exchange. "
            "Colombia's trade with Peru reached $2.1 billion in 2023.")
    assert extract(text).parties == ["EC", "CO"]


def test_a_country_in_passing_is_not_a_side() -> None:
    text = ("Uruguay and Paraguay held talks in Montevideo on Monday on river transport.\n"
            "The ministers also discussed grain exports.\n"
            "Prices of soybeans in Brazil have fallen this year.")
    assert extract(text).parties == ["UY", "PY"]


def test_one_side_and_no_event_is_no_record() -> None:
    text = "Farmers in Canelones have begun the grape harvest, the regional administration of Uruguay said on Monday."
    assert extract(text).parties == []


def test_a_city_on_a_named_route_is_not_a_side() -> None:
    text = ("Kenya and Ethiopia held talks in Nairobi on Monday on the Lamu-Addis Ababa transport corridor "
            "and power trade.")
    assert extract(text).parties == ["KE", "ET"]


def test_cote_d_ivoire_and_a_development_bank() -> None:
    text = ("Côte d'Ivoire's Minister of Economy Ama Kone received the Executive President of CAF, Luis Vera, "
            "in Abidjan on Monday.")
    assert extract(text).parties == ["CI", "ORG:CAF"]


def test_signing_after_a_reception_is_a_meeting_with_its_document() -> None:
    text = ("The Governor of Salta Province, Ana Ruiz, received on Monday the Ambassador of Chile, Pedro Soto. "
            "At the end of the meeting, Ruiz and Soto signed a memorandum on border trade.")
    meetings = to_answer_key(extract(text))["meetings"]
    assert [(m["kind"], [a["kind"] for a in m["agreements"]]) for m in meetings] == [("bilateral_meeting", ["memorandum"])]


def test_a_minister_without_a_side_belongs_to_the_one_country() -> None:
    text = ("Paraguay, IDB sign loan for a new bridge\n\n"
            "ASUNCION, 3 March 2025 – Minister of Finance Carla Benitez and Vice President of the Inter-American "
            "Development Bank (IDB) Tomas Ruiz today signed a loan agreement for a new bridge.")
    found = extract(text)
    people = {p.name: p.party for m in found.meetings for p in m.participants}
    assert set(found.parties) == {"PY", "ORG:IADB"}
    assert people == {"Carla Benitez": "PY", "Tomas Ruiz": "ORG:IADB"}


def test_islands_of_a_side_are_places() -> None:
    text = ("The UNDP and the Government of Tonga agreed to extend a resilience programme to the outer islands "
            "of Ha'apai and Vava'u, following talks in Nuku'alofa on Wednesday.")
    assert set(extract(text).parties) == {"ORG:UNDP", "TO"}
