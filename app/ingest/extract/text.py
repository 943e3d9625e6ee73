"""Article layout: header date, dateline, headline, sentences and word tokens, all with offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from app.ingest.extract.records import Span

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december")
    )
}
MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

_HEADER = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})\s*")
_STAMP = re.compile(
    rf"\A\s*(?:(\d{{1,2}})\s+({MONTH_RE})\s+(\d{{4}})|({MONTH_RE})\s+(\d{{1,2}}),\s+(\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}})|(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}))"
    r"(?:\s+\d{1,2}:\d{2})?\s*\n"
)
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.]+(?:[ \-][A-Z][A-Z'’.]+)*),\s+(?:(?P<country>[A-Z][\w'’. ]*?),\s+)?"
    rf"(?:(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}})|(?P<day_first>\d{{1,2}})\s+(?P<month_second>{MONTH_RE}))"
    r"(?:,?\s+(?P<year>\d{4}))?\s*[.:\-–—]\s*"
)
_SOURCE = re.compile(
    r",\s+((?:the\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4})\s+(?:reports|reported|writes|informs|said)\s*[.]?\s*$"
)
_SENT_END = re.compile(r"[.!?][\"”’)]?(?=\s+[\"“(]?[A-Z0-9])|\n")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e)|\b[A-Z])\.$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class Token(NamedTuple):
    start: int
    end: int
    word: str
    possessive: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Layout:
    published_on: date | None
    dateline: str | None
    dateline_country: str | None
    dateline_month_day: tuple[int, int] | None
    title: str | None
    body_start: int


def tokens(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        poss = len(w) > 2 and w[-2] in "'’" and w[-1] == "s"
        end = m.end() - 2 if poss else m.end()
        out.append(Token(offset + m.start(), offset + end, w[:-2] if poss else w, poss))
    return out


def _title_case(place: str) -> str:
    return "-".join(" ".join(w.capitalize() for w in part.split()) for part in place.split("-"))


def layout(text: str) -> Layout:
    published = None
    pos = 0
    m = _HEADER.match(text)
    if m:
        published = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        pos = m.end()
    s = _STAMP.match(text, pos) if published is None else None
    if s:
        g = s.groups()
        if g[0]:
            published = _safe_date(int(g[2]), MONTHS[g[1].lower()], int(g[0]))
        elif g[3]:
            published = _safe_date(int(g[5]), MONTHS[g[3].lower()], int(g[4]))
        elif g[6]:
            published = _safe_date(int(g[6]), int(g[7]), int(g[8]))
        else:
            published = _safe_date(int(g[11]), int(g[10]), int(g[9]))
        pos = s.end()
    title = None
    first_nl = text.find("\n", pos)
    first_line = text[pos:first_nl if first_nl >= 0 else len(text)]
    if not _DATELINE.match(first_line) and first_line.strip() and not first_line.rstrip().endswith((".", "!", "?", "\"", "”")):
        nxt = text[first_nl + 1:first_nl + 2] if first_nl >= 0 else ""
        if nxt in ("\n", ""):
            title = first_line.strip()
            pos = first_nl + 1
            while pos < len(text) and text[pos] in " \n":
                pos += 1
    d = _DATELINE.match(text, pos)
    dateline = country = month_day = None
    if d:
        dateline = _title_case(d["place"])
        country = d["country"].strip() if d["country"] else None
        month_day = (MONTHS[(d["month"] or d["month_second"]).lower()], int(d["day"] or d["day_first"]))
        if published is None and d["year"]:
            published = _safe_date(int(d["year"]), *month_day)
        pos = d.end()
    return Layout(published, dateline, country, month_day, title, pos)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def sentences(text: str, start: int) -> list[Sentence]:
    out: list[Sentence] = []
    pos = start
    for m in _SENT_END.finditer(text, start):
        if m.group() != "\n" and _ABBREV.search(text[max(pos, m.start() - 6):m.start() + 1]):
            continue
        _push(text, pos, m.end(), out)
        pos = m.end()
    _push(text, pos, len(text), out)
    return out


def _push(text: str, a: int, b: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(a, b, text[a:b]))


def source(lede: str) -> str | None:
    m = _SOURCE.search(lede)
    if not m or m[0].rstrip(". ").endswith("said"):
        return None
    name = m[1]
    return None if name.lower().startswith("the ") else name
