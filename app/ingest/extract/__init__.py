"""Rule-based extraction of bilateral-cooperation records from English wire stories."""
from app.ingest.extract.gazetteer import PartyInfo, party_info
from app.ingest.extract.keys import to_answer_key
from app.ingest.extract.pipeline import extract

__all__ = ["PartyInfo", "extract", "party_info", "to_answer_key"]
