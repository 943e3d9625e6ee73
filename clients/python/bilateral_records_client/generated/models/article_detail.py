from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.meeting_read import MeetingRead
    from ..models.trade_figure_read import TradeFigureRead


T = TypeVar("T", bound="ArticleDetail")


@_attrs_define
class ArticleDetail:
    """
    Attributes:
        created_at (datetime.datetime): When the record was stored.
        updated_at (datetime.datetime): When the record, or what its detail lists, last changed.
        id (int):
        title (None | str): Headline, when the file has one.
        source (None | str): Agency credited in the text.
        url (None | str):
        published_on (datetime.date | None):
        dateline (None | str):
        file_name (None | str):
        content_hash (str): SHA-256 of the text; ingesting the same text again adds nothing.
        ingested_at (datetime.datetime):
        meeting_count (int):
        relevance (float | None): With `q`: how well the article matches, higher is better.
        snippet (None | str): With `q`: a passage with the matches in `<mark>...</mark>` (plain text, not HTML-escaped).
        text (str): Full text; evidence offsets index into it.
        parties (list[str]): Sides of the article's meetings.
        sectors (list[str]):
        meetings (list[MeetingRead]):
        trade_figures (list[TradeFigureRead]):
    """

    created_at: datetime.datetime
    updated_at: datetime.datetime
    id: int
    title: None | str
    source: None | str
    url: None | str
    published_on: datetime.date | None
    dateline: None | str
    file_name: None | str
    content_hash: str
    ingested_at: datetime.datetime
    meeting_count: int
    relevance: float | None
    snippet: None | str
    text: str
    parties: list[str]
    sectors: list[str]
    meetings: list[MeetingRead]
    trade_figures: list[TradeFigureRead]

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        id = self.id

        title: None | str
        title = self.title

        source: None | str
        source = self.source

        url: None | str
        url = self.url

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        dateline: None | str
        dateline = self.dateline

        file_name: None | str
        file_name = self.file_name

        content_hash = self.content_hash

        ingested_at = self.ingested_at.isoformat()

        meeting_count = self.meeting_count

        relevance: float | None
        relevance = self.relevance

        snippet: None | str
        snippet = self.snippet

        text = self.text

        parties = self.parties

        sectors = self.sectors

        meetings = []
        for meetings_item_data in self.meetings:
            meetings_item = meetings_item_data.to_dict()
            meetings.append(meetings_item)

        trade_figures = []
        for trade_figures_item_data in self.trade_figures:
            trade_figures_item = trade_figures_item_data.to_dict()
            trade_figures.append(trade_figures_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "updated_at": updated_at,
                "id": id,
                "title": title,
                "source": source,
                "url": url,
                "published_on": published_on,
                "dateline": dateline,
                "file_name": file_name,
                "content_hash": content_hash,
                "ingested_at": ingested_at,
                "meeting_count": meeting_count,
                "relevance": relevance,
                "snippet": snippet,
                "text": text,
                "parties": parties,
                "sectors": sectors,
                "meetings": meetings,
                "trade_figures": trade_figures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meeting_read import MeetingRead
        from ..models.trade_figure_read import TradeFigureRead

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        id = d.pop("id")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))

        def _parse_dateline(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dateline = _parse_dateline(d.pop("dateline"))

        def _parse_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_name = _parse_file_name(d.pop("file_name"))

        content_hash = d.pop("content_hash")

        ingested_at = datetime.datetime.fromisoformat(d.pop("ingested_at"))

        meeting_count = d.pop("meeting_count")

        def _parse_relevance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        relevance = _parse_relevance(d.pop("relevance"))

        def _parse_snippet(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        snippet = _parse_snippet(d.pop("snippet"))

        text = d.pop("text")

        parties = cast(list[str], d.pop("parties"))

        sectors = cast(list[str], d.pop("sectors"))

        meetings = []
        _meetings = d.pop("meetings")
        for meetings_item_data in _meetings:
            meetings_item = MeetingRead.from_dict(meetings_item_data)

            meetings.append(meetings_item)

        trade_figures = []
        _trade_figures = d.pop("trade_figures")
        for trade_figures_item_data in _trade_figures:
            trade_figures_item = TradeFigureRead.from_dict(trade_figures_item_data)

            trade_figures.append(trade_figures_item)

        article_detail = cls(
            created_at=created_at,
            updated_at=updated_at,
            id=id,
            title=title,
            source=source,
            url=url,
            published_on=published_on,
            dateline=dateline,
            file_name=file_name,
            content_hash=content_hash,
            ingested_at=ingested_at,
            meeting_count=meeting_count,
            relevance=relevance,
            snippet=snippet,
            text=text,
            parties=parties,
            sectors=sectors,
            meetings=meetings,
            trade_figures=trade_figures,
        )

        return article_detail
