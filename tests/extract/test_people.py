import pytest

from app.ingest.extract.gazetteer import find_mentions
from app.ingest.extract.people import find_people
from app.ingest.extract.text import tokens


def people(sentence: str) -> list[tuple[str, str | None, str | None]]:
    toks = tokens(sentence)
    return [(p.name, p.title, p.party) for p in find_people(sentence, 0, toks, find_mentions(toks))]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Georgia's Minister of Finance Nino Beridze met the delegation.",
         [("Nino Beridze", "Minister of Finance", "GE")]),
        ("Vusal Karimov, Deputy Chairman of the Cabinet of Ministers of Azerbaijan, opened the forum.",
         [("Vusal Karimov", "Deputy Chairman of the Cabinet of Ministers", "AZ")]),
        ("Deputy Prime Minister, Minister of Energy of Kazakhstan Arman Bekov and Tajikistan's Ambassador to Kazakhstan Rustam Nazarov spoke.",
         [("Arman Bekov", "Deputy Prime Minister, Minister of Energy", "KZ"),
          ("Rustam Nazarov", "Ambassador to Kazakhstan", "TJ")]),
        ("The Kyrgyz delegation was headed by Minister of Economy Daniyar Amanov.",
         [("Daniyar Amanov", "Minister of Economy", "KG")]),
        ("He met Head of the Uzbek Government Timur Karimov.",
         [("Timur Karimov", "Head of the Government", "UZ")]),
        ("The Hokim of Samarkand region Botir Usmonov welcomed the guests.",
         [("Botir Usmonov", "Hokim", "UZ-SA")]),
        ("Sheikh Omar Al Hashimi, Minister of Energy of the UAE, attended.",
         [("Omar Al Hashimi", "Minister of Energy", "AE")]),
        ("The Milli Majlis adopted the law and the Red Bridge was closed.", []),
        ("It was co-chaired by Aman Dostov, Deputy Chairman of the Cabinet of Ministers of Turkmenistan, and "
         "Ilkin Bayramov, Deputy Prime Minister of Azerbaijan.",
         [("Aman Dostov", "Deputy Chairman of the Cabinet of Ministers", "TM"),
          ("Ilkin Bayramov", "Deputy Prime Minister", "AZ")]),
        ("The Governor of Jeju Province of South Korea Lee Seo-jun met the delegation.",
         [("Lee Seo-jun", "Governor of Jeju Province", "KR")]),
    ],
)
def test_names_titles_and_sides(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(sentence) == expected
