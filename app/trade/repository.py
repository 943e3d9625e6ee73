from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import aliased

from app.core.pagination import Page, SortKey, fetch_page, parse_sort
from app.core.params import PageParams
from app.meetings.repository import evidence, party_ids
from app.parties.models import Party
from app.trade.models import TradeFigure

SORT_FIELDS = ("period", "value", "id")
DEFAULT_SORT = "-period"
PartyA, PartyB = aliased(Party), aliased(Party)


def _select() -> Select[Any]:
    return (
        select(
            TradeFigure.id, PartyA.code.label("party_a"), PartyB.code.label("party_b"), TradeFigure.metric,
            TradeFigure.value, TradeFigure.currency, TradeFigure.period, TradeFigure.period_start, TradeFigure.period_end,
            TradeFigure.approximate, TradeFigure.change_pct, TradeFigure.article_id,
            TradeFigure.evidence_start, TradeFigure.evidence_end, TradeFigure.evidence_text,
        )
        .join(PartyA, PartyA.id == TradeFigure.party_a_id)
        .join(PartyB, PartyB.id == TradeFigure.party_b_id)
    )


def _item(r: Any) -> dict[str, Any]:
    return {
        "id": r.id, "parties": [r.party_a, r.party_b], "metric": r.metric, "value": r.value, "currency": r.currency,
        "period": r.period, "period_start": r.period_start, "period_end": r.period_end,
        "approximate": bool(r.approximate), "change_pct": r.change_pct, "article_id": r.article_id, "evidence": evidence(r),
    }


def list_trade_figures(connection: Connection, page: PageParams, *, party: list[str], metric: str | None, currency: str | None, year_from: int | None, year_to: int | None) -> Page:
    keys = {
        "period": SortKey.of_date(TradeFigure.period_start),
        "value": SortKey(TradeFigure.value, nullable=True, decode=lambda v: None if v is None else Decimal(v)),
        "id": SortKey(TradeFigure.id),
    }
    order = parse_sort(page.sort, keys, DEFAULT_SORT)
    stmt = _select()
    ids = party_ids(connection, party)
    if len(ids) < len(set(party)):
        return Page.empty(page.include_total)
    for party_id in ids.values():
        stmt = stmt.where((TradeFigure.party_a_id == party_id) | (TradeFigure.party_b_id == party_id))
    if metric:
        stmt = stmt.where(TradeFigure.metric == metric)
    if currency:
        stmt = stmt.where(func.upper(TradeFigure.currency) == currency.upper())
    if year_from is not None:
        stmt = stmt.where(TradeFigure.period_end >= date(year_from, 1, 1))
    if year_to is not None:
        stmt = stmt.where(TradeFigure.period_start <= date(year_to, 12, 31))
    return fetch_page(connection, stmt, order, page).map(lambda rows: [_item(r) for r in rows])


def list_trade_figures_of_article(connection: Connection, article_id: int) -> list[dict[str, Any]]:
    rows = connection.execute(_select().where(TradeFigure.article_id == article_id).order_by(TradeFigure.id))
    return [_item(r) for r in rows]
