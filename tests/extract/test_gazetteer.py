import pytest

from app.ingest.extract import party_info
from app.ingest.extract.gazetteer import mentions_in


def codes(text: str) -> list[str]:
    return [m.code for m in mentions_in(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Azerbaijan and Russia's Tatarstan", ["AZ", "RU", "RU-TA"]),
        ("the UAE and Türkiye", ["AE", "TR"]),
        ("Turkey and the United States", ["TR", "US"]),
        ("the Republic of Kazakhstan and the Republic of Bashkortostan", ["KZ", "RU-BA"]),
        ("Kazakh, Uzbek, Emirati, Bavarian and Bashkir delegations", ["KZ", "UZ", "AE", "DE-BY", "RU-BA"]),
        ("the Organization of Turkic States (OTS) and the EU", ["ORG:OTS", "ORG:OTS", "ORG:EU"]),
        ("Shanghai Cooperation Organisation, CIS and EAEU", ["ORG:SCO", "ORG:CIS", "ORG:EAEU"]),
        ("East Kazakhstan Region and Xinjiang Uygur Autonomous Region", ["KZ-63", "CN-XJ"]),
        ("the Hokim of Samarkand region", ["UZ-SA"]),
        ("Minsk city and the Minsk Region", ["BY-HM", "BY-MI"]),
        ("talks in New Delhi", ["IN"]),
        ("Georgia and the Red Bridge", ["GE"]),
    ],
)
def test_mentions(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def forms(text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start:m.end], m.code, m.form) for m in mentions_in(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Hellenic Republic and the Federal Democratic Republic of Nepal agreed.",
         [("Hellenic Republic", "GR", "name"), ("Federal Democratic Republic of Nepal", "NP", "name")]),
        ("The People's Republic of China hosted the Plurinational State of Bolivia.",
         [("People's Republic of China", "CN", "name"), ("Plurinational State of Bolivia", "BO", "name")]),
        ("Korea, Congo and DR Congo sent envoys.", [("Korea", "KR", "name"), ("Congo", "CG", "name"), ("DR Congo", "CD", "name")]),
        ("A Kenyan envoy met Azeri and Bolivian officials.",
         [("Kenyan", "KE", "demonym"), ("Azeri", "AZ", "demonym"), ("Bolivian", "BO", "demonym")]),
        ("Korean and French firms", [("Korean", "KR", "demonym"), ("French", "FR", "demonym")]),
        ("Tbilisi and Yerevan signed; Seoul welcomed it.",
         [("Tbilisi", "GE", "capital"), ("Yerevan", "AM", "capital"), ("Seoul", "KR", "capital")]),
        ("Astana and Washington", [("Astana", "KZ", "capital"), ("Washington", "US", "capital")]),
    ],
)
def test_countries_by_name_demonym_and_capital(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the Serbian-Hungarian border", ["RS", "HU"]),
        ("Armenian-Greek and Thai-Cambodian talks", ["AM", "GR", "TH", "KH"]),
        ("Chilean-Peruvian, Algerian-Italian and Russian-Vietnamese ties", ["CL", "PE", "DZ", "IT", "RU", "VN"]),
    ],
)
def test_compound_adjective_names_each_side(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, code",
    [
        ("Astrakhan Oblast", "RU-AST"), ("Krasnodar Krai", "RU-KDA"), ("the Republic of Karelia", "RU-KR"),
        ("Udmurt Republic", "RU-UD"), ("Heilongjiang Province", "CN-HL"), ("Jiangsu Province", "CN-JS"), ("Jiangsu", "CN-JS"),
        ("Ningxia Autonomous Region", "CN-NX"), ("Chongqing city", "CN-CQ"), ("Gyeonggi Province", "KR-41"), ("Gyeonggi-do", "KR-41"),
        ("North Chungcheong Province", "KR-43"), ("Osaka Prefecture", "JP-27"), ("Province of Konya", "TR-42"),
        ("Konya Province", "TR-42"), ("Konya", "TR-42"), ("Province of Şırnak", "TR-73"), ("Şırnak", "TR-73"), ("Sirnak", "TR-73"),
        ("Maharashtra", "IN-MH"), ("Maharashtra State", "IN-MH"), ("Lagos State", "NG-LA"), ("Sindh", "PK-SD"),
        ("Basrah Governorate", "IQ-BA"), ("Kurdistan Region of Iraq", "IQ-KR"), ("the KRI", "IQ-KR"),
        ("Samtskhe-Javakheti", "GE-SJ"), ("Sughd region", "TJ-SU"), ("Osh Oblast", "KG-O"), ("Jalal-Abad region", "KG-J"),
        ("Akmola region", "KZ-11"), ("Mogilev Region", "BY-MA"), ("Emirate of Sharjah", "AE-SH"), ("Almaty", "KZ-75"),
        ("Almaty Region", "KZ-19"),
    ],
)
def test_region_in_its_english_forms(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize(
    "text, code",
    [
        ("the African Development Bank", "ORG:AFDB"), ("the African Development Bank Group", "ORG:AFDB"), ("AfDB", "ORG:AFDB"),
        ("the Islamic Development Bank", "ORG:ISDB"), ("IsDB", "ORG:ISDB"), ("the European Commission", "ORG:EU"),
        ("ECOWAS", "ORG:ECOWAS"), ("the Andean Community", "ORG:CAN"), ("CAN", "ORG:CAN"), ("the WHO", "ORG:WHO"),
        ("the World Food Programme", "ORG:WFP"), ("the AU", "ORG:AU"),
    ],
)
def test_organisation_by_name_and_acronym(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "May brought rain.", "Who can say?", "We can wait.", "Us and them.", "WHO CAN HELP", "the delta of the river",
        "Delta flights", "Mary went home.", "Victoria said no.", "kazakhstan and uzbekistan", "the Latin American market",
        "Sofia Petrova arrived.", "the Washington Post", "Central Asian states", "San José", "New York",
    ],
)
def test_not_a_side(text: str) -> None:
    assert codes(text) == []


def test_georgia_is_the_country() -> None:
    assert codes("Georgia") == ["GE"]


def test_possessive_is_flagged() -> None:
    ms = mentions_in("Georgia's minister and Azerbaijan")
    assert [(m.code, m.possessive) for m in ms] == [("GE", True), ("AZ", False)]


@pytest.mark.parametrize(
    "code, name, kind, parent",
    [
        ("AZ", "Azerbaijan", "country", None),
        ("RU", "Russia", "country", None),
        ("RU-TA", "Tatarstan", "region", "RU"),
        ("KZ-63", "East Kazakhstan", "region", "KZ"),
        ("DE-BY", "Bavaria", "region", "DE"),
        ("ORG:OTS", "Organization of Turkic States", "organization", None),
        ("ORG:EU", "European Union", "organization", None),
        ("ORG:AFDB", "African Development Bank", "organization", None),
        ("TR-73", "Şırnak", "region", "TR"),
        ("AZ-QAB", "Qəbələ", "region", "AZ"),
    ],
)
def test_party_info(code: str, name: str, kind: str, parent: str | None) -> None:
    info = party_info(code)
    assert info is not None
    assert (info.code, info.name, info.kind, info.parent_code) == (code, name, kind, parent)


def test_party_info_unknown() -> None:
    assert party_info("XX-NOPE") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met the head of the Organization of the Black Sea Economic Cooperation (BSEC) in Tbilisi.",
         {"ORG:BSEC": "Organization of the Black Sea Economic Cooperation"}),
        ("The Islamic Organization for Food Security (IOFS) opened an office.", {"ORG:IOFS": "Islamic Organization for Food Security"}),
        ("A loan from the Development Bank of Kazakhstan (DBK) was approved.", {}),
        ("The National Investment Fund (NIF) and the State Oil Fund (SOFAZ) met.", {}),
        ("Talks at the Export and Investment Promotion Agency (AZPROMO) followed.", {}),
        ("The European Union (EU) and the Asian Development Bank (ADB) attended.", {}),
    ],
)
def test_organisations_an_article_introduces(text: str, expected: dict[str, str]) -> None:
    from app.ingest.extract.gazetteer import introduced_organizations

    assert {code: info.name for code, info in introduced_organizations(text).infos.items()} == expected


def test_an_introduced_organisation_is_a_side() -> None:
    from app.ingest.extract import extract, to_answer_key

    key = to_answer_key(extract(
        " date 2024-10-30 TBILISI, Georgia, October 30. Georgia's Prime Minister Irakli Kobakhidze received the "
        "Secretary General of the Organization of the Black Sea Economic Cooperation (BSEC) in Tbilisi on Wednesday.\n\n"
        "They discussed regional projects in transport and energy with the BSEC delegation."
    ))
    assert key["parties"] == ["GE", "ORG:BSEC"]
    assert [(m["kind"], m["parties"]) for m in key["meetings"]] == [("bilateral_meeting", ["GE", "ORG:BSEC"])]
