"""The whole development corpus ingested on each engine: one row per real-world entity."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.core.config import Settings
from app.db.engine import create_db_engine
from app.ingest.batch import ingest_paths
from app.main import create_app
from tests.conftest import CORPUS, DatabaseFactory, require_corpus
from tests.factories import ArticleBuilder


@pytest.fixture(scope="module")
def corpus_engine(databases: DatabaseFactory) -> Iterator[Engine]:
    require_corpus()
    engine = create_db_engine(databases.new_url())
    report = ingest_paths(engine, [CORPUS])
    assert not report.failed, [f.line() for f in report.failed]
    assert report.count("loaded") == len(list(CORPUS.glob("*.txt")))
    # A later article about the same commission, under another wording, and a namesake.
    ArticleBuilder(published_on=date(2025, 3, 1)).meeting(
        ("KZ", "UZ"), kind="commission_session", on=date(2025, 3, 1), location="Astana",
        commission="Uzbekistan-Kazakhstan Intergovernmental Commission on Economic Cooperation", session_number=6,
        people=(("Nurlan Hasanly", "Deputy Minister of Trade", "KZ"),),
    ).load(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def corpus_client(corpus_engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(database_url=corpus_engine.url.render_as_string(hide_password=False)))) as client:
        yield client


def test_transliteration_variants_are_one_person(corpus_client: TestClient) -> None:
    people = corpus_client.get("/v1/people", params={"name": "hasan"}).json()["items"]
    by_name = {p["name"]: p for p in people}
    assert set(by_name) == {"Mikayil Hasanli", "Nurlan Hasanly"}
    minister = by_name["Mikayil Hasanli"]
    assert set(minister["aliases"]) == {"Mikayil Hasanli", "Mikail Hasanly"}
    assert minister["parties"] == ["AZ"]
    detail = corpus_client.get(f"/v1/people/{minister['id']}").json()
    assert sorted(m["kind"] for m in detail["meetings"]) == ["bilateral_meeting", "phone_call"]
    assert {m["date"] for m in detail["meetings"]} == {"2024-02-21", "2024-09-12"}


def test_namesakes_stay_apart(corpus_client: TestClient) -> None:
    namesake = corpus_client.get("/v1/people", params={"name": "nurlan hasanly"}).json()["items"]
    assert [(p["name"], p["parties"], p["meeting_count"]) for p in namesake] == [("Nurlan Hasanly", ["KZ"], 1)]


def test_commission_sessions_accumulate(corpus_client: TestClient) -> None:
    commissions = corpus_client.get("/v1/commissions", params={"party": "UZ"}).json()["items"]
    kz_uz = [c for c in commissions if c["parties"] == ["KZ", "UZ"]]
    assert len(kz_uz) == 1
    detail = corpus_client.get(f"/v1/commissions/{kz_uz[0]['id']}").json()
    assert [(s["session_number"], s["status"]) for s in detail["sessions"]] == [(5, "held"), (6, "held"), (6, "planned")]


def test_same_name_different_sides_are_different_commissions(corpus_client: TestClient) -> None:
    az_ge = corpus_client.get("/v1/commissions", params={"party": "GE"}).json()["items"]
    kz_uz = corpus_client.get("/v1/commissions", params={"party": "KZ", "q": "economic cooperation"}).json()["items"]
    assert len(az_ge) == 1 and az_ge[0]["parties"] == ["AZ", "GE"]
    assert az_ge[0]["id"] not in {c["id"] for c in kz_uz}


def test_each_party_is_one_row(corpus_client: TestClient) -> None:
    codes = [p["code"] for p in corpus_client.get("/v1/parties", params={"limit": 500}).json()["items"]]
    assert len(codes) == len(set(codes))
    assert {"AZ", "RU-TA", "RU-BA", "DE-BY", "CN-XJ", "ORG:EU", "ORG:OTS"} <= set(codes)
    kazakhstan = corpus_client.get("/v1/parties/KZ").json()
    assert kazakhstan["meeting_count"] >= 8
    assert {c["code"] for c in kazakhstan["counterparts"]} >= {"UZ", "MN", "EG", "AE", "RU-BA"}


def test_domestic_articles_yield_no_meetings(corpus_client: TestClient) -> None:
    articles = corpus_client.get("/v1/articles", params={"limit": 500}).json()["items"]
    counts = {a["file_name"]: a["meeting_count"] for a in articles}
    assert counts["az-budget-undated.txt"] == 0 and counts["uz-gdp-2024-10-18.txt"] == 0
