from datetime import date
from decimal import Decimal

import pytest

from app.ingest.extract.money import find_figures

PUB = date(2024, 6, 1)


@pytest.mark.parametrize(
    "sentence, metric, value, currency, period, approximate",
    [
        ("Trade turnover reached $4.4 billion in 2023.", "trade_turnover", Decimal("4.4e9"), "USD", "2023", False),
        ("Mutual trade amounted to USD 1.27 bn in January-March 2024.", "trade_turnover", Decimal("1.27e9"), "USD", "2024-01/2024-03", False),
        ("Trade totalled 38.6 billion rubles last year.", "trade_turnover", Decimal("38.6e9"), "RUB", "2023", False),
        ("Exports stood at EUR 250 mln in 2022.", "exports", Decimal("250e6"), "EUR", "2022", False),
        ("Imports reached nearly 1.2 billion manats this year.", "imports", Decimal("1.2e9"), "AZN", "2024", True),
        ("Investment exceeded AZN 318.4 mln.", "investment", Decimal("318.4e6"), "AZN", None, True),
        ("The bank's investment portfolio exceeds $1.2 billion.", "investment", Decimal("1.2e9"), "USD", None, True),
        ("Trade surpassed $900 million in 2023.", "trade_turnover", Decimal("900e6"), "USD", "2023", True),
        ("Trade reached $7.5 billion in January-October 2024 and set a target of $15 billion.",
         "trade_turnover", Decimal("7.5e9"), "USD", "2024-01/2024-10", False),
        ("Trade reached more than $2 billion (AZN 3.4 billion) in 2023.", "trade_turnover", Decimal("2e9"), "USD", "2023", True),
        ("Exports surged by more than 52 percent, totaling $5.1 billion in 2023.", "exports", Decimal("5.1e9"), "USD", "2023", False),
    ],
)
def test_money_figures(sentence: str, metric: str, value: Decimal, currency: str, period: str | None, approximate: bool) -> None:
    figs = find_figures(sentence, PUB)
    assert len(figs) == 1
    f = figs[0]
    assert (f.metric, f.value, f.currency, f.period, f.approximate) == (metric, value, currency, period, approximate)


def test_percentage_change_alone() -> None:
    figs = find_figures("In January 2024, mutual trade grew by 12.4 percent year-on-year.", PUB)
    assert [(f.metric, f.value, f.change_pct, f.period) for f in figs] == [("trade_turnover", None, 12.4, "2024-01")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides aim to bring trade to $1 billion by 2026.",
        "The oil price was set at $70 per barrel.",
        "Budget revenues are projected at AZN 37.9 billion.",
        "Exports of grain reached 1.2 million tons in 2023.",
        "Trade grew 1.5 times in 2023.",
    ],
)
def test_not_a_reported_measure(sentence: str) -> None:
    assert find_figures(sentence, PUB) == []
