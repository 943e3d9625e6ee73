"""The answer-key dict of ANNOTATION.md for one `Extraction`."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.ingest.extract.records import Extraction, Meeting, TradeFigure


def _number(v: Decimal) -> int | float:
    return int(v) if v == v.to_integral_value() else float(v)


def _meeting(m: Meeting) -> dict[str, Any]:
    return {
        "kind": m.kind,
        "status": m.status,
        "date": m.date.isoformat() if m.date else None,
        "location": m.location,
        "parties": list(m.parties),
        "commission": m.commission,
        "session_number": m.session_number,
        "participants": [{"name": p.name, "title": p.title, "party": p.party} for p in m.participants],
        "agreements": [{"kind": a.kind, "title": a.title} for a in m.agreements],
    }


def _figure(f: TradeFigure) -> dict[str, Any]:
    if f.value is None:
        return {"parties": list(f.parties), "metric": f.metric, "change_pct": f.change_pct, "period": f.period}
    return {
        "parties": list(f.parties),
        "metric": f.metric,
        "value": _number(f.value),
        "currency": f.currency,
        "period": f.period,
        "approximate": f.approximate,
    }


def to_answer_key(extraction: Extraction) -> dict[str, Any]:
    sectors: list[str] = []
    for s in extraction.sectors:
        if s.slug not in sectors:
            sectors.append(s.slug)
    return {
        "published_on": extraction.published_on.isoformat() if extraction.published_on else None,
        "source": extraction.source,
        "dateline": extraction.dateline,
        "parties": list(extraction.parties),
        "meetings": [_meeting(m) for m in extraction.meetings],
        "sectors": sectors,
        "trade_figures": [_figure(f) for f in extraction.trade_figures],
    }
