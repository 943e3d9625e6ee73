"""Reading article files: UTF-8 text, not empty, not binary."""
from __future__ import annotations

from pathlib import Path

MAX_ARTICLE_BYTES = 2_000_000


class ArticleError(Exception):
    """An article file that cannot be used; the message says why."""


def read_article(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"file is larger than {MAX_ARTICLE_BYTES} bytes")
    if b"\x00" in raw:
        raise ArticleError("file is binary, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise ArticleError("file is empty")
    return text.replace("\r\n", "\n")


def find_articles(paths: list[Path]) -> list[Path]:
    """Expand folders to the `.txt` files they hold, sorted; files are kept as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            found.append(path)
    return found
