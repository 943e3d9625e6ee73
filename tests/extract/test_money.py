from datetime import date
from decimal import Decimal

import pytest

from app.ingest.extract.money import find_figures
from app.ingest.extract.reading import read_sentence
from app.ingest.extract.text import Sentence
from app.ingest.extract.trade import trade_figures

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


@pytest.mark.parametrize(
    "sentence, value, currency",
    [
        ("Trade came to $ 310 million in 2023.", Decimal("310e6"), "USD"),
        ("Trade came to $\u00a0310 million in 2023.", Decimal("310e6"), "USD"),
        ("Trade came to $\u202f310\u202fmillion in 2023.", Decimal("310e6"), "USD"),
        ("Trade came to 5.2\u00a0billion euros in 2023.", Decimal("5.2e9"), "EUR"),
        ("Trade came to € 3.1 billion in 2023.", Decimal("3.1e9"), "EUR"),
        ("Trade came to US$ 2.6 bn in 2023.", Decimal("2.6e9"), "USD"),
        ("Trade came to US $2.6 bn in 2023.", Decimal("2.6e9"), "USD"),
        ("Trade came to $2.6 bn in 2023.", Decimal("2.6e9"), "USD"),
        ("Trade came to $2.6bn in 2023.", Decimal("2.6e9"), "USD"),
        ("Trade came to a $2.6-billion in 2023.", Decimal("2.6e9"), "USD"),
        ("Trade came to $1,250 million in 2023.", Decimal("1.25e9"), "USD"),
        ("Trade came to 3,7 billion euros in 2023.", Decimal("3.7e9"), "EUR"),
        ("Trade came to 650,000 dollars in 2023.", Decimal("650e3"), "USD"),
        ("Trade came to 3.4 billion US dollars in 2023.", Decimal("3.4e9"), "USD"),
        ("Trade came to 3.4 billion U.S. dollars in 2023.", Decimal("3.4e9"), "USD"),
        ("Trade came to 8.1 billion rubles in 2023.", Decimal("8.1e9"), "RUB"),
        ("Trade came to 8.1 billion Belarusian rubles in 2023.", Decimal("8.1e9"), "BYN"),
        ("Trade came to 31 billion drams in 2023.", Decimal("31e9"), "AMD"),
        ("Trade came to 2 billion lari in 2023.", Decimal("2e9"), "GEL"),
        ("Trade came to 400 billion tenge in 2023.", Decimal("400e9"), "KZT"),
        ("Trade came to 5 billion Kenyan shillings in 2023.", Decimal("5e9"), "KES"),
        ("Trade came to 5 billion Ugandan shillings in 2023.", Decimal("5e9"), "UGX"),
        ("Trade came to 900 million Iraqi dinars in 2023.", Decimal("900e6"), "IQD"),
        ("Trade came to 900 million Serbian dinars in 2023.", Decimal("900e6"), "RSD"),
        ("Trade came to 70 billion Philippine pesos in 2023.", Decimal("70e9"), "PHP"),
        ("Trade came to 2 billion manats in 2023.", Decimal("2e9"), "AZN"),
        ("Trade came to 2 billion Turkmen manats in 2023.", Decimal("2e9"), "TMT"),
        ("Trade came to 12 billion Hong Kong dollars in 2023.", Decimal("12e9"), "HKD"),
        ("Trade came to 600 crore rupees in 2023.", Decimal("6e9"), "INR"),
        ("Trade came to Rs 600 crore in 2023.", Decimal("6e9"), "INR"),
        ("Trade came to 90 billion Pakistani rupees in 2023.", Decimal("90e9"), "PKR"),
        ("Trade came to 300 billion naira in 2023.", Decimal("300e9"), "NGN"),
        ("Trade came to 20 billion rand in 2023.", Decimal("20e9"), "ZAR"),
        ("Trade came to 20 billion ringgit in 2023.", Decimal("20e9"), "MYR"),
        ("Trade came to 20 billion baht in 2023.", Decimal("20e9"), "THB"),
        ("Trade came to 20 trillion rupiah in 2023.", Decimal("20e12"), "IDR"),
        ("Trade came to 20 billion reais in 2023.", Decimal("20e9"), "BRL"),
        ("Trade came to 20 billion riyals in 2023.", Decimal("20e9"), "SAR"),
        ("Trade came to 20 billion Moroccan dirhams in 2023.", Decimal("20e9"), "MAD"),
        ("Trade came to 20 billion dirhams in 2023.", Decimal("20e9"), "AED"),
        ("Trade came to 20 billion soms in 2023.", Decimal("20e9"), "KGS"),
        ("Trade came to 20 billion somoni in 2023.", Decimal("20e9"), "TJS"),
        ("Trade came to 20 billion hryvnias in 2023.", Decimal("20e9"), "UAH"),
        ("Trade came to 20 billion zloty in 2023.", Decimal("20e9"), "PLN"),
        ("Trade came to 20 billion forints in 2023.", Decimal("20e9"), "HUF"),
        ("Trade came to 20 billion Czech koruna in 2023.", Decimal("20e9"), "CZK"),
        ("Trade came to 20 billion lei in 2023.", Decimal("20e9"), "RON"),
        ("Trade came to 20 billion Moldovan lei in 2023.", Decimal("20e9"), "MDL"),
        ("Trade came to 20 trillion dong in 2023.", Decimal("20e12"), "VND"),
        ("Trade came to 20 trillion won in 2023.", Decimal("20e12"), "KRW"),
        ("Trade came to 20 billion yen in 2023.", Decimal("20e9"), "JPY"),
        ("Trade came to 20 billion yuan in 2023.", Decimal("20e9"), "CNY"),
        ("Trade came to 20 billion renminbi in 2023.", Decimal("20e9"), "CNY"),
        ("Trade came to 20 billion taka in 2023.", Decimal("20e9"), "BDT"),
        ("Trade came to 20 billion kyat in 2023.", Decimal("20e9"), "MMK"),
        ("Trade came to 20 billion kip in 2023.", Decimal("20e9"), "LAK"),
        ("Trade came to 20 billion riels in 2023.", Decimal("20e9"), "KHR"),
        ("Trade came to 20 billion afghanis in 2023.", Decimal("20e9"), "AFN"),
        ("Trade came to USD 5 million in 2023.", Decimal("5e6"), "USD"),
        ("Trade came to 5 million USD in 2023.", Decimal("5e6"), "USD"),
        ("Trade came to KZT 3.2 billion in 2023.", Decimal("3.2e9"), "KZT"),
        ("Trade came to RM4 billion in 2023.", Decimal("4e9"), "MYR"),
    ],
)
def test_amount_and_currency(sentence: str, value: Decimal, currency: str) -> None:
    figs = find_figures(sentence, PUB)
    assert [(f.metric, f.value, f.currency, f.period) for f in figs] == [("trade_turnover", value, currency, "2023")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade came to 5 billion shillings in 2023.",  # whose shillings?
        "Trade came to 900 million dinars in 2023.",
        "Trade came to 70 billion pesos in 2023.",
        "Trade came to 5 billion Zimbabwean dollars in 2023.",  # a dollar the table does not know
        "The fee is EUR 40 per visa.",
        "Trade came to 300 rupees.",  # a price, not a trade figure
    ],
)
def test_currency_unknown_or_too_small(sentence: str) -> None:
    assert find_figures(sentence, PUB) == []


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Trade reached $2 billion in January through September 2023.", "2023-01/2023-09"),
        ("Trade reached $2 billion in January to September 2023.", "2023-01/2023-09"),
        ("Trade reached $2 billion in January-September 2023.", "2023-01/2023-09"),
        ("Trade reached $2 billion in the first quarter of this year.", "2024-01/2024-03"),
        ("Trade reached $2 billion in the first nine months of 2023.", "2023-01/2023-09"),
        ("In nine months of this year, trade reached $2 billion.", "2024-01/2024-09"),
        ("Trade has reached $2 billion since the beginning of the year.", "2024"),
        ("Trade reached $2 billion last year.", "2023"),
        ("Trade reached $2 billion in H1 2024.", "2024-01/2024-06"),
        ("Trade reached $2 billion in 2021, up from a year earlier.", "2021"),
        ("In January-April 2024, trade between the two regions reached $ 12.5 million, 9% more than a year earlier.",
         "2024-01/2024-04"),
        ("Trade reached $2 billion in 2023/24.", None),
        ("Trade reached $2 billion, 8 percent more than in the same period of 2023.", None),
        ("Trade reached $2 billion in January-March, against $1.7 billion in the same period of 2023.", "2024-01/2024-03"),
        ("In January-May, exports totalled $80 million.", "2024-01/2024-05"),
        ("Exports totalled $80 million in May.", "2024-05"),
    ],
)
def test_period(sentence: str, period: str | None) -> None:
    figs = find_figures(sentence, PUB)
    assert [f.period for f in figs] == [period]


@pytest.mark.parametrize(
    "sentence, approximate",
    [
        ("Trade came to about $600 million in 2023.", True),
        ("Trade came to more than $600 million in 2023.", True),
        ("Trade topped $600 million in 2023.", True),
        ("Trade was over $600 million in 2023.", True),
        ("Trade was some $600 million in 2023.", True),
        ("Trade was nearly $600 million in 2023.", True),
        ("Investment totalled upwards of $600 million in 2023.", True),
        ("Investment was in excess of $600 million in 2023.", True),
        ("Trade came to $600 million-plus in 2023.", True),
        ("Trade rose by more than 30 percent to $600 million in 2023.", False),
        ("Trade came to $600 million in 2023.", False),
    ],
)
def test_hedge(sentence: str, approximate: bool) -> None:
    assert [f.approximate for f in find_figures(sentence, PUB)] == [approximate]


@pytest.mark.parametrize(
    "sentence, change",
    [
        ("Trade reached $ 9.2 million in 2023, 11.5 percent more than a year earlier.", 11.5),
        ("Trade reached $ 9.2 million in 2023, an increase of 17 percent.", 17.0),
        ("Trade reached 4.1 billion rubles in 2023, up 19 percent, the minister added.", 19.0),
        ("Trade fell to $ 9.2 million in 2023, down 6.5 percent.", -6.5),
        ("Trade reached $9.2 million in 2023, a 12% decline on the previous year.", -12.0),
        ("Exports grew by 35 percent, reaching $9.2 million in 2023.", 35.0),
        ("Trade reached $9.2 million in 2023 (+4.2%).", 4.2),
        ("Trade reached $9.2 million in 2023.", None),
    ],
)
def test_percentage_with_value_is_kept_on_the_value(sentence: str, change: float | None) -> None:
    figs = find_figures(sentence, PUB)
    assert [(f.value is not None, f.change_pct, f.period) for f in figs] == [(True, change, "2023")]


def test_percentage_change_alone() -> None:
    figs = find_figures("In January 2024, mutual trade grew by 12.4 percent year-on-year.", PUB)
    assert [(f.metric, f.value, f.change_pct, f.period) for f in figs] == [("trade_turnover", None, 12.4, "2024-01")]


def test_a_change_in_its_own_clause_stays_its_own_figure() -> None:
    figs = find_figures("Trade with the bloc reached €3.3 billion in 2022, while imports from it fell by 4 percent.", PUB)
    assert [(f.metric, f.value, f.change_pct, f.period) for f in figs] == [
        ("trade_turnover", Decimal("3.3e9"), None, "2022"), ("imports", None, -4.0, "2022")]


@pytest.mark.parametrize(
    "sentence, metric",
    [
        ("Peru and Chile traded goods worth $1.9 billion in 2023.", "trade_turnover"),
        ("Two-way trade came to $1.9 billion in 2023.", "trade_turnover"),
        ("Ugandan firms have invested more than $1.9 billion in Kenya.", "investment"),
        ("The fund's portfolio in Ghana comprises 14 projects worth $1.9 billion.", "investment"),
        ("Agreements worth $1.9 billion were signed at the forum.", "other"),
        ("The two firms concluded a contract worth €19 million for grain supplies.", "other"),
        ("The forum ended with $1.9 billion worth of deals.", "other"),
    ],
)
def test_metric(sentence: str, metric: str) -> None:
    assert [f.metric for f in find_figures(sentence, PUB)] == [metric]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides aim to bring trade to $1 billion by 2026.",
        "The oil price was set at $70 per barrel.",
        "Budget revenues are projected at AZN 37.9 billion.",
        "Exports of grain reached 1.2 million tons in 2023.",
        "Trade grew 1.5 times in 2023.",
        "The two provinces aim to raise it to $2 billion by 2027.",
        '"Our joint target is two-way trade of $5 billion a year," the minister said.',
        "The leaders said they wanted to lift annual trade to 8 billion dollars by 2028.",
        "They agreed to lift annual trade to 8 billion dollars by 2028.",
        "Settlements in national currencies account for more than 70 percent of payments.",
        "Trade grew 1.8 times in 2023 compared with 2022.",
        "Foreign exchange reserves stood at $ 4.1 billion at the end of May.",
        "The city's budget for the year now totals 310 billion drams.",
        "The amendments set aside 9 billion drams for new buses.",
        "Shipments of cement came to 3 million tonnes in 2023.",
    ],
)
def test_not_a_reported_measure(sentence: str) -> None:
    assert find_figures(sentence, PUB) == []


def test_comparison_base_is_not_a_figure() -> None:
    figs = find_figures("Exports rose to $2 billion in 2023, up from $1.6 billion a year earlier.", PUB)
    assert [(f.value, f.period) for f in figs] == [(Decimal("2e9"), "2023")]


def test_amounts_listed_together_share_the_period() -> None:
    figs = find_figures("Exports reached $2 billion and imports $1.1 billion in 2023.", PUB)
    assert [(f.metric, f.value, f.period) for f in figs] == [
        ("exports", Decimal("2e9"), "2023"), ("imports", Decimal("1.1e9"), "2023")]


def test_sentence_without_digits_is_free() -> None:
    assert find_figures("Trade between the two countries is growing.", PUB) == []


# ---- parties -------------------------------------------------------------------------------------

def _trade(sentences: list[str], sides: list[str], published: date | None = PUB) -> list[tuple[list[str], str, object]]:
    reads, pos = [], 0
    for text in sentences:
        reads.append(read_sentence(Sentence(pos, pos + len(text), text), published))
        pos += len(text) + 2
    return [(f.parties, f.metric, f.value if f.value is not None else f.change_pct)
            for f in trade_figures(reads, sides, published)]


@pytest.mark.parametrize(
    "sentence, sides, parties",
    [
        # A region's trade with a whole country: the region and that country.
        ("Heilongjiang's trade with Belarus as a whole totalled $198.2 million in 2022.", ["BY-MA", "CN-HL"], ["CN-HL", "BY"]),
        # The countries of two regional sides.
        ("Turkey's trade with Iraq as a whole came to $20.4 billion in 2023.", ["TR-73", "IQ-KR"], ["TR", "IQ"]),
        # Sides named by their kind.
        ("Trade between the province and its neighbour exceeded $350 million in 2023.", ["TR-73", "IQ-KR"],
         ["TR-73", "IQ-KR"]),
        ("Trade between the two countries came to $800 million in 2023.", ["AZ", "RU-TA"], ["AZ", "RU"]),
        # One side and one outsider, the investor first.
        ("Ugandan companies have invested more than $900 million in Kenya.", ["KE", "UG"], ["UG", "KE"]),
        ("The region's trade with China reached $60 million in 2023.", ["TJ-SU", "KR"], ["TJ-SU", "CN"]),
        # The reporting source and the currency's country are not parties.
        ("According to Kazakhstan's central bank, investment from the UAE in Kazakhstan totalled $700 million in 2023.",
         ["KZ", "AE"], ["AE", "KZ"]),
        ("Nepalese figures show that trade reached 7.1 billion US dollars in 2023.", ["NP", "IN"], ["NP", "IN"]),
        # The country of a regional side stands in for it.
        ("Trade with Russia reached $3.9 billion in 2023.", ["AZ", "RU-TA"], ["AZ", "RU"]),
    ],
)
def test_figure_parties(sentence: str, sides: list[str], parties: list[str]) -> None:
    assert [p for p, _, _ in _trade([sentence], sides)] == [parties]


def test_investment_both_ways_in_one_sentence() -> None:
    found = _trade(["Ugandan firms have invested about $900 million in Kenya, while Kenyan investment in Uganda "
                    "stands at over $400 million."], ["KE", "UG"])
    assert found == [(["UG", "KE"], "investment", Decimal("900e6")), (["KE", "UG"], "investment", Decimal("400e6"))]


def test_outsider_alone_is_not_a_figure_of_the_sides() -> None:
    assert _trade(["Exports to China reached $1 billion in 2023."], ["AZ", "GE"]) == []


def test_part_of_a_figure_keeps_its_parties() -> None:
    found = _trade(["Trade between Azerbaijan and Germany reached €900 million in 2023, of which Azerbaijan's "
                    "exports accounted for €500 million."], ["AZ", "DE-BY"])
    assert [(p, m) for p, m, _ in found] == [(["AZ", "DE"], "trade_turnover"), (["AZ", "DE"], "exports")]


def test_anaphor_continues_the_figure_before() -> None:
    found = _trade(["Trade between Peru and Chile amounted to $4.4 billion in 2023.",
                    "In January-March 2024, it reached $1.2 billion.",
                    "The company's capital stands at $5 million."], ["CL", "PE"])
    assert [(p, m, v) for p, m, v in found] == [
        (["PE", "CL"], "trade_turnover", Decimal("4.4e9")), (["PE", "CL"], "trade_turnover", Decimal("1.2e9"))]


def test_the_same_figure_twice_is_one_record() -> None:
    found = _trade(["Ghana and Morocco sign deals worth $ 1.1 bn at forum",
                    "Deals worth $1.1 billion were signed at the forum."], ["GH", "MA"])
    assert [(m, v) for _, m, v in found] == [("other", Decimal("1.1e9"))]


def test_capitals_stand_for_their_countries_but_venues_do_not() -> None:
    assert [p for p, _, _ in _trade(["Trade between Seoul and Ulaanbaatar came to $580 million in 2023."], ["MN", "KR"])] \
        == [["KR", "MN"]]
    found = _trade(["Deals worth $300 million were signed in Accra, the ministry said."], ["GH", "MA"])
    assert [(p, m) for p, m, _ in found] == [(["GH", "MA"], "other")]
