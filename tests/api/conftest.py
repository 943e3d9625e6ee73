"""One populated database per engine for the API tests: the seed article, ingested with the real
extractor, plus factory articles built for the filters. The tests only read it."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.db.engine import create_db_engine
from app.ingest.batch import ingest_paths
from app.main import create_app
from tests.conftest import SEEDS, DatabaseFactory
from tests.factories import ArticleBuilder

KZ_UZ_COMMISSION = "Intergovernmental Commission on Economic Cooperation"


def build_fixture_articles(engine) -> None:  # type: ignore[no-untyped-def]
    ArticleBuilder(published_on=date(2023, 5, 10)).meeting(
        ("AZ", "RU"), on=date(2023, 5, 10), location="Moscow",
        people=(("Mikayil Jabbarov", "Minister of Economy", "AZ"), ("Alexei Overchuk", "Deputy Prime Minister", "RU")),
        agreements=(("memorandum", "memorandum on energy cooperation"),),
    ).sector("energy", "trade").figure(("AZ", "RU"), 3_700_000_000, period="2022").load(engine)

    ArticleBuilder(published_on=date(2022, 11, 2)).meeting(
        ("KZ", "UZ"), kind="commission_session", on=date(2022, 11, 2), location="Samarkand",
        commission=KZ_UZ_COMMISSION, session_number=4,
        people=(("Rustam Khudoyberdiyev", "Deputy Prime Minister", "UZ"), ("Nurlan Jabbarov", "Vice Minister of Trade", "KZ")),
    ).sector("agriculture").figure(("UZ", "KZ"), 1_500_000_000, metric="exports", period="2022-01/2022-06").load(engine)

    ArticleBuilder(published_on=date(2025, 1, 15)).meeting(
        ("UZ", "KZ"), kind="commission_session", on=date(2025, 1, 15), location="Astana",
        commission=f"{KZ_UZ_COMMISSION} between Kazakhstan and Uzbekistan", session_number=5,
        people=(("Rustam Hudoyberdiev", "Deputy Prime Minister", "UZ"),),
        agreements=(("protocol", "protocol of the 5th meeting"),),
    ).meeting(
        ("AZ", "RU-TA"), kind="video_conference", status="planned", location="Kazan",
        people=(("Mikail Dzhabbarov", "Minister of Economy", "AZ"),),
    ).sector("finance").figure(("RU", "AZ"), 3_750_000_000, period="2022").load(engine)

    brussels = ArticleBuilder(published_on=date(2024, 7, 9)).meeting(
        ("ORG:EU", "KG"), kind="business_forum", on=date(2024, 7, 9), location="Brussels",
    ).sector("energy").figure(("ORG:EU", "KG"), None, period="2024-01", change_pct=12.5)
    brussels.sentence("Observers from Türkiye and São Tomé attended the forum.")
    brussels.load(engine)


@pytest.fixture(scope="session")
def api_database_url(databases: DatabaseFactory) -> str:
    url = databases.new_url()
    engine = create_db_engine(url)
    report = ingest_paths(engine, [SEEDS])
    assert not report.failed, report.summary()
    build_fixture_articles(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def client(api_database_url: str) -> Iterator[TestClient]:
    # Version TTL 0: every request reads the dataset version, so statement counts are exact.
    app = create_app(Settings(database_url=api_database_url, cache_version_ttl_seconds=0))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
