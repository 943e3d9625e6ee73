"""Builders of extractions, loaded through the real loader, for fixture data beyond the seed."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.ingest.extract.records import (
    Agreement,
    Extraction,
    Meeting,
    Participant,
    SectorMention,
    Span,
    TradeFigure,
)
from app.ingest.load import ArticleLoader, ArticleMeta

_numbers = itertools.count(1)


@dataclass
class ArticleBuilder:
    """Accumulates sentences and the records read from them, then loads them as one article."""

    published_on: date | None = None
    source: str | None = "Factory Wire"
    sentences: list[str] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    sectors: list[SectorMention] = field(default_factory=list)
    figures: list[TradeFigure] = field(default_factory=list)

    def sentence(self, text: str) -> Span:
        start = sum(len(s) + 1 for s in self.sentences)
        self.sentences.append(text)
        return Span(start, start + len(text))

    def meeting(
        self,
        parties: tuple[str, ...],
        *,
        kind: str = "bilateral_meeting",
        status: str = "held",
        on: date | None = None,
        location: str | None = None,
        commission: str | None = None,
        session_number: int | None = None,
        people: tuple[tuple[str, str | None, str], ...] = (),
        agreements: tuple[tuple[str, str], ...] = (),
        sectors: tuple[str, ...] = (),
    ) -> ArticleBuilder:
        span = self.sentence(f"Factory meeting {next(_numbers)} of {' and '.join(parties)} in {location or 'an unnamed place'}.")
        self.meetings.append(
            Meeting(
                kind=kind,
                status=status,
                date=on,
                location=location,
                parties=list(parties),
                commission=commission,
                session_number=session_number,
                evidence=span,
                participants=[Participant(name, title, party, self.sentence(f"{title or 'Official'} {name} took part.")) for name, title, party in people],
                agreements=[Agreement(k, title, self.sentence(f"They signed the {title}.")) for k, title in agreements],
                sectors=[SectorMention(slug, self.sentence(f"They discussed {slug}.")) for slug in sectors],
            )
        )
        return self

    def sector(self, *slugs: str) -> ArticleBuilder:
        for slug in slugs:
            self.sectors.append(SectorMention(slug, self.sentence(f"They discussed {slug}.")))
        return self

    def figure(
        self,
        parties: tuple[str, str],
        value: int | None,
        *,
        metric: str = "trade_turnover",
        currency: str | None = "USD",
        period: str | None = "2023",
        approximate: bool = False,
        change_pct: float | None = None,
    ) -> ArticleBuilder:
        span = self.sentence(f"The {metric} of {parties[0]} and {parties[1]} was {value} {currency} in {period}.")
        self.figures.append(
            TradeFigure(list(parties), metric, None if value is None else Decimal(value), currency, period, approximate, change_pct, span)
        )
        return self

    def text(self) -> str:
        return " ".join(self.sentences) + f" (factory article {next(_numbers)})"

    def extraction(self) -> Extraction:
        """Sectors given with `sector()` belong to the article and to each meeting without its own."""
        for m in self.meetings:
            m.sectors = m.sectors or list(self.sectors)
        return Extraction(self.published_on, self.source, None, None, [], self.meetings, self.sectors, self.figures)

    def load(self, engine: Engine) -> int:
        with Session(engine) as session, session.begin():
            return ArticleLoader(session).load(self.text(), self.extraction(), ArticleMeta(file_name="factory.txt")).article_id
