"""Exports and imports carry which way the goods go when the text says so; turnover has no direction."""
import pytest

from app.ingest.extract import extract

LEDE = "Uruguay and Paraguay held talks in Montevideo on Monday on river transport. "


@pytest.mark.parametrize(
    ("sentence", "metric", "exporter", "importer"),
    [
        ("Uruguay's exports to Paraguay reached $1.2 billion in 2023.", "exports", "UY", "PY"),
        ("Uruguayan exports to Paraguay rose by 14 percent to $1.1 billion in 2023.", "exports", "UY", "PY"),
        ("Exports from Paraguay to Uruguay amounted to $300 million in 2023.", "exports", "PY", "UY"),
        ("Paraguay's imports from Uruguay came to $800 million in 2023.", "imports", "UY", "PY"),
        ("Paraguay imported goods worth $650 million from Uruguay in 2023.", "imports", "UY", "PY"),
        ("Exports to Paraguay reached $900 million in 2023.", "exports", "UY", "PY"),
        ("Trade between the two countries reached $2 billion in 2023.", "trade_turnover", None, None),
    ],
)
def test_direction_of_goods(sentence: str, metric: str, exporter: str | None, importer: str | None) -> None:
    figures = extract(LEDE + sentence).trade_figures
    assert [(f.metric, f.exporter, f.importer) for f in figures] == [(metric, exporter, importer)]


def test_a_change_is_kept_with_its_value() -> None:
    figure = extract(LEDE + "Uruguayan exports to Paraguay rose by 14 percent to $1.1 billion in 2023.").trade_figures[0]
    assert (float(figure.value or 0), figure.change_pct) == (1.1e9, 14.0)


def test_an_organisation_imports_too() -> None:
    text = "The European Union and Kyrgyzstan held talks in Bishkek on Monday on energy. EU imports from Kyrgyzstan grew to EUR 150 million in 2023."
    figure = extract(text).trade_figures[0]
    assert (figure.exporter, figure.importer) == ("KG", "ORG:EU")


def test_sales_to_a_side_are_exports_and_cfa_francs_are_xof() -> None:
    text = ("Kenya and Ethiopia held talks in Nairobi on Monday on transport. "
            "Ethiopia's sales to Kenya stayed at around $ 41 million in 2023. "
            "Moroccan investment in Ivory Coast exceeds 980 billion CFA francs.")
    figures = extract(text).trade_figures
    assert [(f.metric, f.exporter, f.importer, f.currency) for f in figures][0] == ("exports", "ET", "KE", "USD")
    assert any(f.currency == "XOF" and f.metric == "investment" for f in figures)


def test_a_breakdown_takes_the_period_of_the_total() -> None:
    text = (LEDE + "Trade between the two countries reached $2.1 billion from January to August 2024. "
            "Uruguayan exports to Paraguay accounted for $1.3 billion of that.")
    figures = extract(text).trade_figures
    assert [(f.metric, f.period) for f in figures] == [("trade_turnover", "2024-01/2024-08"), ("exports", "2024-01/2024-08")]


def test_a_shared_currency_word_is_the_sides_currency() -> None:
    uzbek = ("Uzbekistan and Tajikistan held talks in Tashkent on Monday on transit. "
             "Uzbek exports of cement to Tajikistan came to 1.7 trillion som in 2024.")
    central_african = ("Cameroon and Chad held talks in Yaounde on Monday on the corridor. "
                       "Trade between the two countries reached 210 billion CFA francs in 2023.")
    assert [f.currency for f in extract(uzbek).trade_figures] == ["UZS"]
    assert [f.currency for f in extract(central_african).trade_figures] == ["XAF"]


def test_one_sides_trade_with_the_world_is_not_a_record() -> None:
    text = (LEDE + "Paraguay accounted for 3 percent of Uruguay's total foreign trade of $25 billion in 2023.")
    assert extract(text).trade_figures == []


def test_more_currency_letters_periods_and_lists() -> None:
    nepal = ("Nepal and Bangladesh held talks in Kathmandu on Monday. "
             "Nepal's exports to Bangladesh reached Rs 4.2 billion between mid-July and mid-November 2024.")
    oman = "Oman and Tanzania held talks in Muscat on Monday. Trade reached RO 182 million (about USD 473 million) in 2023."
    listed = (LEDE + "Bilateral trade reached $2.2 billion in 2023, and $1.1 billion in the first half of 2024.")
    assert [(f.currency, f.period) for f in extract(nepal).trade_figures] == [("NPR", "2024-07/2024-11")]
    assert [(f.currency, float(f.value or 0)) for f in extract(oman).trade_figures] == [("OMR", 182e6)]
    assert [(f.metric, f.period) for f in extract(listed).trade_figures] == [
        ("trade_turnover", "2023"), ("trade_turnover", "2024-01/2024-06")]


def test_a_task_of_bringing_trade_to_a_sum_is_a_target() -> None:
    text = LEDE + "The presidents had set the task of bringing mutual trade to $ 1 billion."
    assert extract(text).trade_figures == []
