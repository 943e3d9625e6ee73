import pytest

from app.ingest.extract.agreements import find_documents
from app.ingest.extract.sectors import find_sectors
from app.sectors.vocabulary import SECTORS


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The sides signed an agreement on visa-free travel on Monday.", [("agreement", "agreement on visa-free travel")]),
        ("A memorandum of understanding on green energy was signed in Baku.", [("memorandum", "memorandum of understanding on green energy")]),
        ("At the end, the co-chairs signed the final protocol.", [("protocol", "final protocol")]),
        ("The ministers adopted a joint declaration and a roadmap for 2025-2027.",
         [("declaration", "joint declaration"), ("roadmap", "roadmap for 2025-2027")]),
        ("Companies inked contracts worth $5 million.", [("contract", "contracts")]),
        ("During the forum, 12 commercial agreements worth $1.5 billion were signed.", [("agreement", "commercial agreements")]),
        ("The sides signed a cooperation program for 2024-2026.", [("program", "cooperation program for 2024-2026")]),
        ("The sides will sign an agreement on transit next month.", []),
        ("The sides discussed a draft agreement on transit.", []),
    ],
)
def test_documents(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.kind, d.title) for d in find_documents(sentence)] == expected


def test_back_reference_to_a_document() -> None:
    docs = find_documents("The agreement was signed by the two ministers.")
    assert [(d.kind, d.back_reference) for d in docs] == [("agreement", True)]


def test_vocabulary_order_and_size() -> None:
    slugs = [s for s, _ in SECTORS]
    assert len(slugs) == 22 and len(set(slugs)) == 22
    assert slugs[0] == "trade" and slugs[-1] == "other"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("They discussed renewable energy, railways and the Middle Corridor.", {"energy", "transport", "logistics"}),
        ("The countries plan to increase gas swaps.", {"energy"}),
        ("They agreed on joint research in chemistry and IT.", {"science", "ict"}),
        ("It was noted that it matters.", set()),
        ("They agreed on joint production of textiles and food security.", {"industry", "agriculture"}),
        ("Smart city projects and reconstruction of roads were discussed.", {"construction", "transport"}),
        ("Cooperation in e-government and communications was noted.", {"ict"}),
        ("Small and medium-sized enterprises and startups were discussed.", {"smes", "innovation"}),
        ("They discussed humanitarian aid against the disease.", {"humanitarian", "health"}),
        ("Border delimitation and consular matters were on the agenda.", {"other"}),
        ("The Ministry of Economy and the Commission on Trade and Cultural Cooperation met.", set()),
        ("The Minister of Transport and Infrastructure arrived.", set()),
        ("Climate and water resources were discussed, as was the business climate.", {"environment", "investment"}),
        ("They discussed supplies of vegetable oil and measures against animal diseases.", {"trade", "agriculture"}),
        ("Trade grew, Mongolian customs data show, and Silk Road Wire reports it.", {"trade"}),
        ("Companies make construction materials and run a container train.", {"industry", "logistics", "transport"}),
        ("Joint patrols against piracy and drug trafficking were discussed.", {"defense"}),
        ("They discussed migrant workers and faster immigration clearance.", {"other"}),
        ("A new maritime link and seawater desalination were on the agenda.", {"transport", "environment"}),
        ("They toured a hydropower plant and a car assembly plant.", {"energy", "industry"}),
        ("Offshore wind development and the rebuilding of wharves were discussed.", {"energy", "construction"}),
        ("Wetlands protection, drought early warning and small farm businesses came up.", {"environment", "smes"}),
    ],
)
def test_sector_synonyms(sentence: str, expected: set[str]) -> None:
    assert {slug for slug, _ in find_sectors(sentence)} == expected
