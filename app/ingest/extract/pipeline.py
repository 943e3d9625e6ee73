"""From page text to an `Extraction`: read the page, weigh the sides, then meetings, figures and sectors."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from app.ingest.extract import dates
from app.ingest.extract.gazetteer import find_mentions, introduced_organizations, is_region
from app.ingest.extract.meetings import build_meetings
from app.ingest.extract.page import Page, read_page
from app.ingest.extract.reading import SentenceRead, read_sentence
from app.ingest.extract.records import Extraction, SectorMention, Span
from app.ingest.extract.sectors import find_sectors
from app.ingest.extract.sides import article_sides, person_party, regional_officials
from app.ingest.extract.text import sentences, source, tokens
from app.ingest.extract.trade import trade_figures

# Offices only a state has: with one country among the sides, a minister named without a side is its.
_NATIONAL_OFFICE = re.compile(r"\b(?:Minister|Ministry|Prime|Government|Ambassador|Secretary\s+of\s+State)\b")
_COOPERATION = re.compile(r"\b(?:discuss\w*|agreed|cooperat\w*|partnership|talks|relations|signed)\b", re.I)


def extract(text: str, published_on: date | None = None) -> Extraction:
    """The records of one article; `published_on`, when the input states it, stands for a ` date` header."""
    page = read_page(text)
    sents = sentences(page.text, 0)
    published = published_on or page.published_on
    if published is None and page.dateline_month_day:
        for s in sents[:3]:
            d = dates.explicit_day(s.text, None)
            if d and (d.month, d.day) == page.dateline_month_day:
                published = d
                break
    introduced = introduced_organizations(page.text)
    reads = [read_sentence(s, published, introduced) for s in sents]
    src = page.agency or (source(sents[0].text) if sents else None)
    empty = Extraction(published, src, page.dateline, page.headline, [], [], [], [])
    headline = find_mentions(tokens(page.headline), introduced) if page.headline else []
    sides = article_sides(reads, headline, page.headline or "", page.dateline_country)
    if not sides:
        return empty
    sides = regional_officials(reads, sides)
    only_country = _only_country(sides)
    for r in reads:
        for p in r.people:
            p.party = person_party(p.party, sides)
            if p.party is None and only_country and p.title and _NATIONAL_OFFICE.search(p.title):
                p.party = only_country
    evs = build_meetings(reads, sides, published, page.dateline, page.dateline_country)
    lede = sents[0].text if sents else ""
    if not evs and (len(sides) < 2 or not _COOPERATION.search(f"{page.headline or ''} {lede}")):
        return empty
    by_sentence = [_sentence_sectors(r) for r in reads]
    for e in evs:
        e.meeting.sectors = _unique(m for i in e.sentences for m in by_sentence[i])
    found = Extraction(
        published, src, page.dateline, page.headline, sides,
        [e.meeting for e in evs], [m for ms in by_sentence for m in ms], trade_figures(reads, sides, published),
        {code: info.name for code, info in introduced.infos.items()},
    )
    return _on_page(found, page)


# A sentence that only reports a figure names no field of cooperation: "trade reached $X" adds no `trade`.
_FIGURE_SECTORS = {"trade_turnover": "trade", "exports": "trade", "imports": "trade", "investment": "investment"}


def _only_country(sides: list[str]) -> str | None:
    countries = [s for s in sides if not is_region(s) and not s.startswith("ORG:")]
    return countries[0] if len(countries) == 1 and len(sides) == 2 else None


def _sentence_sectors(r: SentenceRead) -> list[SectorMention]:
    measured = {_FIGURE_SECTORS.get(f.metric or "", "trade") for f in r.figures}
    return [SectorMention(slug, r.sent.span) for slug, _ in find_sectors(r.sent.text) if slug not in measured]


def _unique(mentions: Iterable[SectorMention]) -> list[SectorMention]:
    """One mention per sector, the first."""
    first: dict[str, SectorMention] = {}
    for m in mentions:
        first.setdefault(m.slug, m)
    return list(first.values())


def _on_page(found: Extraction, page: Page) -> Extraction:
    """Evidence spans move from story offsets to offsets of the page as stored."""
    def span(s: Span) -> Span:
        return Span(page.origin(s.start), page.origin_end(s.end))

    for m in found.meetings:
        m.evidence = span(m.evidence)
        m.sectors = [SectorMention(s.slug, span(s.evidence)) for s in m.sectors]
        for p in m.participants:
            p.evidence = span(p.evidence)
        for a in m.agreements:
            a.evidence = span(a.evidence)
    for f in found.trade_figures:
        f.evidence = span(f.evidence)
    return replace(found, sectors=[SectorMention(s.slug, span(s.evidence)) for s in found.sectors])
