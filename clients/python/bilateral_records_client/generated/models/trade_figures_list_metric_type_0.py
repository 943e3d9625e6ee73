from typing import Literal

TradeFiguresListMetricType0 = Literal["exports", "imports", "investment", "other", "trade_turnover"]

TRADE_FIGURES_LIST_METRIC_TYPE_0_VALUES: set[TradeFiguresListMetricType0] = {
    "exports",
    "imports",
    "investment",
    "other",
    "trade_turnover",
}


def check_trade_figures_list_metric_type_0(value: str) -> TradeFiguresListMetricType0:
    if value in TRADE_FIGURES_LIST_METRIC_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_FIGURES_LIST_METRIC_TYPE_0_VALUES!r}")
