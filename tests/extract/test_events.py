import pytest

from app.ingest.extract.events import detect, detect_all, location, ordinal


def no_place(name: str) -> bool:
    return name in {"Kazakhstan", "Georgia"}


def kind_status(sentence: str, docs: bool = False, signed: bool = False) -> tuple[str, str] | None:
    m = detect(sentence, no_place, docs, signed)
    return (m.kind, m.status) if m else None


@pytest.mark.parametrize(
    "word, expected",
    [("4th", 4), ("VII", 7), ("VI", 6), ("IX", 9), ("ninth", 9), ("sixth", 6), ("21st", 21), ("twelfth", 12)],
)
def test_ordinals(word: str, expected: int) -> None:
    assert ordinal(word) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The ministers held a telephone conversation on Monday.", ("phone_call", "held")),
        ("The ministers spoke by phone.", ("phone_call", "held")),
        ("The sides discussed trade during a video conference.", ("video_conference", "held")),
        ("The Georgia-Kazakhstan Business Forum was held in Tbilisi.", ("business_forum", "held")),
        ("An exhibition of Kazakh goods will be held in Tbilisi in May.", ("business_forum", "planned")),
        ("The minister met his Georgian counterpart.", ("bilateral_meeting", "held")),
        ("The two sides held political consultations in Tbilisi.", ("bilateral_meeting", "held")),
        ("Business meetings are planned to be held at the agency.", ("bilateral_meeting", "planned")),
        ("The delegation toured the Poti Free Industrial Zone.", ("visit", "held")),
        ("The delegation is scheduled to visit a textile factory in Shymkent.", ("visit", "planned")),
        ("The minister is on a working visit to Kazakhstan.", None),
        ("The bank's annual meeting will take place in Tbilisi.", ("other", "planned")),
        ("The ministers met on the sidelines of the summit held in Astana.", ("bilateral_meeting", "held")),
        ("The previous meeting of the commission was held in 2021.", None),
        ("The meeting noted the growth of trade.", None),
        ("They agreed to hold the next round of talks in Riyadh in May.", ("bilateral_meeting", "planned")),
        ("The sides agreed to organize a cultural festival in Bukhara.", ("other", "planned")),
    ],
)
def test_kinds_and_status(sentence: str, expected: tuple[str, str] | None) -> None:
    assert kind_status(sentence) == expected


@pytest.mark.parametrize(
    "sentence, number, status, commission",
    [
        ("The VII meeting of the Working Group on Trade between Kazakhstan and Georgia was held in Tbilisi.",
         7, "held", "Working Group on Trade between Kazakhstan and Georgia"),
        ("The ninth meeting of the EU-Kyrgyzstan Cooperation Council took place in Brussels.",
         9, "held", "EU-Kyrgyzstan Cooperation Council"),
        ("The sixth meeting of the commission is scheduled to take place in Astana in 2025.", 6, "planned", None),
        ("The ministers agreed to hold the next meeting of the Intergovernmental Commission in Tbilisi.",
         None, "planned", "Intergovernmental Commission"),
        ("The Intergovernmental Commission held its 12th session in Astana.", 12, "held", "Intergovernmental Commission"),
        ("The two ministers co-chaired a meeting of the Joint Economic Commission in Ankara on Tuesday.",
         None, "held", "Joint Economic Commission"),
    ],
)
def test_commission_sessions(sentence: str, number: int | None, status: str, commission: str | None) -> None:
    m = detect(sentence, no_place, False, False)
    assert m is not None
    assert (m.kind, m.session_number, m.status, m.commission) == ("commission_session", number, status, commission)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The two countries will hold a business forum in Almaty on May 5, the minister said after meeting the "
         "ambassador in Astana on Monday.", [("business_forum", "planned"), ("bilateral_meeting", "held")]),
        ("The delegation will visit the Almaty Tractor Plant and hold talks at the Ministry of Industry.",
         [("visit", "planned"), ("bilateral_meeting", "planned")]),
        ("An exhibition of Kazakh goods will be held in Tbilisi in May.", [("business_forum", "planned")]),
    ],
)
def test_two_events_in_one_sentence(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.kind, m.status) for m in detect_all(sentence, no_place, False, False)] == expected


def test_signing_alone_is_a_signing() -> None:
    m = detect("Georgia and Kazakhstan signed an agreement on air services.", no_place, True, True)
    assert m is not None and m.kind == "signing"


def test_location_skips_country_names() -> None:
    m = detect("The minister met the ambassador in Kazakhstan on Monday.", no_place, False, False)
    assert m is not None and m.location is None
    m = detect("The minister met the ambassador in Almaty on Monday.", no_place, False, False)
    assert m is not None and m.location == "Almaty"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks were held in Tashkent on Monday.", "Tashkent"),
        ("Meetings are planned at the Export and Investment Promotion Agency.", None),
        ("Meetings are planned at Uzbekistan's Free Economic Zones Development Agency next week.", None),
        ("The forum took place at the Grand Hall of the Palace Of Nations in Geneva.", "Geneva"),
    ],
)
def test_location_skips_organisations_and_cut_names(sentence: str, expected: str | None) -> None:
    assert location(sentence, lambda name: False) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The next round of talks is due in Montevideo next spring.", ("bilateral_meeting", "planned")),
        ("The two presidents agreed to meet again in Quito in June.", ("bilateral_meeting", "planned")),
        ("The next round is planned for Cusco in October.", ("bilateral_meeting", "planned")),
        ("The sides agreed to organise a joint trade fair in Mendoza in the spring.", ("business_forum", "planned")),
        ("The sides agreed to hold a fair of Peruvian textiles in La Paz.", ("business_forum", "planned")),
        ("Talks were held in Tarija on Monday.", ("bilateral_meeting", "held")),
        ("The council's third session will take place in Asuncion next year.", ("commission_session", "planned")),
        ("The next JBC session is to be held in Lima in 2026.", ("commission_session", "planned")),
        ("The 3rd meeting of the Salta–Antofagasta Joint Working Group took place in Salta.", ("commission_session", "held")),
    ],
)
def test_follow_ups_and_sessions_of_a_body_named_before(sentence: str, expected: tuple[str, str]) -> None:
    assert kind_status(sentence) == expected


@pytest.mark.parametrize(
    "sentence, site",
    [
        ("The guests later toured the Agro-Sur cheese factory in Paysandu district.", "Agro-Sur cheese factory"),
        ("The delegation also toured the Itaipu hydroelectric plant.", "Itaipu hydroelectric plant"),
        ("On Friday the delegation will tour the Rosario grain terminal.", "Rosario grain terminal"),
        ("The consul is expected to visit the Colon Free Zone next week.", "Colon Free Zone"),
    ],
)
def test_a_named_site_on_a_tour(sentence: str, site: str) -> None:
    m = detect(sentence, no_place, False, False)
    assert m is not None and (m.kind, m.location) == ("visit", site)


def test_a_tour_and_a_forum_in_one_sentence() -> None:
    found = detect_all("On Friday the delegation will tour the Rosario grain terminal and attend a business forum.",
                       no_place, False, False)
    assert [(m.kind, m.status) for m in found] == [("visit", "planned"), ("business_forum", "planned")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Governor of the region received on Monday the Consul General of Peru.", ("bilateral_meeting", "held")),
        ("The governor received at the provincial palace, Salta, a delegation from Chile.", ("bilateral_meeting", "held")),
        ("The Premier received a visiting cabinet minister from the neighbouring kingdom.", ("bilateral_meeting", "held")),
        ("The mayor received 300 applications for the programme.", None),
        ("Talks covered the supply of electricity across the border.", ("bilateral_meeting", "held")),
        ("The minister will meet the President of Chile on Thursday.", ("bilateral_meeting", "planned")),
        ("The 4th JCBC will be held in Asuncion next year.", ("commission_session", "planned")),
        ("Both sides agreed that the joint technical committee would meet again in Lima in March.", ("commission_session", "planned")),
        ("The first round will be held in Quito.", None),
    ],
)
def test_visits_received_and_sessions_to_come(sentence: str, expected: tuple[str, str] | None) -> None:
    assert kind_status(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A plan to build a joint plant dominated talks held in Tarija on Wednesday.", ("bilateral_meeting", "held")),
        ("Talks on energy and trade were held in Cusco on Thursday between the two ministers.", ("bilateral_meeting", "held")),
        ("On June 3, the two ministers will hold talks at the presidential palace.", ("bilateral_meeting", "planned")),
        ("The minister is to continue his visit on Friday with a tour of the Callao container terminal.", ("visit", "planned")),
        ("She will take part in a business roundtable with Chilean companies.", ("business_forum", "planned")),
    ],
)
def test_status_from_the_event_itself(sentence: str, expected: tuple[str, str]) -> None:
    assert kind_status(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The presidents spoke by telephone on Monday evening and agreed to hold detailed talks.", ("phone_call", "held")),
        ("The sides discussed the summit, which Peru is to host in Cusco in the autumn.", ("other", "planned")),
        ("The agency and Bolivia agreed to extend the programme, following talks in La Paz on Wednesday.", ("bilateral_meeting", "held")),
    ],
)
def test_a_past_event_with_plans_in_the_same_sentence(sentence: str, expected: tuple[str, str]) -> None:
    assert kind_status(sentence) == expected


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        ("The ministers agreed that the joint commission would meet in Lima in March, and that they would meet in "
         "person in Quito in April.", [("commission_session", "planned"), ("bilateral_meeting", "planned")]),
        ("The minister will travel to Santiago in April for a session of the Chilean-Peruvian Cooperation Council.",
         [("commission_session", "planned")]),
        ("The next meeting of the JBC will be held in Lima.", [("commission_session", "planned")]),
    ],
)
def test_sessions_and_meetings_to_come(sentence: str, kinds: list[tuple[str, str]]) -> None:
    assert [(m.kind, m.status) for m in detect_all(sentence, no_place, False, False)] == kinds
