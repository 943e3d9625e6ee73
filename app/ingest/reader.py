"""Reading article inputs: text files with optional metadata lines, JSON Lines, and saved HTML pages.

Every input becomes an `ArticleInput`: the text to store and extract, plus what the input says
about the article (URL, title, source, publication date). A file that cannot be used raises
`ArticleError` with the reason; in a JSON Lines file each bad line is its own failure.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import orjson

MAX_ARTICLE_BYTES = 2_000_000
MAX_BATCH_FILE_BYTES = 200_000_000
TEXT_SUFFIXES = (".txt",)
LINES_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + LINES_SUFFIXES + HTML_SUFFIXES

_META_LINE = re.compile(r"(?P<key>url|title|source|published)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.I)
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*\Z", re.I)


class ArticleError(Exception):
    """An article input that cannot be used; the message says why, `origin` where (FILE:LINE)."""

    def __init__(self, reason: str, origin: str | None = None) -> None:
        super().__init__(reason)
        self.origin = origin


@dataclass(frozen=True)
class ArticleInput:
    text: str
    origin: str  # the file, or FILE:LINE for one line of a JSON Lines file
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published_on: date | None = None


def read_article(path: Path) -> str:
    """The text of one `.txt` article, its metadata lines left in place (used by `extract`)."""
    return _decode(_read_bytes(path, MAX_ARTICLE_BYTES))


def read_inputs(path: Path) -> Iterator[ArticleInput | ArticleError]:
    """The articles one file holds: one for text and HTML, one per line for JSON Lines."""
    suffix = path.suffix.lower()
    if suffix in LINES_SUFFIXES:
        yield from _json_lines(path)
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield from_html(_read_bytes(path, MAX_ARTICLE_BYTES), str(path))
        else:
            yield from_text(read_article(path), str(path))
    except ArticleError as exc:
        yield exc


def from_text(raw: str, origin: str) -> ArticleInput:
    """A text article; `url:`, `title:`, `source:` and `published:` lines may stand before the text."""
    meta: dict[str, str] = {}
    lines = raw.split("\n")
    i = 0
    while i < len(lines) and (m := _META_LINE.fullmatch(lines[i])):
        meta[m["key"].lower()] = m["value"]
        i += 1
    if meta and i < len(lines) and not lines[i].strip():
        i += 1
    text = "\n".join(lines[i:]) if meta else raw
    return _article(text, origin, meta.get("url"), meta.get("title"), meta.get("source"), meta.get("published"))


def from_record(record: object, origin: str) -> ArticleInput:
    """One JSON object: `text` required; `url`, `title`, `source`, `published_on` optional."""
    if not isinstance(record, dict):
        raise ArticleError("a line must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ArticleError("`text` is required and must be a string")
    for key in ("url", "title", "source", "published_on"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ArticleError(f"`{key}` must be a string")
    unknown = sorted(set(record) - {"text", "url", "title", "source", "published_on"})
    if unknown:
        raise ArticleError(f"unknown field `{unknown[0]}`")
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"text is larger than {MAX_ARTICLE_BYTES} bytes")
    return _article(_clean(text), origin, record.get("url"), record.get("title"), record.get("source"),
                    record.get("published_on"))


def from_html(raw: bytes, origin: str, url: str | None = None) -> ArticleInput:
    """A saved web page: trafilatura finds the story, the page's title, date and canonical URL."""
    import trafilatura  # imported on first use: loading it takes a while

    try:
        found = trafilatura.bare_extraction(raw, url=url, with_metadata=True, favor_precision=True,
                                            include_comments=False, include_tables=False)
    except Exception as exc:  # a page the parser cannot read at all
        raise ArticleError(f"not a readable HTML page ({type(exc).__name__})") from None
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        raise ArticleError("no article text found in the HTML page")
    paragraphs = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    return _article(paragraphs, origin, url or found.url, found.title, found.sitename, found.date)


def find_articles(paths: list[Path]) -> list[Path]:
    """Expand folders to the article files they hold (.txt, .jsonl, .ndjson, .html), sorted;
    files are kept as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()))
        else:
            found.append(path)
    return found


def _json_lines(path: Path) -> Iterator[ArticleInput | ArticleError]:
    try:
        raw = _read_bytes(path, MAX_BATCH_FILE_BYTES)
    except ArticleError as exc:
        yield exc
        return
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            yield from_record(orjson.loads(line), origin)
        except orjson.JSONDecodeError as exc:
            yield ArticleError(f"not valid JSON ({str(exc).split(':')[0]})", origin)
        except ArticleError as exc:
            yield ArticleError(str(exc), origin)


def _article(text: str, origin: str, url: str | None, title: str | None, source: str | None,
             published: str | None) -> ArticleInput:
    if not text.strip():
        raise ArticleError("the article has no text")
    if url is not None and not _URL.match(url.strip()):
        raise ArticleError(f"url is not an http(s) URL: {url[:80]!r}")
    return ArticleInput(text, origin, url.strip() if url else None, _blank_none(title), _blank_none(source),
                        _iso_date(published))


def _iso_date(value: str | None) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ArticleError(f"published date is not YYYY-MM-DD: {value[:40]!r}") from None


def _blank_none(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ArticleError(f"file is larger than {limit} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read file: {exc.strerror or exc}") from None
    return raw


def _decode(raw: bytes) -> str:
    if b"\x00" in raw:
        raise ArticleError("file is binary, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise ArticleError("file is empty")
    return _clean(text)


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n")
