"""What the extractor finds in one article: plain data, no database, no I/O.

Every record keeps `evidence`, the character span of the sentence it came from, so that the
loader can store where each row was read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character offsets [start, end) into the article text."""

    start: int
    end: int


@dataclass(slots=True)
class Participant:
    name: str
    title: str | None
    party: str | None
    evidence: Span


@dataclass(slots=True)
class Agreement:
    kind: str  # protocol | memorandum | agreement | declaration | roadmap | contract | program | other
    title: str
    evidence: Span


@dataclass(slots=True)
class SectorMention:
    slug: str
    evidence: Span


@dataclass(slots=True)
class Meeting:
    kind: str  # bilateral_meeting | commission_session | business_forum | visit | phone_call | ...
    status: str  # held | planned
    date: date | None
    location: str | None
    parties: list[str]
    commission: str | None
    session_number: int | None
    evidence: Span
    participants: list[Participant] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    # Fields named in the sentences that report this meeting: its own, and those after it until
    # another event is introduced. The article's `sectors` list is the union over the whole text.
    sectors: list[SectorMention] = field(default_factory=list)


@dataclass(slots=True)
class TradeFigure:
    parties: list[str]
    metric: str  # trade_turnover | exports | imports | investment | other
    value: Decimal | None
    currency: str | None  # ISO 4217
    period: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM/YYYY-MM"
    approximate: bool
    change_pct: float | None
    evidence: Span
    exporter: str | None = None  # party codes, for exports and imports when the text says which way
    importer: str | None = None


@dataclass(slots=True)
class Extraction:
    published_on: date | None
    source: str | None
    dateline: str | None
    title: str | None  # the headline line, when the article has one
    parties: list[str]
    meetings: list[Meeting]
    sectors: list[SectorMention]
    trade_figures: list[TradeFigure]
    # Organisations the article introduces itself ("... (BSEC)"), beyond the gazetteer: code -> name.
    introduced_parties: dict[str, str] = field(default_factory=dict)
