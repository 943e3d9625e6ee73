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
