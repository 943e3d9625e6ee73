"""Trade and investment figures between two sides, with parties read from the figure's own words,
else taken from the article's sides or from the figure before it."""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from app.ingest.extract.gazetteer import Mention, is_region, parent_of
from app.ingest.extract.money import Figure
from app.ingest.extract.reading import SentenceRead
from app.ingest.extract.records import TradeFigure
from app.ingest.extract.sides import drop_parents

_COUNTRIES = re.compile(r"\bcountries\b", re.I)
# "In January-June 2024, it reached ...": the figure continues the one before it.
_ANAPHOR = re.compile(
    r"^\W*(?:(?:in|during|over|for|by)\s+[^,]{1,50}?,?\s+)?(?:it|this|the\s+(?:figure|indicator|volume|total))\b", re.I)
# Who reports a figure is not a party to it: "According to Kazakhstan's National Bank, ...",
# "Sri Lankan data show that ...".
_SOURCE = re.compile(
    r"\baccording\s+to\b[^,;]*"
    r"|^(?:(?!\btrade\b|\bexport|\bimport|\binvest)[^,;])*?\b(?:data|statistics|figures|estimates)\b[^,;]*?"
    r"\b(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|reveal|reveals|revealed)\b(?:\s+that)?",
    re.I,
)
_VENUE = re.compile(r"\b(?:in|at|during)\s+(?:the\s+)?$", re.I)
# "... invested $1.7 billion in Tanzania": the side invested in comes second.
_RECIPIENT = re.compile(r"\b(?:in|into)\s+(?:the\s+)?$", re.I)
# A side named by its kind ("trade between the province and ..."), told apart by whether it is a region.
_REGION_WORDS = re.compile(r"\bthe\s+(?:region|province|oblast|republic|emirate|state|prefecture|city|governorate)\b", re.I)
_COUNTRY_WORDS = re.compile(r"\bthe\s+(?:country|kingdom)\b", re.I)


class _Named(NamedTuple):
    code: str
    recipient: bool  # named as the side invested in ("... in Kenya")


def _named_parties(r: SentenceRead, f: Figure, person_words: set[str]) -> list[_Named]:
    """Sides the figure's own words name, investors first; reporting sources, the currency's country
    and people's names that are also place names ("Rizal said ...") left out."""
    text = r.sent.text
    scope = text[f.scope_start:f.scope_end]
    sources = [(f.scope_start + m.start(), f.scope_start + m.end()) for m in _SOURCE.finditer(scope)]
    named: dict[str, _Named] = {}
    for m in r.mentions:
        start, end = m.start - r.sent.start, m.end - r.sent.start
        if m.code in named or not _counts(m, text, start, end, f, sources) or text[start:end] in person_words:
            continue
        recipient = f.metric == "investment" and bool(_RECIPIENT.search(text, max(0, start - 12), start))
        named[m.code] = _Named(m.code, recipient)
    kept = drop_parents(list(named))
    return sorted((named[code] for code in kept), key=lambda n: n.recipient)


def _counts(m: Mention, text: str, start: int, end: int, f: Figure, sources: list[tuple[int, int]]) -> bool:
    if start < f.scope_start or end > f.scope_end:
        return False
    if m.form == "capital" and _VENUE.search(text, max(0, start - 12), start):
        return False  # "signed in Accra": a venue, not a side
    if f.start <= start < f.end:
        return False  # "US" in "6.3 billion US dollars"
    return not any(a <= start < b for a, b in sources)


def _figure_parties(f: Figure, scope: str, named: list[_Named], sides: list[str],
                    before: TradeFigure | None) -> list[str] | None:
    """`before` is the figure before this one in the same sentence: "trade between A and B reached X,
    of which A's exports accounted for Y" keeps A and B."""
    if len(named) >= 2:
        return [n.code for n in named[:2]]
    if before is not None and (not named or named[0].code in before.parties):
        return before.parties
    if named:
        return _one_named(named[0], f, sides, scope)
    return _article_pair(sides, scope)


def _one_named(one: _Named, f: Figure, sides: list[str], scope: str) -> list[str] | None:
    """One side named in the figure's words: the other is the article's other side, the side it
    belongs to or contains, or the side the clause names by its kind ("the province")."""
    code = one.code
    if code in sides:
        if len(sides) != 2:
            return _article_pair(sides, scope)
        other = sides[0] if sides[1] == code else sides[1]
        return [other, code] if one.recipient else [code, other]
    for i, side in enumerate(sides):
        if parent_of(side) == code or (is_region(code) and parent_of(code) == side):
            return sides[:i] + [code] + sides[i + 1:]
    by_kind = _side_by_kind(sides, scope)
    if by_kind is None:
        return None
    investor_named = f.metric == "investment" and not one.recipient
    return [code, by_kind] if investor_named else [by_kind, code]


def _side_by_kind(sides: list[str], scope: str) -> str | None:
    if _REGION_WORDS.search(scope):
        candidates = [s for s in sides if is_region(s)]
    elif _COUNTRY_WORDS.search(scope):
        candidates = [s for s in sides if not is_region(s) and not s.startswith("ORG:")]
    else:
        return None
    return candidates[0] if len(candidates) == 1 else None


def _article_pair(sides: list[str], scope: str) -> list[str]:
    """No side named: the article's sides; "the two countries" lifts regions to their countries."""
    if _COUNTRIES.search(scope) or len(sides) > 2:
        return list(dict.fromkeys(parent_of(s) or s if is_region(s) else s for s in sides))
    return list(sides)


def trade_figures(reads: list[SentenceRead], sides: list[str], published: date | None) -> list[TradeFigure]:
    out: list[TradeFigure] = []
    seen: set[tuple[object, ...]] = set()
    prev: TradeFigure | None = None
    person_words = {w for r in reads for p in r.people for w in p.name.split()}
    for r in reads:
        in_sentence: TradeFigure | None = None
        for f in r.figures:
            scope = r.sent.text[f.scope_start:f.scope_end]
            if _ONE_SIDE_TOTAL.search(r.sent.text[f.scope_start:f.end]):
                continue
            named = _named_parties(r, f, person_words)
            parties = _figure_parties(f, scope, named, sides, in_sentence)
            metric = f.metric
            if prev is not None and (metric is None or not named) and _ANAPHOR.search(scope):
                metric, parties = metric or prev.metric, prev.parties
            elif metric is None and in_sentence is not None and not named:
                # "reached $14.2 billion in 2023, and $7.6 billion in the first half": one list of amounts.
                metric, parties = in_sentence.metric, in_sentence.parties
            if parties is None or metric is None:
                continue
            exporter, importer = _direction(r, f, metric, parties)
            period = _figure_period(f, metric, prev, published)
            if period is None and prev is not None and _continues(prev, metric, r):
                period = prev.period
            tf = TradeFigure(list(parties), metric, f.value, _currency(f, parties, sides), period,
                             f.approximate, f.change_pct, r.sent.span, exporter, importer)
            key = (frozenset(tf.parties), metric, tf.value, tf.currency, tf.period, tf.change_pct if tf.value is None else None)
            if key in seen:
                continue  # the same figure again, as in a headline and its story
            seen.add(key)
            out.append(tf)
            prev = in_sentence = tf
    return out


_TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_ACTS = re.compile(
    r"^(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?(?:exports?|exported|exporting|imports?|imported|importing|supplies|supplied|"
    r"shipments?|shipped|sales|sold|purchases|bought)\b",
    re.I,
)


def _direction(r: SentenceRead, f: Figure, metric: str, parties: list[str]) -> tuple[str | None, str | None]:
    """(exporter, importer) of an exports or imports figure, when its words say which way goods go:
    "A's exports to B", "exports from A to B", "B's imports from A", "B imported ... from A"."""
    if metric not in ("exports", "imports") or len(parties) != 2:
        return None, None
    text = r.sent.text
    origin = destination = actor = None
    for m in r.mentions:
        start, end = m.start - r.sent.start, m.end - r.sent.start
        if m.code not in parties or not f.scope_start <= start < f.scope_end:
            continue
        before = text[max(f.scope_start, start - 12):start]
        if _TO.search(before):
            destination = destination or m.code
        elif _FROM.search(before):
            origin = origin or m.code
        elif actor is None and _ACTS.match(text, end):
            actor = m.code
    if metric == "exports":
        origin = origin or actor
    else:
        destination = destination or actor
    other = {parties[0]: parties[1], parties[1]: parties[0]}
    if origin is None and destination is not None:
        origin = other[destination]
    if destination is None and origin is not None:
        destination = other[origin]
    return (origin, destination) if origin != destination else (None, None)


def _currency(f: Figure, parties: list[str], sides: list[str]) -> str | None:
    """A shared currency word ("som", "CFA francs") read as the currency of the country involved."""
    if not f.alternatives:
        return f.currency
    countries = {parent_of(c) or c if is_region(c) else c for c in (*parties, *sides)}
    found = {f.alternatives[c] for c in countries if c in f.alternatives}
    return found.pop() if len(found) == 1 else f.currency


# "2.3 percent of Uzbekistan's total foreign trade of $41.9 billion": one side's trade with the world.
_ONE_SIDE_TOTAL = re.compile(r"\b(?:total|overall|entire)\s+(?:foreign\s+|external\s+)?(?:trade|exports|imports)\b(?![^,;]{0,30}\b(?:between|with)\b)", re.I)
# "Exports accounted for ...", "Of that, ...": a breakdown of the figure just given, over its period.
_BREAKDOWN = re.compile(r"^\W*(?:of\s+(?:that|this|which|the\s+total)|(?:exports|imports|shipments|sales)\b|it\b|this\b)", re.I)


def _continues(prev: TradeFigure, metric: str, r: SentenceRead) -> bool:
    """A figure without a period that continues the figure before it takes that figure's period: in
    the same sentence, or in the next one as a breakdown ("Exports accounted for ...", "Of that, ...",
    "Albanian exports to Montenegro came to ...", after a turnover)."""
    if prev.period is None or metric in ("investment", "other"):
        return False
    if prev.evidence == r.sent.span:
        return True
    gap = r.sent.span.start - prev.evidence.end
    next_sentence = 0 <= gap <= 2
    breakdown = prev.metric == "trade_turnover" and metric in ("exports", "imports")
    return next_sentence and (breakdown or bool(_BREAKDOWN.match(r.sent.text)))


def _figure_period(f: Figure, metric: str, prev: TradeFigure | None, published: date | None) -> str | None:
    """"Over the same period" takes the figure before's; a contract's value, the month it was signed."""
    if f.period is True:
        return prev.period if prev else None
    if metric == "other" and f.period is None and published is not None:
        return f"{published.year}-{published.month:02d}"
    return f.period if isinstance(f.period, str) else None
