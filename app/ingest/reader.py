"""Reading article inputs: text files with optional metadata lines, JSON Lines, and saved HTML pages.

Every input becomes an `ArticleInput`: the text to store and extract, plus what the input says
about the article (URL, title, source, publication date). A file that cannot be used raises
`ArticleError` with the reason; in a JSON Lines file each bad line is its own failure.

Folders are untrusted: a symbolic link in one is followed only to a place inside the folder
(unless asked), only regular files are opened (a named pipe or a device never is), and no file
is read beyond its size limit, whatever its size claims to be.
"""
from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

import orjson

MAX_ARTICLE_BYTES = 2_000_000
MAX_BATCH_FILE_BYTES = 200_000_000
TEXT_SUFFIXES = (".txt",)
LINES_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + LINES_SUFFIXES + HTML_SUFFIXES

_READ_CHUNK = 1 << 20
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)

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
    from_file: bool = True  # False for an article posted over HTTP: it has no file name


@dataclass(frozen=True)
class ArticleFile:
    """A file to read. One found in a folder carries that folder as `within`: its real path must
    stay inside it, so a symbolic link out of the folder is not followed."""

    path: Path
    within: Path | None = None


def read_article(path: Path | ArticleFile) -> str:
    """The text of one `.txt` article, its metadata lines left in place (used by `extract`)."""
    return _decode(_read_bytes(_as_file(path), MAX_ARTICLE_BYTES))


def read_inputs(path: Path | ArticleFile) -> Iterator[ArticleInput | ArticleError]:
    """The articles one file holds: one for text and HTML, one per line for JSON Lines."""
    file = _as_file(path)
    suffix = file.path.suffix.lower()
    if suffix in LINES_SUFFIXES:
        yield from _json_lines(file)
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield from_html(_read_bytes(file, MAX_ARTICLE_BYTES), str(file.path))
        else:
            yield from_text(read_article(file), str(file.path))
    except ArticleError as exc:
        yield exc


def count_inputs(path: Path | ArticleFile) -> int:
    """How many items `read_inputs` gives for the file, for progress; only JSON Lines are read."""
    file = _as_file(path)
    if file.path.suffix.lower() not in LINES_SUFFIXES:
        return 1
    try:
        raw = _read_bytes(file, MAX_BATCH_FILE_BYTES)
    except ArticleError:
        return 1
    return sum(1 for line in raw.split(b"\n") if line.strip())


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


def from_text_bytes(raw: bytes, origin: str) -> ArticleInput:
    """`from_text` for raw bytes (a request body), decoded and checked as a file's are."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"text is larger than {MAX_ARTICLE_BYTES} bytes")
    return from_text(_decode(raw), origin)


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


def find_articles(paths: list[Path], *, follow_symlinks: bool = False) -> list[ArticleFile | ArticleError]:
    """Expand folders to the article files they hold (.txt, .jsonl, .ndjson, .html), sorted; files
    are kept as given. A path given here is used even when it is a symbolic link; inside a folder,
    links are followed only to places inside it unless `follow_symlinks`. A folder that cannot be
    listed is an `ArticleError` naming it."""
    found: list[ArticleFile | ArticleError] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(_walk(path, follow_symlinks), key=_found_path))
        else:
            found.append(ArticleFile(path))
    return found


def _walk(root: Path, follow_symlinks: bool) -> Iterator[ArticleFile | ArticleError]:
    tree = root.resolve()
    within = None if follow_symlinks else tree
    folders: list[Path] = [root]
    seen: set[Path] = set()  # real paths of the links to folders out of the tree followed so far
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            yield ArticleError(f"cannot read folder: {exc.strerror or exc}", str(folder))
            continue
        for entry in entries:
            path = Path(entry.path)
            if not _is_folder(entry):
                if path.suffix.lower() in ARTICLE_SUFFIXES:
                    yield ArticleFile(path, within)
            elif not entry.is_symlink():
                folders.append(path)
            elif (real := path.resolve()).is_relative_to(tree) or tree.is_relative_to(real) or real in seen:
                continue  # inside the tree its files are found where they are; above it, a loop
            elif follow_symlinks:
                seen.add(real)
                folders.append(path)
            else:
                yield ArticleError(_link_out(tree), str(path))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _found_path(found: ArticleFile | ArticleError) -> Path:
    return found.path if isinstance(found, ArticleFile) else Path(found.origin or "")


def _link_out(tree: Path) -> str:
    return f"a symbolic link out of {tree}: not followed (--follow-symlinks follows it)"


def _as_file(path: Path | ArticleFile) -> ArticleFile:
    return path if isinstance(path, ArticleFile) else ArticleFile(path)


def _json_lines(file: ArticleFile) -> Iterator[ArticleInput | ArticleError]:
    try:
        raw = _read_bytes(file, MAX_BATCH_FILE_BYTES)
    except ArticleError as exc:
        yield exc
        return
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        origin = f"{file.path}:{number}"
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


def _read_bytes(file: ArticleFile, limit: int) -> bytes:
    """At most `limit` bytes of a regular file, or `ArticleError`. The file is not opened unless it
    is a regular file (opening a named pipe waits for a writer), is checked again once open, and
    is read no further than `limit + 1` bytes, for a size can grow or lie."""
    try:
        target = _target(file)
        _require_regular(os.stat(target).st_mode)
        nofollow = os.O_NOFOLLOW if file.within is not None else 0
        descriptor = os.open(target, os.O_RDONLY | os.O_NONBLOCK | nofollow)
        with open(descriptor, "rb", buffering=0) as stream:
            opened = os.fstat(descriptor)
            _require_regular(opened.st_mode)
            if opened.st_size > limit:
                raise ArticleError(f"file is larger than {limit} bytes")
            raw = _read_at_most(stream, limit + 1)
    except OSError as exc:
        raise ArticleError(f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise ArticleError(f"file is larger than {limit} bytes")
    return raw


def _target(file: ArticleFile) -> Path:
    """What to open: the file's real path, which must lie inside `within` when that is given."""
    if file.within is None:
        return file.path
    try:
        real = file.path.resolve()
    except RuntimeError:  # a loop of symbolic links (Python < 3.13 raises this, not OSError)
        raise ArticleError("cannot read file: a loop of symbolic links") from None
    if not real.is_relative_to(file.within):
        raise ArticleError(_link_out(file.within))
    return real


def _require_regular(mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _SPECIAL_FILES if test(mode)), "something else")
    raise ArticleError(f"not a regular file ({kind}): not read")


def _read_at_most(stream: BinaryIO, size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = stream.read(min(left, _READ_CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


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
