"""The Python client in clients/python: its generated part is what scripts/generate_client.py
makes of today's OpenAPI document, and, driven against the app served by uvicorn on the seed and
the test articles, it pages through lists with `iterate`, parses every operation's answer, and
raises typed errors carrying the problem.

The client is the subject here, so the server runs on SQLite only; tests/api covers both engines."""
from __future__ import annotations

import asyncio
import math
from http import HTTPStatus
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from bilateral_records_client import (
    AuthenticatedClient,
    Client,
    ClientError,
    InvalidParameters,
    NotFound,
    Unauthorized,
    aiterate,
    iterate,
    pages,
    unwrap,
)
from bilateral_records_client.generated.api.agreements import agreements_list
from bilateral_records_client.generated.api.articles import articles_delete, articles_get, articles_list
from bilateral_records_client.generated.api.commissions import commissions_get, commissions_list
from bilateral_records_client.generated.api.health import health_check
from bilateral_records_client.generated.api.meetings import meetings_get, meetings_list
from bilateral_records_client.generated.api.parties import parties_get, parties_list
from bilateral_records_client.generated.api.people import people_get, people_list
from bilateral_records_client.generated.api.relations import relations_get
from bilateral_records_client.generated.api.sectors import sectors_list
from bilateral_records_client.generated.api.statistics import stats_meetings
from bilateral_records_client.generated.api.trade_figures import trade_figures_list, trade_figures_series
from bilateral_records_client.errors import error_for
from bilateral_records_client.generated.models import MeetingDetail, MeetingRead, Problem
from bilateral_records_client.generated.types import Response

from app.db.engine import create_db_engine
from app.db.migrate import upgrade
from app.ingest.batch import ingest_paths
from scripts.generate_client import CLIENT, generate, stale
from tests.api.test_isolation import LiveServer
from tests.conftest import ROOT, SEEDS

ARTICLES = ROOT / "tests" / "articles"
READMES = {"README.md": "## Python client", "clients/python/README.md": "# bilateral-records-client"}


def test_committed_client_is_what_the_generator_makes_of_the_current_api(tmp_path: Path) -> None:
    generate(tmp_path)
    changed = stale(CLIENT, tmp_path)
    assert changed == [], (
        "the committed client is out of date; run `make client` (.venv/bin/python scripts/generate_client.py). "
        f"Differs: {', '.join(changed)}"
    )


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('client') / 'api.db'}"
    upgrade(url)
    engine = create_db_engine(url)
    report = ingest_paths(engine, [SEEDS, ARTICLES])
    engine.dispose()
    assert not report.failed, report.summary()
    server = LiveServer(url)
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.stop()


@pytest.fixture
def client(base_url: str) -> Iterator[Client]:
    with Client(base_url=base_url, timeout=httpx.Timeout(30)) as api:
        yield api


def test_iterate_pages_through_every_az_meeting(client: Client, base_url: str) -> None:
    walked = list(pages(meetings_list.sync_detailed, client=client, party=["AZ"], limit=2, include="total"))
    ids = [meeting.id for page in walked for meeting in page.items]
    # Every AZ meeting, each once, in the API's order: what one page of them all holds.
    everything = httpx.get(f"{base_url}/v1/meetings", params={"party": "AZ", "limit": 500, "fields": "id"}).json()
    assert everything["next_cursor"] is None
    assert ids == [item["id"] for item in everything["items"]]
    assert len(walked) == math.ceil(len(ids) / 2) > 2
    assert walked[0].total == len(ids) == len(set(ids))
    # The cursor followed is the one the Link header offers.
    first = meetings_list.sync_detailed(client=client, party=["AZ"], limit=2)
    assert first.parsed is not None and not isinstance(first.parsed, Problem)
    assert f"cursor={first.parsed.next_cursor}>" in first.headers["link"]

    meetings = list(iterate(meetings_list.sync_detailed, client=client, party=["AZ"], limit=3))
    assert [meeting.id for meeting in meetings] == ids
    assert all(isinstance(meeting, MeetingRead) and "AZ" in meeting.parties for meeting in meetings)


def test_aiterate_walks_the_same_meetings(client: Client, base_url: str) -> None:
    async def walk() -> list[int]:
        async with Client(base_url=base_url) as api:
            return [m.id async for m in aiterate(meetings_list.asyncio_detailed, client=api, party=["AZ"], limit=2)]

    expected = [meeting.id for meeting in iterate(meetings_list.sync_detailed, client=client, party=["AZ"])]
    assert asyncio.run(walk()) == expected


def test_one_meeting_and_a_typed_404(client: Client) -> None:
    first = next(iterate(meetings_list.sync_detailed, client=client, party=["AZ"]))
    meeting = unwrap(meetings_get.sync_detailed(first.id, client=client))
    assert isinstance(meeting, MeetingDetail)
    assert (meeting.id, meeting.title, [party.code for party in meeting.parties]) == (first.id, first.title, first.parties)

    with pytest.raises(NotFound) as caught:
        unwrap(meetings_get.sync_detailed(999_999, client=client))
    problem = caught.value.problem
    assert problem is not None
    assert (caught.value.status, problem.status, problem.instance) == (404, 404, "/v1/meetings/999999")
    assert problem.detail == "No meeting with id 999999."


def test_bad_parameters_raise_with_each_one_named(client: Client) -> None:
    with pytest.raises(InvalidParameters) as caught:
        list(iterate(meetings_list.sync_detailed, client=client, sort="-nonsense"))
    assert [(p.name, p.in_) for p in caught.value.parameters] == [("sort", "query")]
    assert caught.value.problem is not None and caught.value.problem.title == "Unprocessable Content"


def test_a_key_that_is_not_known_raises_unauthorized(base_url: str) -> None:
    with AuthenticatedClient(base_url=base_url, token="bk_nothing_nothing") as keyed, pytest.raises(Unauthorized) as caught:
        unwrap(articles_delete.sync_detailed(1, client=keyed))
    assert caught.value.problem is not None and caught.value.problem.status == 401


@pytest.mark.parametrize("readme", READMES)
def test_the_readme_example_runs(base_url: str, readme: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / readme).read_text(encoding="utf-8")
    section = text[text.index(READMES[readme]) :]
    example = re.search(r"```python\n(.*?)```", section, re.S)
    assert example is not None, f"{readme} has no Python example under {READMES[readme]!r}"
    code = example.group(1).replace("http://127.0.0.1:8000", base_url)
    exec(compile(code, readme, "exec"), {})
    assert "No meeting with id 999." in capsys.readouterr().out


def test_a_status_no_operation_documents_still_carries_its_problem(base_url: str) -> None:
    answer = httpx.put(f"{base_url}/v1/meetings")
    error = error_for(Response(HTTPStatus(answer.status_code), answer.content, answer.headers, None))
    assert type(error) is ClientError and error.status == 405
    assert error.problem is not None and (error.problem.title, error.problem.instance) == ("Method Not Allowed", "/v1/meetings")


PAGED_LISTS: list[Callable[..., Any]] = [
    meetings_list.sync_detailed, parties_list.sync_detailed, people_list.sync_detailed, commissions_list.sync_detailed,
    agreements_list.sync_detailed, trade_figures_list.sync_detailed, articles_list.sync_detailed,
]


@pytest.mark.parametrize("operation", PAGED_LISTS, ids=lambda op: op.__module__.rsplit(".", 1)[-1])
def test_every_list_parses_and_iterates_to_its_total(client: Client, operation: Callable[..., Any]) -> None:
    total = next(pages(operation, client=client, include="total")).total
    items = list(iterate(operation, client=client, limit=7))
    assert total == len(items) > 7


def test_the_sector_vocabulary_parses(client: Client) -> None:
    slugs = [sector.slug for sector in iterate(sectors_list.sync_detailed, client=client)]
    assert "energy" in slugs and len(slugs) == len(set(slugs))


def test_every_single_item_operation_parses(client: Client) -> None:
    commission = next(iterate(commissions_list.sync_detailed, client=client))
    person = next(iterate(people_list.sync_detailed, client=client))
    article = next(iterate(articles_list.sync_detailed, client=client))
    assert unwrap(parties_get.sync_detailed("RU-TA", client=client)).code == "RU-TA"
    assert unwrap(people_get.sync_detailed(person.id, client=client)).id == person.id
    assert unwrap(commissions_get.sync_detailed(commission.id, client=client)).id == commission.id
    assert unwrap(articles_get.sync_detailed(article.id, client=client)).id == article.id
    assert unwrap(relations_get.sync_detailed("AZ", "RU-TA", client=client)).meetings.total > 0
    assert unwrap(trade_figures_series.sync_detailed(client=client, party=["AZ", "RU"])).points
    assert unwrap(stats_meetings.sync_detailed(client=client, group_by="kind", party=["AZ"])).groups
    assert unwrap(health_check.sync_detailed(client=client)).status == "ok"
