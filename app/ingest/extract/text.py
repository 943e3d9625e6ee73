"""Sentences and word tokens of the story text, with offsets, and the agency a lede credits."""
from __future__ import annotations

import re
from dataclasses import dataclass
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


def tokens(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        poss = len(w) > 2 and w[-2] in "'’" and w[-1] == "s"
        end = m.end() - 2 if poss else m.end()
        out.append(Token(offset + m.start(), offset + end, w[:-2] if poss else w, poss))
    return out


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
