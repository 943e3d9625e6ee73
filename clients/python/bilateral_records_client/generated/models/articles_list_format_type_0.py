from typing import Literal

ArticlesListFormatType0 = Literal["csv", "json", "ndjson"]

ARTICLES_LIST_FORMAT_TYPE_0_VALUES: set[ArticlesListFormatType0] = {
    "csv",
    "json",
    "ndjson",
}


def check_articles_list_format_type_0(value: str) -> ArticlesListFormatType0:
    if value in ARTICLES_LIST_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLES_LIST_FORMAT_TYPE_0_VALUES!r}")
