"""`bilateral export` and `bilateral import` as a user runs them: the corpus ingested into a real
database, exported by a real process, loaded into a fresh database of the same engine, and the
API asked the same questions of both."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import make_url

from app.cli import main
from app.core.config import Settings
from app.db.engine import create_db_engine
from app.export.entities import ENTITIES
from app.export.stream import entity_rows
from app.ingest.batch import ingest_paths
from app.main import create_app
from tests.conftest import CORPUS, SEEDS, DatabaseFactory, require_corpus

# Questions whose answers cover every table: lists with nested parts, details, search (the
# full-text index travels too), aggregates and the trade series.
QUESTIONS = [
    "/v1/meetings?limit=500&include=total",
    "/v1/meetings/2",
    "/v1/meetings?q=%22final%20protocol%22&fields=id,title,relevance,snippet",
    "/v1/meetings?party=RU&include_subdivisions=true&facets=kind,year,sector",
    "/v1/relations/AZ/RU-TA",
    "/v1/stats/meetings?group_by=sector",
    "/v1/parties?limit=500",
    "/v1/parties/RU-TA",
    "/v1/people?limit=500",
    "/v1/people/1",
    "/v1/commissions?limit=500",
    "/v1/commissions/1",
    "/v1/agreements?limit=500",
    "/v1/trade-figures?limit=500",
    "/v1/trade-figures/series?party=AZ&party=RU&currency=USD",
    "/v1/articles?limit=500&fields=id,url,title,source,published_on,dateline,file_name,ingested_at",
    "/v1/articles?q=tatar*&fields=id,relevance,snippet",
    "/v1/articles/1",
    "/v1/sectors",
]


def bilateral(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "DATABASE_URL": url})


def answers(url: str) -> dict[str, Any]:
    with TestClient(create_app(Settings(database_url=url)), raise_server_exceptions=False) as client:
        responses = {question: client.get(question) for question in QUESTIONS}
    assert all(r.status_code == 200 for r in responses.values()), {q: r.status_code for q, r in responses.items()}
    return {question: response.json() for question, response in responses.items()}


@pytest.fixture(scope="module")
def source(databases: DatabaseFactory) -> str:
    """A database of each engine holding the seed and the corpus."""
    require_corpus()
    url = databases.new_url()
    engine = create_db_engine(url)
    try:
        report = ingest_paths(engine, [SEEDS, CORPUS])
    finally:
        engine.dispose()
    assert not report.failed, report.summary()
    return url


@pytest.fixture(scope="module")
def source_answers(source: str) -> dict[str, Any]:
    return answers(source)


@pytest.fixture(scope="module")
def exported(source: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("export")
    for file_format in ("ndjson", "csv", "sqlite"):
        result = bilateral("export", "--format", file_format, str(out), url=source)
        assert result.returncode == 0, result.stderr
    yield out


def test_a_snapshot_loaded_into_a_fresh_database_gives_the_same_answers(
    databases: DatabaseFactory, exported: Path, source_answers: dict[str, Any]
) -> None:
    target = databases.new_url(migrate=False)  # import migrates it
    result = bilateral("import", str(exported / "bilateral.db"), url=target)
    assert result.returncode == 0, result.stderr
    assert "17 articles" in result.stdout

    assert answers(target) == source_answers

    # Ids go on from the imported ones: the imported database takes new articles.
    engine = create_db_engine(target)
    try:
        report = ingest_paths(engine, [SEEDS])  # the seed is there already: unchanged
        new = exported / "new.txt"
        new.write_text("BAKU, Azerbaijan, May 2. Azerbaijan's Minister of Economy Mikayil Jabbarov met Georgia's "
                       "Minister of Economy Levan Davitashvili in Baku on May 2, 2024 to discuss energy and transit.\n")
        added = ingest_paths(engine, [new])
    finally:
        engine.dispose()
    assert [f.outcome for f in report.files] == ["unchanged"]
    assert [f.outcome for f in added.files] == ["loaded"], added.summary()
    assert added.files[0].article_id == 18


def test_the_files_hold_every_row_with_its_nested_parts(exported: Path, source_answers: dict[str, Any]) -> None:
    lines = {e.name: [json.loads(line) for line in (exported / f"{e.name}.ndjson").read_text().splitlines()]
             for e in ENTITIES}
    api_lists = {"meetings": "/v1/meetings?limit=500&include=total", "parties": "/v1/parties?limit=500",
                 "people": "/v1/people?limit=500", "commissions": "/v1/commissions?limit=500",
                 "agreements": "/v1/agreements?limit=500", "trade_figures": "/v1/trade-figures?limit=500"}
    for name, question in api_lists.items():
        key = "code" if name == "parties" else "id"
        assert sorted(row[key] for row in lines[name]) == sorted(item[key] for item in source_answers[question]["items"])
    assert len(lines["articles"]) == 17 and all(row["text"] for row in lines["articles"])

    detail = source_answers["/v1/meetings/2"]
    meeting = next(row for row in lines["meetings"] if row["id"] == 2)
    assert meeting["parties"] == sorted(p["code"] if isinstance(p, dict) else p for p in detail["parties"])
    assert [s["slug"] for s in meeting["sectors"]] == [s["slug"] for s in detail["sectors"]]
    assert [(s["article_id"], s["evidence"]) for s in meeting["sources"]] == [(s["article_id"], s["evidence"]) for s in detail["sources"]]
    assert [(a["id"], a["title"]) for a in meeting["agreements"]] == [(a["id"], a["title"]) for a in detail["agreements"]]
    assert meeting["commission"] == detail["commission"]
    assert sum(len(row["participants"]) for row in lines["meetings"]) == 35
    commission = next(row for row in lines["commissions"] if row["id"] == 1)
    assert {s["meeting_id"] for s in commission["sessions"]} == {s["id"] for s in source_answers["/v1/commissions/1"]["sessions"]}

    for name, rows in lines.items():
        with (exported / f"{name}.csv").open(newline="", encoding="utf-8") as f:
            records = list(csv.DictReader(f))
        assert [int(r["id"]) for r in records] == [row["id"] for row in rows]
        assert list(records[0]) == list(rows[0])
    with (exported / "meetings.csv").open(newline="", encoding="utf-8") as f:
        first = next(csv.DictReader(f))
    assert json.loads(first["participants"]) == lines["meetings"][0]["participants"]


def test_rows_read_in_small_batches_are_the_same_rows(source: str) -> None:
    engine = create_db_engine(source)
    try:
        with engine.connect() as connection:
            for entity in ENTITIES:
                assert list(entity_rows(connection, entity, batch=3)) == list(entity_rows(connection, entity))
    finally:
        engine.dispose()


def test_bad_input_is_refused_with_a_reason(source: str, exported: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    def refused(*args: str, status: int = 2) -> str:
        try:
            code = main([*args, "--database-url", source])
        except SystemExit as exit_:  # argparse's own refusals
            code = exit_.code  # type: ignore[assignment]
        assert code == status
        return capsys.readouterr().err

    not_a_snapshot = tmp_path / "notes.db"
    not_a_snapshot.write_text("hello")
    assert "not a snapshot of this project" in refused("import", str(not_a_snapshot))
    assert "no such file" in refused("import", str(tmp_path / "missing.db"))
    assert "already holds articles; import into an empty database" in refused("import", str(exported / "bilateral.db"))
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    assert "is not a folder" in refused("export", str(a_file))
    assert "Not a directory" in refused("export", "--format", "csv", str(a_file / "inside"), status=1)
    assert "invalid choice: 'xml'" in refused("export", "--format", "xml", str(tmp_path))

    nowhere = make_url(source).set(database=str(tmp_path / "never.db") if source.startswith("sqlite") else "no_such_db")
    assert main(["export", str(tmp_path / "out"), "--database-url", nowhere.render_as_string(hide_password=False)]) == 1
    assert "export: cannot read the database (OperationalError: " in capsys.readouterr().err
    if not source.startswith("sqlite"):  # SQLite makes the file it is given; a server may lack the database
        assert main(["import", str(exported / "bilateral.db"), "--database-url",
                     nowhere.render_as_string(hide_password=False)]) == 1
        assert "import: cannot write to the database (OperationalError: " in capsys.readouterr().err
