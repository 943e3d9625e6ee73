"""Compiled routes answer exactly as FastAPI's own solver does.

Every GET operation of the OpenAPI document is asked, on each engine, with its parameters left
out, given their documented examples, given values that fail validation, repeated, and with a
parameter it does not declare; the app whose routes are compiled and the app that solves every
request with FastAPI's solver must give the same status, body and headers (request ids aside).
And the routes really are compiled: every route but those with a request body."""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any
from urllib.parse import quote

import orjson
import pytest
from fastapi import APIRouter, Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from starlette.responses import Response

from app.api import RESOURCE_ROUTERS
from app.core.compiled_route import CompiledRoute
from app.core.config import Settings
from app.core.request_context import REQUEST_ID_HEADER
from app.main import create_app

# Values that fail some parameter's validation, and one that passes most free-text ones.
ODD_VALUES = ("", "x", "-1", "0", "2020-13-45", "99999999999999999999", "AZ,,RU")
PATH_VALUES = {"integer": ("1", "999999", "0", "abc", "2147483648"), "string": ("AZ", "RU-TA", "ZZ", "A", "ORG:EU")}


def _path_variants(path: str, parameters: list[dict[str, Any]]) -> list[str]:
    paths = [path]
    for parameter in parameters:
        if parameter["in"] != "path":
            continue
        kind = parameter.get("schema", {}).get("type", "string")
        paths = [
            candidate.replace("{" + parameter["name"] + "}", quote(value, safe=""))
            for candidate in paths
            for value in PATH_VALUES.get(kind, PATH_VALUES["string"])
        ]
    return paths


def _query_variants(parameters: list[dict[str, Any]]) -> list[str]:
    queries = ["", "unknown_parameter=1"]
    for parameter in parameters:
        if parameter["in"] != "query":
            continue
        name = parameter["name"]
        examples = [str(example) for example in parameter.get("examples", [])] or ["1"]
        for value in (*examples, *ODD_VALUES):
            queries.append(f"{name}={quote(value, safe=',')}")
        queries.append(f"{name}={quote(examples[0], safe=',')}&{name}={quote(examples[0], safe=',')}")
    return queries


def requests_of(openapi: dict[str, Any]) -> list[str]:
    urls = []
    for path, operations in openapi["paths"].items():
        get = operations.get("get")
        if get is None or not path.startswith("/v1/"):
            continue
        parameters = get.get("parameters", [])
        for concrete in _path_variants(path, parameters):
            urls.extend(f"{concrete}?{query}" if query else concrete for query in _query_variants(parameters))
    return urls


def _comparable(response: Any) -> tuple[int, dict[str, str], Any]:
    headers = {name: value for name, value in response.headers.items() if name.lower() != REQUEST_ID_HEADER.lower()}
    body: Any = response.content
    if response.headers.get("content-type", "").endswith("json") and body:
        body = orjson.loads(body)
    return response.status_code, headers, body


def _warmed_client(database_url: str, urls: list[str]) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=database_url, cache_version_ttl_seconds=0))
    with TestClient(app, raise_server_exceptions=False) as client:
        # FastAPI builds an included router's handlers on the first request that reaches it.
        for url in dict.fromkeys(url.partition("?")[0] for url in urls):
            client.get(url)
        yield client


@pytest.fixture(scope="module")
def urls(client: TestClient) -> list[str]:
    found = requests_of(client.get("/openapi.json").json())
    assert len(found) > 500
    return found


def _uncompiled_reasons() -> dict[tuple[str, str], str | None]:
    """Why each resource route as last built keeps FastAPI's handler (None: it is compiled)."""
    return {
        (",".join(sorted(route.methods)), route.path): route.uncompiled_reason
        for router in RESOURCE_ROUTERS
        for route in router.routes
        if isinstance(route, CompiledRoute)
    }


@pytest.fixture(scope="module")
def fastapi_solved(api_database_url: str, urls: list[str]) -> Iterator[TestClient]:
    CompiledRoute.compile_parameters = False
    try:
        built = _warmed_client(api_database_url, urls)
        client = next(built)
    finally:
        CompiledRoute.compile_parameters = True
    # Every route of this app was built while compiling was off: it is FastAPI's solver that the
    # comparison below holds the plans to, not the plans themselves.
    assert set(_uncompiled_reasons().values()) == {"compile_parameters is off"}
    yield client
    next(built, None)


@pytest.fixture(scope="module")
def compiled(api_database_url: str, urls: list[str], fastapi_solved: TestClient) -> Iterator[TestClient]:
    yield from _warmed_client(api_database_url, urls)


def test_every_get_route_is_compiled(compiled: TestClient) -> None:
    reasons = _uncompiled_reasons()
    assert len(reasons) > 15
    # The upload too: it reads its body itself, so FastAPI has no body to solve for it.
    assert {route: reason for route, reason in reasons.items() if reason is not None} == {}


closed: list[bool] = []


async def session() -> AsyncIterator[str]:
    yield "session"
    closed.append(True)


class Note(BaseModel):
    text: str


def test_what_a_plan_does_not_cover_keeps_fastapis_handler() -> None:
    router = APIRouter(route_class=CompiledRoute)
    closed.clear()

    @router.post("/notes")
    async def post_note(note: Note) -> Response:
        return Response(note.text)

    @router.get("/session")
    async def with_session(value: Annotated[str, Depends(session)]) -> Response:
        return Response(value)

    @router.get("/plain")
    async def plain(limit: int = 5) -> Response:
        return Response(str(limit))

    app = FastAPI()
    app.include_router(router, prefix="/x")
    with TestClient(app) as client:
        assert client.post("/x/notes", json={"text": "hi"}).text == "hi"
        assert client.post("/x/notes", json={}).status_code == 422
        assert client.get("/x/session").text == "session" and closed == [True]
        assert client.get("/x/plain?limit=7").text == "7"
        assert client.get("/x/plain?limit=x").status_code == 422
    reasons = {route.path: route.uncompiled_reason for route in router.routes if isinstance(route, CompiledRoute)}
    assert reasons == {"/notes": "a request body", "/session": "a dependency with yield", "/plain": None}


def test_compiled_routes_answer_as_fastapi_does(compiled: TestClient, fastapi_solved: TestClient, urls: list[str]) -> None:
    statuses: set[int] = set()
    for url in urls:
        expected = _comparable(fastapi_solved.get(url))
        assert _comparable(compiled.get(url)) == expected, url
        statuses.add(expected[0])
    # The requests reached both sides of validation: answers, 404s and 422s.
    assert {200, 404, 422} <= statuses


def test_validation_errors_name_every_bad_parameter_in_fastapis_order(compiled: TestClient, fastapi_solved: TestClient) -> None:
    url = "/v1/meetings?limit=0&since=2020-13-45&party=A&sector=nope&cursor=%25&include=totals"
    expected = fastapi_solved.get(url)
    assert expected.status_code == 422
    names = [error["name"] for error in expected.json()["errors"]]
    assert len(names) >= 5 and len(set(names)) == len(names)
    assert compiled.get(url).json() == expected.json()
    assert re.search(r"limit", compiled.get(url).json()["detail"])
