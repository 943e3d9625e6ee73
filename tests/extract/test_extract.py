from datetime import date
from decimal import Decimal

import pytest

from app.ingest.extract import extract, to_answer_key

ARTICLE = (
    " date 2024-10-01 TBILISI, Georgia, October 1. Georgia and Kazakhstan held the 3rd meeting of the "
    "Intergovernmental Commission on Economic Cooperation in Tbilisi on Tuesday, Silk Road Wire reports.\n\n"
    "The commission was co-chaired by Georgia's Minister of Economy Nino Beridze and Deputy Prime Minister of "
    "Kazakhstan Arman Bekov.\n\n"
    "The sides discussed transit along the Middle Corridor and joint tourism routes.\n\n"
    "At the end of the meeting, the co-chairs signed the protocol of the 3rd meeting.\n\n"
    "Trade between Georgia and Kazakhstan reached $210.5 million in January-August 2024.\n\n"
    "On Wednesday, the Kazakh delegation is scheduled to visit the Poti Free Industrial Zone.\n\n"
    "The fourth meeting of the commission will be held in Astana next year."
)


def test_whole_article() -> None:
    ex = extract(ARTICLE)
    key = to_answer_key(ex)
    assert key["published_on"] == "2024-10-01"
    assert key["source"] == "Silk Road Wire" and key["dateline"] == "Tbilisi"
    assert key["parties"] == ["GE", "KZ"]
    kinds = [(m["kind"], m["status"], m["date"], m["session_number"]) for m in key["meetings"]]
    assert kinds == [
        ("commission_session", "held", "2024-10-01", 3),
        ("visit", "planned", "2024-10-02", None),
        ("commission_session", "planned", None, 4),
    ]
    session = key["meetings"][0]
    assert [(p["name"], p["title"], p["party"]) for p in session["participants"]] == [
        ("Nino Beridze", "Minister of Economy", "GE"),
        ("Arman Bekov", "Deputy Prime Minister", "KZ"),
    ]
    assert [a["kind"] for a in session["agreements"]] == ["protocol"]
    assert key["meetings"][1]["location"] == "Poti Free Industrial Zone"
    assert set(key["sectors"]) == {"transport", "logistics", "tourism"}
    assert key["trade_figures"] == [{
        "parties": ["GE", "KZ"], "metric": "trade_turnover", "value": 210500000, "currency": "USD",
        "period": "2024-01/2024-08", "approximate": False,
    }]


def test_evidence_spans_point_at_their_sentences() -> None:
    ex = extract(ARTICLE)
    assert "3rd meeting" in ARTICLE[ex.meetings[0].evidence.start:ex.meetings[0].evidence.end]
    p = ex.meetings[0].participants[0]
    sentence = ARTICLE[p.evidence.start:p.evidence.end]
    assert sentence.startswith("The commission was co-chaired") and "Nino Beridze" in sentence
    f = ex.trade_figures[0]
    assert "$210.5 million" in ARTICLE[f.evidence.start:f.evidence.end]
    assert f.value == Decimal("210500000")
    words = {"transport": "transit", "logistics": "Corridor", "tourism": "tourism"}
    for s in ex.sectors:
        assert words[s.slug] in ARTICLE[s.evidence.start:s.evidence.end]
    agreement = ex.meetings[0].agreements[0]
    assert "signed the protocol" in ARTICLE[agreement.evidence.start:agreement.evidence.end]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's parliament approves budget\n\nThe Milli Majlis on Tuesday adopted the state budget of "
        "Azerbaijan for 2025. Defense and education spending will rise, and exports reached $30 billion.",
        " date 2024-10-18 TASHKENT, Uzbekistan, October 18. Uzbekistan's GDP grew by 6.6 percent in "
        "January-September 2024, the Statistics Agency reported. Exports reached $19.3 billion.",
    ],
)
def test_domestic_article_yields_no_records(text: str) -> None:
    key = to_answer_key(extract(text))
    assert (key["parties"], key["meetings"], key["sectors"], key["trade_figures"]) == ([], [], [], [])


def test_region_replaces_its_country_as_a_side() -> None:
    text = (" date 2024-06-18 UFA, Russia, June 18. Kazakhstan and Russia's Tatarstan signed a roadmap on "
            "industrial cooperation on Tuesday. Bilateral trade between Kazakhstan and Russia reached $28 billion in 2023.")
    key = to_answer_key(extract(text))
    assert key["parties"] == ["KZ", "RU-TA"]
    assert key["meetings"][0]["kind"] == "signing_ceremony"
    assert key["meetings"][0]["date"] == "2024-06-18"
    assert key["trade_figures"][0]["parties"] == ["KZ", "RU"]


def test_place_on_a_route_is_not_a_side() -> None:
    text = (" date 2024-08-27 ULAANBAATAR, Mongolia, August 27. Mongolia and Kazakhstan agreed to launch a container "
            "train via the Russian Altai following talks on Tuesday.")
    assert extract(text).parties == ["MN", "KZ"]


def test_undated_story_has_no_dates() -> None:
    ex = extract("ASHGABAT, Turkmenistan, May 6. Türkiye's Minister of Energy Ali Demir met Turkmenistan's "
                 "Minister of Economy Murat Berdiyev on Monday.")
    assert ex.published_on is None
    assert ex.meetings[0].date is None
    assert ex.parties == ["TR", "TM"]


def test_date_stamp_without_header() -> None:
    ex = extract("TASHKENT, Uzbekistan, February 14. The minister received the Secretary General of the "
                 "Organization of Turkic States (OTS) in Tashkent on Friday, 14 February 2025.")
    assert ex.published_on == date(2025, 2, 14)
    assert ex.parties == ["ORG:OTS", "UZ"] or ex.parties == ["UZ", "ORG:OTS"]


def test_a_later_session_of_the_commission_names_the_same_body() -> None:
    key = to_answer_key(extract(ARTICLE))
    held, planned = key["meetings"][0], key["meetings"][2]
    assert held["commission"] == "Intergovernmental Commission on Economic Cooperation"
    assert planned["commission"] == held["commission"]
