"""From article text to an `Extraction`: sides first, then meetings, figures and sectors."""
from __future__ import annotations

import re

from app.ingest.extract import dates
from app.ingest.extract.gazetteer import introduced_organizations
from app.ingest.extract.meetings import build_meetings
from app.ingest.extract.reading import SentenceRead, read_sentence
from app.ingest.extract.records import Extraction, SectorMention
from app.ingest.extract.sectors import find_sectors
from app.ingest.extract.sides import article_sides, person_party, regional_officials
from app.ingest.extract.text import layout, sentences, source
from app.ingest.extract.trade import trade_figures

_COOPERATION = re.compile(r"\b(?:discuss\w*|agreed|cooperat\w*|partnership|talks|relations|signed)\b", re.I)


def extract(text: str) -> Extraction:
    lay = layout(text)
    sents = sentences(text, lay.body_start)
    published = lay.published_on
    if published is None and lay.dateline_month_day:
        for s in sents[:3]:
            d = dates.explicit_day(s.text, None)
            if d and (d.month, d.day) == lay.dateline_month_day:
                published = d
                break
    introduced = introduced_organizations(text)
    reads = [read_sentence(s, published, introduced) for s in sents]
    src = source(sents[0].text) if sents else None
    empty = Extraction(published, src, lay.dateline, lay.title, [], [], [], [])
    sides = article_sides(reads, lay.dateline_country)
    if len(sides) < 2:
        return empty
    sides = regional_officials(reads, sides)
    for r in reads:
        for p in r.people:
            p.party = person_party(p.party, sides)
    evs = build_meetings(reads, sides, published, lay.dateline, lay.dateline_country)
    if not evs and not _COOPERATION.search(sents[0].text):
        return empty
    return Extraction(
        published, src, lay.dateline, lay.title, sides,
        [e.meeting for e in evs], _sectors(reads), trade_figures(reads, sides, published),
        {code: info.name for code, info in introduced.infos.items()},
    )


def _sectors(reads: list[SentenceRead]) -> list[SectorMention]:
    out: list[SectorMention] = []
    for r in reads:
        for slug, _ in find_sectors(r.sent.text):
            if slug == "trade" and r.figures:
                continue
            out.append(SectorMention(slug, r.sent.span))
    return out
