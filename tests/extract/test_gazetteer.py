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
        ("talks in New Delhi", []),
        ("Georgia and the Red Bridge", ["GE"]),
    ],
)
def test_mentions(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


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
