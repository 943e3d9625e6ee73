from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import aliased

from app.articles.models import Article
from app.core.pagination import Page, SortKey, fetch_page, parse_sort
from app.core.params import PageParams
from app.db.mixins import evidence
from app.parties.models import Party
from app.parties.repository import party_groups
from app.trade.models import TradeFigure

SORT_FIELDS = ("period", "value", "id")
DEFAULT_SORT = "-period"
PartyA, PartyB = aliased(Party), aliased(Party)
Exporter, Importer = aliased(Party), aliased(Party)


def select_trade_figures() -> Select[Any]:
    return (
        select(
            TradeFigure.id, PartyA.code.label("party_a"), PartyB.code.label("party_b"), TradeFigure.metric,
            TradeFigure.value, TradeFigure.currency, TradeFigure.period, TradeFigure.period_start, TradeFigure.period_end,
            TradeFigure.approximate, TradeFigure.change_pct, Exporter.code.label("exporter"), Importer.code.label("importer"),
            TradeFigure.article_id, Article.url.label("article_url"),
            TradeFigure.evidence_start, TradeFigure.evidence_end, TradeFigure.evidence_text,
        )
        .join(PartyA, PartyA.id == TradeFigure.party_a_id)
        .join(PartyB, PartyB.id == TradeFigure.party_b_id)
        .outerjoin(Exporter, Exporter.id == TradeFigure.exporter_id)
        .outerjoin(Importer, Importer.id == TradeFigure.importer_id)
        .join(Article, Article.id == TradeFigure.article_id)
    )


def trade_item(r: Any) -> dict[str, Any]:
    return {
        "id": r.id, "parties": [r.party_a, r.party_b], "metric": r.metric, "value": r.value, "currency": r.currency,
        "period": r.period, "period_start": r.period_start, "period_end": r.period_end,
        "approximate": bool(r.approximate), "change_pct": r.change_pct, "exporter": r.exporter, "importer": r.importer,
        "article_id": r.article_id, "article_url": r.article_url, "evidence": evidence(r),
    }


def _party_id(code: str) -> Any:
    """The id of a party code, as a subquery: an unknown code stands for none, so it matches nothing."""
    return select(Party.id).where(Party.code == code).scalar_subquery()


def list_trade_figures(connection: Connection, page: PageParams, *, party: list[str], metric: str | None, currency: str | None,
                       year_from: int | None, year_to: int | None, exporter: str | None = None,
                       importer: str | None = None, updated_since: datetime | None = None) -> Page:
    keys = {
        "period": SortKey.of_date(TradeFigure.period_start),
        "value": SortKey(TradeFigure.value, nullable=True),
        "id": SortKey(TradeFigure.id),
    }
    order = parse_sort(page.sort, keys, DEFAULT_SORT)
    stmt = select_trade_figures()
    groups = party_groups(connection, party, include_subdivisions=False)
    if groups is None:
        return Page.empty(page.include_total)
    for ids in groups.values():
        stmt = stmt.where(TradeFigure.party_a_id.in_(ids) | TradeFigure.party_b_id.in_(ids))
    if metric:
        stmt = stmt.where(TradeFigure.metric == metric)
    if exporter:
        stmt = stmt.where(TradeFigure.exporter_id == _party_id(exporter))
    if importer:
        stmt = stmt.where(TradeFigure.importer_id == _party_id(importer))
    if currency:
        stmt = stmt.where(func.upper(TradeFigure.currency) == currency.upper())
    if year_from is not None:
        stmt = stmt.where(TradeFigure.period_end >= date(year_from, 1, 1))
    if year_to is not None:
        stmt = stmt.where(TradeFigure.period_start <= date(year_to, 12, 31))
    if updated_since is not None:
        stmt = stmt.where(TradeFigure.updated_at >= updated_since)
    return fetch_page(connection, stmt, order, page).map(lambda rows: [trade_item(r) for r in rows])


def list_trade_figures_of_article(connection: Connection, article_id: int) -> list[dict[str, Any]]:
    rows = connection.execute(select_trade_figures().where(TradeFigure.article_id == article_id).order_by(TradeFigure.id))
    return [trade_item(r) for r in rows]


def trade_series(connection: Connection, *, party: list[str], metric: str, currency: str | None,
                 exporter: str | None = None) -> list[dict[str, Any]] | None:
    """One point per period (and currency) for a pair of sides. When several articles report
    the same period, the most recently published wins; every report is listed with the point.
    With `exporter`, only figures of goods going from that side to the other. Percentage changes
    without a value are left out. None when a code is unknown."""
    groups = party_groups(connection, party, include_subdivisions=False)
    if groups is None:
        return None
    (a,), (b,) = groups.values()
    low, high = sorted((a, b))
    stmt = (
        select(
            TradeFigure.id, TradeFigure.period, TradeFigure.period_start, TradeFigure.period_end, TradeFigure.currency,
            TradeFigure.value, TradeFigure.approximate, TradeFigure.article_id, Article.published_on,
        )
        .join(Article, Article.id == TradeFigure.article_id)
        .where(
            ((TradeFigure.party_a_id == low) & (TradeFigure.party_b_id == high))
            | ((TradeFigure.party_a_id == high) & (TradeFigure.party_b_id == low)),
            TradeFigure.metric == metric,
            TradeFigure.value.is_not(None),
            TradeFigure.period_start.is_not(None),
        )
        .order_by(
            TradeFigure.period_start, TradeFigure.period_end, TradeFigure.currency,
            Article.published_on.desc().nulls_last(), Article.id.desc(), TradeFigure.id.desc(),
        )
    )
    if currency:
        stmt = stmt.where(func.upper(TradeFigure.currency) == currency.upper())
    if exporter:
        stmt = stmt.where(TradeFigure.exporter_id == _party_id(exporter))
    points: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in connection.execute(stmt):
        report = {"figure_id": r.id, "article_id": r.article_id, "published_on": r.published_on, "value": r.value}
        key = (r.period_start, r.period_end, r.currency)
        if key not in points:
            points[key] = {
                "period": r.period, "period_start": r.period_start, "period_end": r.period_end, "currency": r.currency,
                "value": r.value, "approximate": bool(r.approximate), "reports": [],
            }
        points[key]["reports"].append(report)
    return list(points.values())
