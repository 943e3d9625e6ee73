"""No input gets a 500, and none changes the database.

Bad input of every kind, across endpoints: each answer is `application/problem+json` with the
4xx that fits (405, 406 or 422), names the bad parameter where there is one, and leaves every
table as it was. Then the ordinary input that used to fail or to differ: every grouping of
`/v1/stats` and every facet, under every filter kind and combination of them, checked against the
list itself; and prefix searches, which now match the same articles on both engines."""
from __future__ import annotations

import base64
import itertools
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy import text as sql_text

from app.articles.search import SQLITE_TOKENIZER
from app.core.config import Settings
from app.core.params import MAX_KINDS, MAX_PARTIES, MAX_SECTORS, MAX_TEXT
from app.db.engine import create_db_engine
from app.db.models import Base
from app.main import create_app
from app.meetings.repository import meeting_query
from app.stats.repository import GROUPS
from tests.factories import ArticleBuilder
from tests.observe import count_statements


def cursor(sort: str, values: list[Any]) -> str:
    """A hand-made cursor (json, not orjson: it must carry integers beyond 64 bits too)."""
    return base64.urlsafe_b64encode(json.dumps({"s": sort, "v": values}).encode()).decode().rstrip("=")


def raw_cursor(payload: bytes) -> str:
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def repeated(name: str, values: list[str]) -> str:
    return "&".join(f"{name}={value}" for value in values)


KB = 1024
DETAIL_ENDPOINTS = {"/v1/meetings": "meeting_id", "/v1/people": "person_id", "/v1/commissions": "commission_id", "/v1/articles": "article_id"}
LIST_ENDPOINTS = ["/v1/meetings", "/v1/parties", "/v1/people", "/v1/commissions", "/v1/agreements", "/v1/trade-figures", "/v1/articles", "/v1/sectors"]
EVERY_ENDPOINT = [
    *LIST_ENDPOINTS,
    "/v1/meetings/1",
    "/v1/parties/AZ",
    "/v1/people/1",
    "/v1/commissions/1",
    "/v1/articles/1",
    "/v1/stats/meetings?group_by=kind",
    "/v1/relations/AZ/RU-TA",
    "/v1/trade-figures/series?party=AZ&party=RU",
]

# (what, url, expected status, the parameter the problem must name or None)
BAD_QUERIES: list[tuple[str, str, int, str | None]] = [
    # unknown and repeated parameters
    ("unknown parameter", "/v1/meetings?partie=AZ", 422, "partie"),
    ("unknown parameter on a detail", "/v1/meetings/1?expand=all", 422, "expand"),
    ("unknown parameter beside good ones", "/v1/stats/meetings?group_by=kind&groupby=year", 422, "groupby"),
    ("a one-value parameter twice", "/v1/meetings?limit=1&limit=2", 422, "limit"),
    ("a one-value parameter twice, same value", "/v1/stats/meetings?group_by=kind&group_by=kind", 422, "group_by"),
    # party codes
    ("party code of one letter", "/v1/meetings?party=A", 422, "party"),
    ("party code of three letters", "/v1/meetings?party=AZE", 422, "party"),
    ("party code with a long region", "/v1/meetings?party=RU-TATAR", 422, "party"),
    ("organisation with a short acronym", "/v1/agreements?party=ORG:E", 422, "party"),
    ("organisation with a long acronym", "/v1/trade-figures?party=ORG:ABCDEFGHIJKLM", 422, "party"),
    ("party code of digits", "/v1/commissions?party=12", 422, "party"),
    ("party code with a space", "/v1/people?party=R%20U", 422, "party"),
    ("exporter not a code", "/v1/trade-figures?exporter=Azerbaijan", 422, "exporter"),
    ("party path not a code", "/v1/parties/Azerbaijan", 422, "code"),
    ("relation side not a code", "/v1/relations/AZ/R", 422, "b"),
    ("relation with itself", "/v1/relations/AZ/az", 422, "b"),
    ("series of one party", "/v1/trade-figures/series?party=AZ", 422, "party"),
    ("series of three parties", "/v1/trade-figures/series?party=AZ&party=RU&party=KZ", 422, "party"),
    ("series of a party with itself", "/v1/trade-figures/series?party=AZ&party=az", 422, "party"),
    # vocabularies
    ("sector not in the vocabulary", "/v1/meetings?sector=space", 422, "sector"),
    ("sector in another case", "/v1/stats/meetings?group_by=kind&sector=Energy", 422, "sector"),
    ("kind not in the vocabulary", "/v1/meetings?kind=party", 422, "kind"),
    ("group not in the list", "/v1/stats/meetings?group_by=decade", 422, "group_by"),
    ("facet not in the list", "/v1/meetings?facets=sector,decade", 422, "facets"),
    ("facet with a space", "/v1/meetings?facets=sector,%20kind", 422, "facets"),
    ("boolean that is not one", "/v1/meetings?include_subdivisions=maybe", 422, "include_subdivisions"),
    ("include something else", "/v1/meetings?include=everything", 422, "include"),
    # dates
    ("date as a number", "/v1/meetings?since=0", 422, "since"),
    ("date as a tiny float", "/v1/meetings?since=-1.5e-07", 422, "since"),
    ("date as a time stamp", "/v1/articles?until=1700000000", 422, "until"),
    ("date without dashes", "/v1/agreements?since=20240101", 422, "since"),
    ("date with a time", "/v1/meetings?until=2024-01-01T00:00:00", 422, "until"),
    ("date with one-digit month", "/v1/stats/meetings?group_by=year&since=2024-1-01", 422, "since"),
    ("date that does not exist", "/v1/meetings?since=2024-02-30", 422, "since"),
    ("date range backwards", "/v1/meetings?since=2024-05-01&until=2024-01-01", 422, "until"),
    # caps on repeated values
    (f"{MAX_PARTIES + 1} parties", "/v1/meetings?" + repeated("party", ["AZ"] * (MAX_PARTIES + 1)), 422, "party"),
    ("1,000 parties", "/v1/stats/meetings?group_by=party&" + repeated("party", [f"A{chr(65 + i % 26)}" for i in range(1000)]), 422, "party"),
    (f"{MAX_SECTORS + 1} sectors", "/v1/meetings?" + repeated("sector", ["energy"] * (MAX_SECTORS + 1)), 422, "sector"),
    (f"{MAX_KINDS + 1} kinds", "/v1/meetings?" + repeated("kind", ["visit"] * (MAX_KINDS + 1)), 422, "kind"),
    (f"{MAX_PARTIES + 1} parties on agreements", "/v1/agreements?" + repeated("party", ["AZ"] * (MAX_PARTIES + 1)), 422, "party"),
    # text lengths
    ("search of 257 characters", "/v1/articles?q=" + "a" * 257, 422, "q"),
    (f"person of {MAX_TEXT + 1} characters", "/v1/meetings?person=" + "x" * (MAX_TEXT + 1), 422, "person"),
    (f"name of {MAX_TEXT + 1} characters", "/v1/people?name=" + "x" * (MAX_TEXT + 1), 422, "name"),
    (f"commission name of {MAX_TEXT + 1} characters", "/v1/commissions?q=" + "x" * (MAX_TEXT + 1), 422, "q"),
    (f"party search of {MAX_TEXT + 1} characters", "/v1/parties?q=" + "x" * (MAX_TEXT + 1), 422, "q"),
    (f"source of {MAX_TEXT + 1} characters", "/v1/articles?source=" + "x" * (MAX_TEXT + 1), 422, "source"),
    ("10 KB search", "/v1/meetings?q=" + "energy+" * (10 * KB // 7), 422, "q"),
    ("60 KB person of LIKE wildcards", "/v1/meetings?person=" + "_" * (60 * KB), 422, "person"),
    ("60 KB name", "/v1/people?name=" + "a" * (60 * KB), 422, "name"),
    ("60 KB party code", "/v1/parties/" + "A" * (60 * KB), 422, "code"),
    ("60 KB cursor", "/v1/meetings?cursor=" + "A" * (60 * KB), 422, "cursor"),
    # search
    ("prefix that begins common words", "/v1/articles?q=th*", 422, "q"),
    ("common words only", "/v1/meetings?q=the+of", 422, "q"),
    ("search of symbols only", "/v1/articles?q=%2A%2A%2A", 422, "q"),
    # NUL and invalid UTF-8
    ("NUL in free text", "/v1/meetings?person=ja%00bbarov", 422, "person"),
    ("NUL in a search", "/v1/articles?q=energy%00", 422, "q"),
    ("NUL in a path", "/v1/parties/A%00", 422, "code"),
    ("NUL in a parameter name", "/v1/meetings?per%00son=x", 422, None),
    ("invalid UTF-8 in free text", "/v1/people?name=%FF%FE", 422, "name"),
    ("invalid UTF-8 in a code", "/v1/meetings?party=%C3", 422, "party"),
    ("invalid UTF-8 in a path", "/v1/parties/%FF%FF", 422, "code"),
    ("overlong UTF-8 in a search", "/v1/articles?q=%C0%AFetc", 422, "q"),
    # paging and shaping
    ("limit 0", "/v1/meetings?limit=0", 422, "limit"),
    ("limit over the cap", "/v1/parties?limit=501", 422, "limit"),
    ("limit as a float", "/v1/people?limit=1e3", 422, "limit"),
    ("limit beyond 64 bits", "/v1/articles?limit=99999999999999999999", 422, "limit"),
    ("sort by an unknown key", "/v1/meetings?sort=title", 422, "sort"),
    ("sort by a key twice", "/v1/meetings?sort=date,-date", 422, "sort"),
    ("sort empty", "/v1/agreements?sort=", 422, "sort"),
    ("sort with a space", "/v1/commissions?sort=%20name", 422, "sort"),
    ("relevance without a search", "/v1/articles?sort=-relevance", 422, "sort"),
    ("field that the items lack", "/v1/parties?fields=id,date,title", 422, "fields"),
    ("empty field name", "/v1/meetings?fields=id,,date", 422, "fields"),
    ("fields with a space", "/v1/meetings?fields=id,%20date", 422, "fields"),
    ("format unknown", "/v1/meetings?format=xml", 422, "format"),
    ("currency not a code", "/v1/trade-figures?currency=dollars", 422, "currency"),
    ("year not a number", "/v1/trade-figures?year_from=abc", 422, "year_from"),
    ("year range backwards", "/v1/trade-figures?year_from=2025&year_to=2020", 422, "year_to"),
    ("commission id 0", "/v1/meetings?commission=0", 422, "commission"),
    ("commission id beyond 32 bits", "/v1/stats/meetings?group_by=kind&commission=2147483648", 422, "commission"),
    # cursors
    ("cursor not base64", "/v1/meetings?cursor=not%20a%20cursor", 422, "cursor"),
    ("cursor empty", "/v1/meetings?cursor=", 422, "cursor"),
    ("cursor of another sort", "/v1/meetings?sort=kind&cursor=" + cursor("-date", ["2024-01-01", 1]), 422, "cursor"),
    ("cursor id at 2^31", "/v1/meetings?cursor=" + cursor("-date", ["2024-01-01", 2**31]), 422, "cursor"),
    ("cursor id at 2^63", "/v1/meetings?cursor=" + cursor("-date", ["2024-01-01", 2**63]), 422, "cursor"),
    ("cursor id below -2^63", "/v1/people?cursor=" + cursor("name", ["a", -(2**63) - 1]), 422, "cursor"),
    ("cursor id beyond 64 bits", "/v1/commissions?cursor=" + cursor("name", ["a", 10**30]), 422, "cursor"),
    ("cursor count at 2^31", "/v1/parties?sort=meeting_count&cursor=" + cursor("meeting_count", [2**31, 1]), 422, "cursor"),
    ("cursor decimal sNaN", "/v1/trade-figures?sort=value&cursor=" + cursor("value", ["sNaN", 1]), 422, "cursor"),
    ("cursor decimal NaN", "/v1/trade-figures?sort=value&cursor=" + cursor("value", ["NaN", 1]), 422, "cursor"),
    ("cursor decimal 1e999999", "/v1/trade-figures?sort=value&cursor=" + cursor("value", ["1e999999", 1]), 422, "cursor"),
    ("cursor decimal Infinity", "/v1/trade-figures?sort=value&cursor=" + cursor("value", ["-Infinity", 1]), 422, "cursor"),
    ("cursor date NaN", "/v1/meetings?cursor=" + cursor("-date", ["NaN", 1]), 422, "cursor"),
    ("cursor date infinity", "/v1/articles?cursor=" + cursor("-published_on", ["infinity", 1]), 422, "cursor"),
    ("cursor time stamp NaN", "/v1/articles?sort=ingested_at&cursor=" + cursor("ingested_at", ["NaN", 1]), 422, "cursor"),
    ("cursor date as a number", "/v1/agreements?cursor=" + cursor("-date", [20240101, 1]), 422, "cursor"),
    ("cursor relevance infinite", "/v1/articles?q=energy&cursor=" + raw_cursor(b'{"s":"-relevance","v":[1e999,1]}'), 422, "cursor"),
    ("cursor text with NUL", "/v1/meetings?sort=kind&cursor=" + cursor("kind", ["vi\u0000sit", 1]), 422, "cursor"),
    ("cursor text as a list", "/v1/meetings?sort=kind&cursor=" + cursor("kind", [["visit"], 1]), 422, "cursor"),
    ("cursor id as text", "/v1/meetings?sort=id&cursor=" + cursor("id", ["1"]), 422, "cursor"),
    ("cursor id as a boolean", "/v1/meetings?sort=id&cursor=" + cursor("id", [True]), 422, "cursor"),
    ("cursor of invalid UTF-8", "/v1/meetings?cursor=" + raw_cursor(b'{"s":"-date","v":["\xff",1]}'), 422, "cursor"),
    ("cursor with a lone surrogate", "/v1/meetings?cursor=" + raw_cursor(b'{"s":"-date","v":["\\ud800",1]}'), 422, "cursor"),
    ("cursor of the wrong shape", "/v1/meetings?cursor=" + raw_cursor(b'{"s":"-date","v":{"a":1}}'), 422, "cursor"),
    # ids in paths
    *[(f"{path} id {label}", f"{path}/{value}", 422, name)
      for path, name in DETAIL_ENDPOINTS.items()
      for label, value in (("0", "0"), ("-1", "-1"), ("2^31", str(2**31)), ("2^63", str(2**63)), ("abc", "abc"), ("1.5", "1.5"))],
]


@pytest.fixture(scope="module")
def engine(api_database_url: str) -> Iterator[Engine]:
    engine = create_db_engine(api_database_url)
    yield engine
    engine.dispose()


def snapshot(engine: Engine) -> dict[str, Any]:
    """Every table's row count and the dataset version."""
    with engine.connect() as connection:
        counts: dict[str, Any] = {
            table.name: connection.scalar(select(func.count()).select_from(table)) for table in Base.metadata.sorted_tables
        }
        counts["dataset_version"] = connection.execute(select(Base.metadata.tables["dataset_state"].c.version)).all()
    return counts


def assert_problem(response: Any, status: int, parameter: str | None) -> None:
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"] == "application/problem+json", response.headers
    body = response.json()
    assert body["status"] == status and body["type"] == "about:blank" and body["title"] and body["detail"]
    assert "Traceback" not in response.text
    if parameter is not None:
        assert parameter in [error["name"] for error in body.get("errors", [])], body


@pytest.mark.parametrize(("what", "url", "status", "parameter"), BAD_QUERIES, ids=[case[0] for case in BAD_QUERIES])
def test_bad_input_is_a_problem_and_changes_nothing(
    client: TestClient, engine: Engine, what: str, url: str, status: int, parameter: str | None
) -> None:
    before = snapshot(engine)
    with count_statements(client) as statements:
        response = client.get(url)
    assert_problem(response, status, parameter)
    assert not [s for s in statements if " LIKE " in s.upper()], "bad input reached a LIKE"
    assert snapshot(engine) == before


def test_there_are_at_least_thirty_kinds_of_bad_input() -> None:
    assert len(BAD_QUERIES) >= 30


@pytest.mark.parametrize("url", EVERY_ENDPOINT)
def test_every_endpoint_names_an_unknown_parameter(client: TestClient, url: str) -> None:
    response = client.get(url + ("&" if "?" in url else "?") + "partie=AZ")
    assert_problem(response, 422, "partie")
    assert "partie" in response.json()["detail"]


@pytest.mark.parametrize("url", EVERY_ENDPOINT)
def test_every_endpoint_answers_its_own_parameters(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("parameter", "value", "limit"),
    [("party", "AZ", MAX_PARTIES), ("sector", "energy", MAX_SECTORS), ("kind", "visit", MAX_KINDS)],
)
def test_a_cap_names_its_parameter_and_limit(client: TestClient, parameter: str, value: str, limit: int) -> None:
    assert client.get("/v1/meetings?" + repeated(parameter, [value] * limit)).status_code == 200
    response = client.get("/v1/meetings?" + repeated(parameter, [value] * (limit + 1)))
    assert_problem(response, 422, parameter)
    assert str(limit) in response.json()["errors"][0]["detail"]


@pytest.mark.parametrize(("url", "parameter"), [("/v1/meetings?person=", "person"), ("/v1/people?name=", "name"), ("/v1/articles?q=", "q")])
def test_a_length_limit_names_its_parameter_and_limit(client: TestClient, url: str, parameter: str) -> None:
    limit = 256 if parameter == "q" else MAX_TEXT
    response = client.get(url + "x" * (limit + 1))
    assert_problem(response, 422, parameter)
    assert str(limit) in response.json()["errors"][0]["detail"]


def test_repeated_values_beyond_the_cap_build_no_statement(client: TestClient) -> None:
    """Each count of parties is a statement shape; counts beyond the cap never get one."""
    before = meeting_query.cache_info()
    for count in range(MAX_PARTIES + 1, MAX_PARTIES + 60):
        assert client.get("/v1/meetings?" + repeated("party", [f"A{chr(65 + i % 26)}" for i in range(count)])).status_code == 422
    after = meeting_query.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("url", ["/v1/meetings", "/v1/meetings/1", "/v1/stats/meetings?group_by=kind"])
def test_a_wrong_method_is_a_405_problem(client: TestClient, engine: Engine, method: str, url: str) -> None:
    before = snapshot(engine)
    response = client.request(method, url, content=b'{"id": 1}', headers={"content-type": "application/json"})
    assert_problem(response, 405, None)
    assert "GET" in response.headers["allow"]
    assert snapshot(engine) == before


@pytest.mark.parametrize(
    "accept",
    ["application/xml", "text/html", "image/png", "*/*;q=0", "application/json;q=0, text/csv;q=0, application/x-ndjson;q=0"],
)
@pytest.mark.parametrize("url", ["/v1/meetings", "/v1/parties", "/v1/sectors"])
def test_an_accept_nothing_we_make_is_a_406_problem(client: TestClient, url: str, accept: str) -> None:
    assert_problem(client.get(url, headers={"Accept": accept}), 406, None)


@pytest.mark.parametrize("accept", ["", "*/*", "application/*", "text/csv;q=0.5, application/json", "garbage;;q=x, */*"])
def test_an_accept_we_can_meet_is_met(client: TestClient, accept: str) -> None:
    assert client.get("/v1/meetings", headers={"Accept": accept}).status_code == 200


def test_a_bad_head_is_a_problem_without_a_body(client: TestClient) -> None:
    response = client.head("/v1/meetings?since=0")
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"
    assert response.content == b""


@pytest.mark.parametrize(
    "url",
    [
        "/v1/meetings?party=ZZ",
        "/v1/meetings?party=XX-123",
        "/v1/meetings?party=org:nobody_1",
        "/v1/agreements?party=KZ-63",
        "/v1/trade-figures?party=MN-071",
        "/v1/stats/meetings?group_by=party&party=ZZ",
    ],
)
def test_a_well_formed_code_without_records_is_an_empty_200(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    body = response.json()
    assert body.get("items", body.get("groups")) == []


@pytest.mark.parametrize("url", ["/v1/parties/ZZ", "/v1/parties/org:nobody", "/v1/relations/ZZ/AZ", "/v1/trade-figures/series?party=ZZ&party=AZ"])
def test_a_well_formed_unknown_code_is_still_a_404(client: TestClient, url: str) -> None:
    assert_problem(client.get(url), 404, None)


@pytest.mark.parametrize("url", ["/v1/meetings?party=az&party=ru-ta", "/v1/parties/ru-ta", "/v1/relations/az/Ru-Ta"])
def test_party_codes_stay_case_insensitive(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 200


def test_the_documented_fields_example_works_on_every_endpoint_that_takes_fields(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    checked = 0
    for path, item in schema["paths"].items():
        for parameter in item["get"].get("parameters", []):
            if parameter["name"] == "fields":
                example = parameter["schema"]["examples"][0] if "examples" in parameter["schema"] else parameter["example"]
                response = client.get(path, params={"fields": example})
                assert response.status_code == 200, (path, example, response.text)
                assert set(response.json()["items"][0]) == set(example.split(","))
                checked += 1
    assert checked == 8


# Filters of /v1/meetings and /v1/stats/meetings, each a kind of its own (two values of a repeated
# parameter are a kind too): none, each alone, every pair, every set but one, and all at once.
FILTERS: dict[str, list[tuple[str, str]]] = {
    "party": [("party", "AZ")],
    "two parties": [("party", "AZ"), ("party", "RU")],
    "subdivisions": [("party", "RU"), ("include_subdivisions", "true")],
    "since": [("since", "2023-01-01")],
    "until": [("until", "2024-12-31")],
    "sector": [("sector", "energy")],
    "two sectors": [("sector", "energy"), ("sector", "trade")],
    "kinds": [("kind", "bilateral_meeting"), ("kind", "commission_session")],
    "status": [("status", "held")],
    "person": [("person", "jabbarov")],
    "commission": [("commission", "1")],
    "search": [("q", "tatarstan")],
}
COMBINATIONS = [
    combination
    for size in (0, 1, 2, len(FILTERS) - 1, len(FILTERS))
    for combination in itertools.combinations(FILTERS, size)
]


def expected_groups(items: list[dict[str, Any]], group_by: str) -> dict[str | None, tuple[int, int]]:
    """{key: (meetings, reports)} computed from the list items themselves."""
    counts: Counter[str | None] = Counter()
    reports: Counter[str | None] = Counter()
    for item in items:
        date = item["date"]
        keys: list[str | None] = {
            "year": [date[:4] if date else None],
            "month": [date[:7] if date else None],
            "sector": item["sectors"],
            "party": item["parties"],
            "kind": [item["kind"]],
        }[group_by]
        for key in keys:
            counts[key] += 1
            reports[key] += item["reports"]
    return {key: (counts[key], reports[key]) for key in counts}


def as_dict(groups: list[dict[str, Any]]) -> dict[str | None, tuple[int, int]]:
    return {group["key"]: (group["count"], group["reports"]) for group in groups}


@pytest.mark.parametrize("combination", COMBINATIONS, ids=[" + ".join(c) or "no filter" for c in COMBINATIONS])
def test_every_grouping_and_facet_under_every_filter_combination(client: TestClient, combination: tuple[str, ...]) -> None:
    params = [pair for name in combination for pair in FILTERS[name]]
    page = client.get("/v1/meetings", params=[*params, ("facets", ",".join(GROUPS)), ("limit", "500")])
    assert page.status_code == 200, page.text
    body = page.json()
    items = body["items"]
    assert body["next_cursor"] is None
    for group_by in GROUPS:
        expected = expected_groups(items, group_by)
        assert as_dict(body["facets"][group_by]) == expected, group_by
        stats = client.get("/v1/stats/meetings", params=[*params, ("group_by", group_by)])
        assert stats.status_code == 200, stats.text
        answer = stats.json()
        assert as_dict(answer["groups"]) == expected, group_by
        assert (answer["total"], answer["reports"]) == (len(items), sum(item["reports"] for item in items))
        assert answer["groups"] == body["facets"][group_by]


@pytest.mark.parametrize(
    "url",
    [
        "/v1/meetings?sector=energy&facets=sector",
        "/v1/stats/meetings?sector=energy&group_by=sector",
        "/v1/stats/meetings?party=AZ&party=RU-TA&group_by=party",
        "/v1/meetings?party=RU&include_subdivisions=true&facets=party",
    ],
)
def test_the_reported_combinations_answer(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    groups = response.json().get("groups") or next(iter(response.json()["facets"].values()))
    assert groups and all(group["count"] > 0 for group in groups)


# A prefix search: the same articles on both engines, or the same 422. SQLite's index keeps the
# common words that PostgreSQL's leaves out, and each engine used to stem a prefix its own way.
PREFIX_ARTICLES = {
    "common": "The delegations met.",
    "numbers": "Three thousand delegates attended.",
    "thai": "Investors from Thailand attended.",
    "baku": "Baku hosted a banking forum.",
}
PREFIX_QUERIES: list[tuple[str, list[str] | None]] = [
    ("th*", None),  # would be `the` on SQLite alone
    ("tha*", None),  # `than`, `that`
    ("thes*", None),  # stemmed to `the`
    ("ha*", None),  # `has`, stored as `ha`
    ("thr*", None),  # `through`
    ("thre*", ["numbers"]),
    ("thou*", ["numbers"]),
    ("thai*", ["thai"]),
    ("investments*", ["thai"]),  # stemmed to `invest`, which begins `investor`
    ("bas*", ["baku"]),  # stemmed to `ba` on both engines, as FTS5 stems it
    ("ha thailand", ["thai"]),  # `ha` is stored as `has` is: a common word
    ("three thousand", ["numbers"]),
]


@pytest.fixture
def prefix_client(fresh_engine: Engine) -> Iterator[tuple[TestClient, dict[int, str]]]:
    labels = {_load(fresh_engine, text): label for label, text in PREFIX_ARTICLES.items()}
    app = create_app(Settings(database_url=fresh_engine.url.render_as_string(hide_password=False), cache_version_ttl_seconds=0))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client, labels


def _load(engine: Engine, text: str) -> int:
    builder = ArticleBuilder()
    builder.sentence(text)
    return builder.load(engine)


def test_a_prefix_matches_the_same_articles_on_both_engines(prefix_client: tuple[TestClient, dict[int, str]]) -> None:
    client, labels = prefix_client
    for q, expected in PREFIX_QUERIES:
        response = client.get("/v1/articles", params={"q": q, "fields": "id"})
        if expected is None:
            assert_problem(response, 422, "q")
        else:
            assert response.status_code == 200, (q, response.text)
            assert sorted(labels[item["id"]] for item in response.json()["items"]) == sorted(expected), q


def test_the_query_language_reads_words_with_the_index_tokenizer(fresh_engine: Engine) -> None:
    if fresh_engine.dialect.name != "sqlite":
        pytest.skip("the FTS5 table exists on SQLite only")
    with fresh_engine.connect() as connection:
        created = connection.scalar(sql_text("SELECT sql FROM sqlite_master WHERE name = 'article_search'"))
    assert f"tokenize='{SQLITE_TOKENIZER}'" in created


def _request_for(operation: dict[str, Any], path: str, status: int) -> tuple[str, dict[str, Any], dict[str, str]]:
    """A request that should get `status` from an operation, built from its own documentation:
    documented examples for a 200, a well-formed id or code nothing has (in the first place) for a 404."""
    query: dict[str, Any] = {}
    unknown = status == 404
    for parameter in operation.get("parameters", []):
        schema = parameter["schema"]
        example = (parameter.get("examples") or schema.get("examples") or schema.get("enum") or [None])[0]
        if parameter["in"] == "path":
            value = (2**31 - 1 if schema.get("type") == "integer" else "ZZ") if unknown else example
            unknown = False
            path = path.replace("{" + parameter["name"] + "}", str(value))
        elif parameter.get("required"):
            query[parameter["name"]] = ["ZZ", "AZ"] if status == 404 and parameter["name"] == "party" else example
    headers = {"Accept": "application/xml"} if status == 406 else {}
    if status == 422:
        query["partie"] = "AZ"
    return path, query, headers


def test_every_documented_status_is_real(client: TestClient) -> None:
    """A 503 (the statement timeout: tests/api/test_isolation.py) and the catch-all 500 (a bug:
    tests/api/test_errors.py) are the only ones not sent here."""
    schema = client.get("/openapi.json").json()
    checked = Counter()
    for path, item in schema["paths"].items():
        operation = item["get"]
        for status in map(int, operation["responses"]):
            if status in (500, 503):
                continue
            url, query, headers = _request_for(operation, path, status)
            response = client.get(url, params=query, headers=headers)
            assert response.status_code == status, (path, status, url, query, response.text[:300])
            checked[status] += 1
    assert checked[200] == len(schema["paths"]) and checked[404] == 7 and checked[406] == 8, checked
