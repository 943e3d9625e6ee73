"""Trade and investment figures between two sides, with parties resolved from the sentence or the article."""
from __future__ import annotations

import re
from datetime import date

from app.ingest.extract.gazetteer import is_region, parent_of
from app.ingest.extract.reading import SentenceRead
from app.ingest.extract.records import TradeFigure
from app.ingest.extract.sides import drop_parents

_COUNTRIES = re.compile(r"\bcountries\b", re.I)
_BOTH_SIDES = re.compile(r"\b(?:bilateral|mutual|two\s+countries|two\s+sides|both\s+sides|the\s+countries)\b", re.I)
_ANAPHOR = re.compile(r"^\s*(?:in\s+[^,]+,\s*)?(?:it|this|the\s+figure|the\s+indicator)\b", re.I)


def _figure_parties(r: SentenceRead, sides: list[str]) -> list[str] | None:
    codes: list[str] = []
    for m in r.mentions:
        if m.code not in codes:
            codes.append(m.code)
    codes = drop_parents(codes)
    if len(codes) >= 2:
        return codes[:2] if len(codes) > 2 and not _BOTH_SIDES.search(r.sent.text) else codes
    if len(codes) == 1 and codes[0] not in sides and not is_region(codes[0]):
        if not [c for c in sides if parent_of(c) == codes[0]]:
            return None
    if _COUNTRIES.search(r.sent.text) or len(sides) > 2:
        return list(dict.fromkeys(parent_of(s) or s if is_region(s) else s for s in sides))
    return list(sides)


def trade_figures(reads: list[SentenceRead], sides: list[str], published: date | None) -> list[TradeFigure]:
    out: list[TradeFigure] = []
    prev: TradeFigure | None = None
    for r in reads:
        for f in r.figures:
            parties = _figure_parties(r, sides)
            metric = f.metric
            if metric is None or (_ANAPHOR.search(r.sent.text) and prev is not None and r.mentions == []):
                if prev is None:
                    continue
                metric = metric or prev.metric
                parties = prev.parties
            if parties is None:
                continue
            per = f.period
            if per is True:
                per = prev.period if prev else None
            if metric == "other" and per is None and published is not None:
                per = f"{published.year}-{published.month:02d}"
            tf = TradeFigure(list(parties), metric, f.value, f.currency, per, f.approximate, f.change_pct, r.sent.span)
            out.append(tf)
            prev = tf
    return out
