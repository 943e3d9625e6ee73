from typing import Literal

TradeFiguresListFormatType0 = Literal["csv", "json", "ndjson"]

TRADE_FIGURES_LIST_FORMAT_TYPE_0_VALUES: set[TradeFiguresListFormatType0] = {
    "csv",
    "json",
    "ndjson",
}


def check_trade_figures_list_format_type_0(value: str) -> TradeFiguresListFormatType0:
    if value in TRADE_FIGURES_LIST_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_FIGURES_LIST_FORMAT_TYPE_0_VALUES!r}")
