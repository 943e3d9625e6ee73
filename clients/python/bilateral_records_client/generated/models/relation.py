from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.dyad_agreement import DyadAgreement
    from ..models.dyad_commission import DyadCommission
    from ..models.meeting_summary import MeetingSummary
    from ..models.party_ref import PartyRef
    from ..models.ranked_sector import RankedSector
    from ..models.relation_links import RelationLinks
    from ..models.side_people import SidePeople
    from ..models.trade_figure_read import TradeFigureRead


T = TypeVar("T", bound="Relation")


@_attrs_define
class Relation:
    """
    Attributes:
        parties (list[PartyRef]):
        include_subdivisions (bool):
        meetings (MeetingSummary):
        links (RelationLinks):
        sectors (list[RankedSector]): Sectors by how many of the dyad's meetings discussed them.
        agreements (list[DyadAgreement]): Documents signed at the dyad's meetings, newest first.
        commissions (list[DyadCommission]): Standing bodies of the two sides with their session history.
        trade_figures (list[TradeFigureRead]): Figures between the two sides by metric, then period: a time series.
        people (list[SidePeople]): Who took part on each side, most meetings first.
    """

    parties: list[PartyRef]
    include_subdivisions: bool
    meetings: MeetingSummary
    links: RelationLinks
    sectors: list[RankedSector]
    agreements: list[DyadAgreement]
    commissions: list[DyadCommission]
    trade_figures: list[TradeFigureRead]
    people: list[SidePeople]

    def to_dict(self) -> dict[str, Any]:
        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        include_subdivisions = self.include_subdivisions

        meetings = self.meetings.to_dict()

        links = self.links.to_dict()

        sectors = []
        for sectors_item_data in self.sectors:
            sectors_item = sectors_item_data.to_dict()
            sectors.append(sectors_item)

        agreements = []
        for agreements_item_data in self.agreements:
            agreements_item = agreements_item_data.to_dict()
            agreements.append(agreements_item)

        commissions = []
        for commissions_item_data in self.commissions:
            commissions_item = commissions_item_data.to_dict()
            commissions.append(commissions_item)

        trade_figures = []
        for trade_figures_item_data in self.trade_figures:
            trade_figures_item = trade_figures_item_data.to_dict()
            trade_figures.append(trade_figures_item)

        people = []
        for people_item_data in self.people:
            people_item = people_item_data.to_dict()
            people.append(people_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "parties": parties,
                "include_subdivisions": include_subdivisions,
                "meetings": meetings,
                "links": links,
                "sectors": sectors,
                "agreements": agreements,
                "commissions": commissions,
                "trade_figures": trade_figures,
                "people": people,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dyad_agreement import DyadAgreement
        from ..models.dyad_commission import DyadCommission
        from ..models.meeting_summary import MeetingSummary
        from ..models.party_ref import PartyRef
        from ..models.ranked_sector import RankedSector
        from ..models.relation_links import RelationLinks
        from ..models.side_people import SidePeople
        from ..models.trade_figure_read import TradeFigureRead

        d = dict(src_dict)
        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = PartyRef.from_dict(parties_item_data)

            parties.append(parties_item)

        include_subdivisions = d.pop("include_subdivisions")

        meetings = MeetingSummary.from_dict(d.pop("meetings"))

        links = RelationLinks.from_dict(d.pop("links"))

        sectors = []
        _sectors = d.pop("sectors")
        for sectors_item_data in _sectors:
            sectors_item = RankedSector.from_dict(sectors_item_data)

            sectors.append(sectors_item)

        agreements = []
        _agreements = d.pop("agreements")
        for agreements_item_data in _agreements:
            agreements_item = DyadAgreement.from_dict(agreements_item_data)

            agreements.append(agreements_item)

        commissions = []
        _commissions = d.pop("commissions")
        for commissions_item_data in _commissions:
            commissions_item = DyadCommission.from_dict(commissions_item_data)

            commissions.append(commissions_item)

        trade_figures = []
        _trade_figures = d.pop("trade_figures")
        for trade_figures_item_data in _trade_figures:
            trade_figures_item = TradeFigureRead.from_dict(trade_figures_item_data)

            trade_figures.append(trade_figures_item)

        people = []
        _people = d.pop("people")
        for people_item_data in _people:
            people_item = SidePeople.from_dict(people_item_data)

            people.append(people_item)

        relation = cls(
            parties=parties,
            include_subdivisions=include_subdivisions,
            meetings=meetings,
            links=links,
            sectors=sectors,
            agreements=agreements,
            commissions=commissions,
            trade_figures=trade_figures,
            people=people,
        )

        return relation
