"""Contains all the data models used in inputs/outputs"""

from .agreement_brief import AgreementBrief
from .agreement_page import AgreementPage
from .agreement_read import AgreementRead
from .agreement_read_fields import AgreementReadFields
from .agreements_list_format_type_0 import AgreementsListFormatType0
from .agreements_list_kind_type_0 import AgreementsListKindType0
from .article_deleted import ArticleDeleted
from .article_detail import ArticleDetail
from .article_page import ArticlePage
from .article_read import ArticleRead
from .article_read_fields import ArticleReadFields
from .article_written import ArticleWritten
from .article_written_created import ArticleWrittenCreated
from .article_written_status import ArticleWrittenStatus
from .articles_create_json_article_post import ArticlesCreateJsonArticlePost
from .articles_list_format_type_0 import ArticlesListFormatType0
from .change_page import ChangePage
from .change_read import ChangeRead
from .change_read_entity import ChangeReadEntity
from .change_read_operation import ChangeReadOperation
from .commission_detail import CommissionDetail
from .commission_page import CommissionPage
from .commission_read import CommissionRead
from .commission_read_fields import CommissionReadFields
from .commission_ref import CommissionRef
from .commissions_list_format_type_0 import CommissionsListFormatType0
from .counterpart import Counterpart
from .dyad_agreement import DyadAgreement
from .dyad_commission import DyadCommission
from .evidence import Evidence
from .facet_count import FacetCount
from .health import Health
from .meeting_detail import MeetingDetail
from .meeting_detail_kind import MeetingDetailKind
from .meeting_detail_status import MeetingDetailStatus
from .meeting_page import MeetingPage
from .meeting_page_facets_type_0 import MeetingPageFacetsType0
from .meeting_read import MeetingRead
from .meeting_read_fields import MeetingReadFields
from .meeting_read_fields_kind import MeetingReadFieldsKind
from .meeting_read_fields_status import MeetingReadFieldsStatus
from .meeting_read_kind import MeetingReadKind
from .meeting_read_status import MeetingReadStatus
from .meeting_stats import MeetingStats
from .meeting_summary import MeetingSummary
from .meetings_list_format_type_0 import MeetingsListFormatType0
from .meetings_list_kind_item import MeetingsListKindItem
from .meetings_list_sector_item import MeetingsListSectorItem
from .meetings_list_status_type_0 import MeetingsListStatusType0
from .participant_read import ParticipantRead
from .parties_list_format_type_0 import PartiesListFormatType0
from .parties_list_kind_type_0 import PartiesListKindType0
from .party_detail import PartyDetail
from .party_page import PartyPage
from .party_read import PartyRead
from .party_read_fields import PartyReadFields
from .party_ref import PartyRef
from .people_list_format_type_0 import PeopleListFormatType0
from .person_detail import PersonDetail
from .person_page import PersonPage
from .person_read import PersonRead
from .person_read_fields import PersonReadFields
from .problem import Problem
from .problem_parameter import ProblemParameter
from .ranked_sector import RankedSector
from .relation import Relation
from .relation_links import RelationLinks
from .sector_list import SectorList
from .sector_mention import SectorMention
from .sector_read import SectorRead
from .sector_read_fields import SectorReadFields
from .sectors_list_format_type_0 import SectorsListFormatType0
from .series_point import SeriesPoint
from .series_report import SeriesReport
from .session_brief import SessionBrief
from .side_people import SidePeople
from .side_person import SidePerson
from .source_read import SourceRead
from .stats_meetings_group_by import StatsMeetingsGroupBy
from .stats_meetings_kind_item import StatsMeetingsKindItem
from .stats_meetings_sector_item import StatsMeetingsSectorItem
from .stats_meetings_status_type_0 import StatsMeetingsStatusType0
from .trade_figure_page import TradeFigurePage
from .trade_figure_read import TradeFigureRead
from .trade_figure_read_fields import TradeFigureReadFields
from .trade_figures_list_format_type_0 import TradeFiguresListFormatType0
from .trade_figures_list_metric_type_0 import TradeFiguresListMetricType0
from .trade_figures_series_metric import TradeFiguresSeriesMetric
from .trade_series import TradeSeries

__all__ = (
    "AgreementBrief",
    "AgreementPage",
    "AgreementRead",
    "AgreementReadFields",
    "AgreementsListFormatType0",
    "AgreementsListKindType0",
    "ArticleDeleted",
    "ArticleDetail",
    "ArticlePage",
    "ArticleRead",
    "ArticleReadFields",
    "ArticleWritten",
    "ArticleWrittenCreated",
    "ArticleWrittenStatus",
    "ArticlesCreateJsonArticlePost",
    "ArticlesListFormatType0",
    "ChangePage",
    "ChangeRead",
    "ChangeReadEntity",
    "ChangeReadOperation",
    "CommissionDetail",
    "CommissionPage",
    "CommissionRead",
    "CommissionReadFields",
    "CommissionRef",
    "CommissionsListFormatType0",
    "Counterpart",
    "DyadAgreement",
    "DyadCommission",
    "Evidence",
    "FacetCount",
    "Health",
    "MeetingDetail",
    "MeetingDetailKind",
    "MeetingDetailStatus",
    "MeetingPage",
    "MeetingPageFacetsType0",
    "MeetingRead",
    "MeetingReadFields",
    "MeetingReadFieldsKind",
    "MeetingReadFieldsStatus",
    "MeetingReadKind",
    "MeetingReadStatus",
    "MeetingStats",
    "MeetingSummary",
    "MeetingsListFormatType0",
    "MeetingsListKindItem",
    "MeetingsListSectorItem",
    "MeetingsListStatusType0",
    "ParticipantRead",
    "PartiesListFormatType0",
    "PartiesListKindType0",
    "PartyDetail",
    "PartyPage",
    "PartyRead",
    "PartyReadFields",
    "PartyRef",
    "PeopleListFormatType0",
    "PersonDetail",
    "PersonPage",
    "PersonRead",
    "PersonReadFields",
    "Problem",
    "ProblemParameter",
    "RankedSector",
    "Relation",
    "RelationLinks",
    "SectorList",
    "SectorMention",
    "SectorRead",
    "SectorReadFields",
    "SectorsListFormatType0",
    "SeriesPoint",
    "SeriesReport",
    "SessionBrief",
    "SidePeople",
    "SidePerson",
    "SourceRead",
    "StatsMeetingsGroupBy",
    "StatsMeetingsKindItem",
    "StatsMeetingsSectorItem",
    "StatsMeetingsStatusType0",
    "TradeFigurePage",
    "TradeFigureRead",
    "TradeFigureReadFields",
    "TradeFiguresListFormatType0",
    "TradeFiguresListMetricType0",
    "TradeFiguresSeriesMetric",
    "TradeSeries",
)
