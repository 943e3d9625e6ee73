from typing import Literal

ArticleWrittenStatus = Literal["created", "failed", "replaced", "unchanged"]

ARTICLE_WRITTEN_STATUS_VALUES: set[ArticleWrittenStatus] = {
    "created",
    "failed",
    "replaced",
    "unchanged",
}


def check_article_written_status(value: str) -> ArticleWrittenStatus:
    if value in ARTICLE_WRITTEN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_WRITTEN_STATUS_VALUES!r}")
