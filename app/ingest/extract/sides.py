"""Which countries, regions and organisations act as the sides of the reported cooperation.

Sides are weighed over the whole story: the headline and the lede weigh most, then the sides the
named officials speak for, then mentions in sentences that report an event, then any other
mention. A capital counts for its country only in the headline ("Ulaanbaatar, Seoul eye ...");
in the story a city is a venue. Mentions in money sentences do not count: a country named only
in a trade figure is not a side.
"""
from __future__ import annotations

import re

from app.ingest.extract.gazetteer import Mention, is_region, mentions_in, parent_of
from app.ingest.extract.reading import SentenceRead

_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near|via|through)\s+(?:the\s+)?$", re.I)
_ROUTE = re.compile(r"\b(?:via|through|across|bypassing|near)\s+(?:the\s+)?$", re.I)

# "the Lagos-Accra corridor", "the Abidjan-Lagos highway": places that name a route.
_ROUTE_NAME = re.compile(
    r"(?:[-–][\w'’]+(?:\s+[A-Z][\w'’]+)*)*\s+(?:(?:transport|economic|trade|transit|railway|road|rail|energy|gas)\s+)?"
    r"(?:corridor|highway|expressway|motorway|railway|rail\s+link|road|pipeline|route|line|bridge|border\s+crossing|"
    r"crossing|ferry)s?\b",
    re.I,
)

_PLACES_OF = re.compile(
    r"\b(?:islands?|atolls?|districts?|villages?|towns?|cities|areas?|coasts?|valleys?|parts?|provinces|regions|"
    r"communities|municipalities)\s+(?:of|in)\s+(?:the\s+)?(?:[\w'’\-]+(?:\s+[\w'’\-]+)?\s*(?:,|and)\s+)*$",
    re.I,
)

HEADLINE, LEDE, SECOND, OFFICIAL, EVENT, OTHER = 2.0, 2.0, 1.0, 2.0, 1.0, 0.5
SIDE_MIN = 2.0


def article_sides(reads: list[SentenceRead], headline: list[Mention], headline_text: str,
                  dateline_country: str | None) -> list[str]:
    score: dict[str, float] = {}

    def add(code: str, weight: float) -> None:
        score[code] = score.get(code, 0.0) + weight

    person_words = {w for r in reads for p in r.people for w in p.name.split()}
    for m in headline:
        if not _venue(m, headline_text, 0):
            add(m.code, HEADLINE)
    for i, r in enumerate(reads):
        weight = LEDE if i == 0 else SECOND if i == 1 else EVENT if r.events else OTHER
        if not r.figures:
            for m in r.mentions:
                named = r.sent.text[m.start - r.sent.start:m.end - r.sent.start]
                if m.form != "capital" and named not in person_words and not _venue(m, r.sent.text, r.sent.start):
                    add(m.code, weight)
        for p in r.people:
            if p.party:
                add(p.party, OFFICIAL)
    ranked = sorted(score, key=lambda c: -score[c])
    found = drop_parents([c for c in ranked if score[c] >= SIDE_MIN])
    if len(found) > 2:
        found = found[:2] + [c for c in found[2:] if score[c] >= score[found[1]]]
    order = list(score)
    found.sort(key=order.index)  # reading order, as the story names them
    if len(found) == 1 and dateline_country:
        host = [m.code for m in mentions_in(dateline_country) if not is_region(m.code)]
        if host and host[0] != found[0] and host[0] != parent_of(found[0]):
            found.append(host[0])
    return found


def _venue(m: Mention, text: str, offset: int) -> bool:
    """A region or capital after "in"/"at"/"to" is where things happen; a route is never a side;
    "the outer islands of Ha'apai and Vava'u" are places, not regions acting."""
    before = text[:m.start - offset]
    if _ROUTE.search(before) or _ROUTE_NAME.match(text, m.end - offset):
        return True
    if is_region(m.code) and _PLACES_OF.search(before):
        return True
    return (is_region(m.code) or m.form == "capital") and bool(_LOCATIVE.search(before))


def drop_parents(codes: list[str]) -> list[str]:
    parents = {parent_of(c) for c in codes if is_region(c)}
    return [c for c in codes if c not in parents]


def regional_officials(reads: list[SentenceRead], sides: list[str]) -> list[str]:
    """A regional official makes the region a side; it replaces its country unless the country acts too."""
    parties = {p.party for r in reads for p in r.people if p.party}
    out = list(sides)
    for code in parties:
        if not is_region(code) or code in out:
            continue
        parent = parent_of(code)
        if parent in out:
            out = [code if s == parent else s for s in out] if parent not in parties else out + [code]
    return out


def person_party(code: str | None, sides: list[str]) -> str | None:
    if code is None:
        return None
    if code not in sides:
        for s in sides:
            if parent_of(s) == code:
                return s
    return code
