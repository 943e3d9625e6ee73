"""Imports every model so that `Base.metadata` is complete (Alembic and tests use it)."""
from app.agreements.models import Agreement
from app.articles.models import Article
from app.auth.models import ApiKey
from app.changes.models import Change, ChangeCounter
from app.commissions.models import Commission, CommissionParty
from app.db.base import Base
from app.db.dataset import DatasetState
from app.meetings.models import Meeting, MeetingParty, MeetingSector, MeetingSource, Participant
from app.parties.models import Party
from app.people.models import Person, PersonAlias
from app.sectors.models import Sector
from app.trade.models import TradeFigure

__all__ = [
    "Agreement",
    "ApiKey",
    "Article",
    "Base",
    "Change",
    "ChangeCounter",
    "Commission",
    "CommissionParty",
    "DatasetState",
    "Meeting",
    "MeetingParty",
    "MeetingSector",
    "MeetingSource",
    "Participant",
    "Party",
    "Person",
    "PersonAlias",
    "Sector",
    "TradeFigure",
]
