from typing import Literal

TradeFiguresSeriesMetric = Literal["exports", "imports", "investment", "other", "trade_turnover"]

TRADE_FIGURES_SERIES_METRIC_VALUES: set[TradeFiguresSeriesMetric] = {
    "exports",
    "imports",
    "investment",
    "other",
    "trade_turnover",
}


def check_trade_figures_series_metric(value: str) -> TradeFiguresSeriesMetric:
    if value in TRADE_FIGURES_SERIES_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_FIGURES_SERIES_METRIC_VALUES!r}")
