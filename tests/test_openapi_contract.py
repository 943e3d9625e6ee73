"""The OpenAPI document is made for code generation (app/core/openapi.py):

- every operation has a short, unique `operationId` of snake_case words (`meetings_list`), and
  the ids of the existing operations never change;
- every operation has at least one tag;
- every 4xx and 5xx response is `application/problem+json` with the `Problem` schema, and the
  bodies the server really sends validate against it;
- `info.version` is the version of the installed package (pyproject.toml).
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.core.openapi import PROBLEM_REF, install_openapi, operation_id
from app.core.schemas import SERVER_ERROR
from app.db.migrate import upgrade
from app.main import create_app

ROOT = Path(__file__).resolve().parents[1]
OPERATION_ID = re.compile(r"^[a-z]+(_[a-z]+)+$")
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
PROBLEM_CONTENT = {"application/problem+json": {"schema": PROBLEM_REF}}

# Generated clients name their functions after these: renaming one breaks every client.
STABLE_IDS = {
    ("get", "/v1/meetings"): "meetings_list",
    ("get", "/v1/meetings/{meeting_id}"): "meetings_get",
    ("get", "/v1/parties"): "parties_list",
    ("get", "/v1/parties/{code}"): "parties_get",
    ("get", "/v1/people"): "people_list",
    ("get", "/v1/people/{person_id}"): "people_get",
    ("get", "/v1/sectors"): "sectors_list",
    ("get", "/v1/commissions"): "commissions_list",
    ("get", "/v1/commissions/{commission_id}"): "commissions_get",
    ("get", "/v1/agreements"): "agreements_list",
    ("get", "/v1/trade-figures"): "trade_figures_list",
    ("get", "/v1/trade-figures/series"): "trade_figures_series",
    ("get", "/v1/articles"): "articles_list",
    ("get", "/v1/articles/{article_id}"): "articles_get",
    ("get", "/v1/stats/meetings"): "stats_meetings",
    ("get", "/v1/relations/{a}/{b}"): "relations_get",
    ("get", "/healthz"): "health_check",
}

DOCUMENT: dict[str, Any] = create_app(Settings(database_url="sqlite://")).openapi()
OPERATIONS = [
    (path, method, operation)
    for path, item in DOCUMENT["paths"].items()
    for method, operation in item.items()
    if method in METHODS
]


def _label(path: str, method: str, operation: dict[str, Any]) -> str:
    return str(operation.get("operationId", f"{method} {path}"))


@pytest.mark.parametrize("path, method, operation", OPERATIONS, ids=[_label(*op) for op in OPERATIONS])
def test_operation_is_ready_for_code_generation(path: str, method: str, operation: dict[str, Any]) -> None:
    where = f"{method.upper()} {path}"
    assert OPERATION_ID.fullmatch(operation.get("operationId", "")), f"{where}: operationId {operation.get('operationId')!r}"
    assert operation.get("tags"), f"{where}: no tags"
    errors = {status: response for status, response in operation["responses"].items() if status.startswith(("4", "5"))}
    assert "500" in errors, f"{where}: the catch-all 500 is not documented"
    for status, response in errors.items():
        assert response.get("content") == PROBLEM_CONTENT, f"{where} {status}: {response.get('content')}"


def test_operation_ids_are_unique() -> None:
    counts = Counter(operation["operationId"] for _, _, operation in OPERATIONS)
    assert [name for name, n in counts.items() if n > 1] == []


def test_operation_ids_are_stable() -> None:
    ids = {(method, path): operation["operationId"] for path, method, operation in OPERATIONS}
    assert {key: ids.get(key) for key in STABLE_IDS} == STABLE_IDS


def test_version_is_the_packages() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        declared = tomllib.load(file)["project"]["version"]
    assert DOCUMENT["info"]["version"] == version("bilateral-records") == declared


def test_problem_schema_has_the_rfc_9457_members_and_the_parameter_list() -> None:
    schemas = DOCUMENT["components"]["schemas"]
    problem = schemas["Problem"]
    assert set(problem["required"]) == {"type", "title", "status", "detail", "instance"}
    errors = next(branch for branch in problem["properties"]["errors"]["anyOf"] if branch.get("type") == "array")
    assert errors["items"] == {"$ref": "#/components/schemas/ProblemParameter"}
    assert set(schemas["ProblemParameter"]["required"]) == {"name", "in", "detail"}


# The mechanism covers routes added later without any of them asking.


def _route_ids(app: FastAPI) -> dict[tuple[str, str], str]:
    return {(method, path): op["operationId"] for path, item in app.openapi()["paths"].items() for method, op in item.items()}


def test_new_routes_get_ids_from_their_path_and_method() -> None:
    app = FastAPI(generate_unique_id_function=operation_id, responses=SERVER_ERROR)

    async def handler() -> None:
        """A route."""

    for method in ("GET", "POST"):
        app.add_api_route("/v1/api-keys", handler, methods=[method])
    for method in ("GET", "PUT", "PATCH", "DELETE"):
        app.add_api_route("/v1/api-keys/{key_id}", handler, methods=[method])
    app.add_api_route("/v1/articles/{article_id}/reingest", handler, methods=["POST"])
    app.add_api_route("/v1/changes/feed", handler, methods=["GET"])
    assert _route_ids(app) == {
        ("get", "/v1/api-keys"): "api_keys_list",
        ("post", "/v1/api-keys"): "api_keys_create",
        ("get", "/v1/api-keys/{key_id}"): "api_keys_get",
        ("put", "/v1/api-keys/{key_id}"): "api_keys_replace",
        ("patch", "/v1/api-keys/{key_id}"): "api_keys_update",
        ("delete", "/v1/api-keys/{key_id}"): "api_keys_delete",
        ("post", "/v1/articles/{article_id}/reingest"): "articles_reingest_create",
        ("get", "/v1/changes/feed"): "changes_feed",
    }


def test_error_responses_declared_without_a_body_get_the_problem() -> None:
    app = FastAPI(generate_unique_id_function=operation_id, responses=SERVER_ERROR)
    install_openapi(app)

    @app.post("/v1/api-keys", responses={401: {"description": "No key"}, 409: {"description": "Taken"}})
    async def create_key(scope: str) -> None:
        """A route; FastAPI documents a 422 of its own for the query parameter."""

    document = app.openapi()
    responses = document["paths"]["/v1/api-keys"]["post"]["responses"]
    assert {status: responses[status].get("content") for status in ("401", "409", "422", "500")} == dict.fromkeys(
        ("401", "409", "422", "500"), PROBLEM_CONTENT
    )
    assert "HTTPValidationError" not in document["components"]["schemas"]


# What the server sends matches the document.


def _problem_validator() -> jsonschema_rs.Validator:
    return jsonschema_rs.validator_for({"$ref": PROBLEM_REF["$ref"], "components": DOCUMENT["components"]})


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path_factory.mktemp('contract') / 'empty.db'}"
    upgrade(url)
    with TestClient(create_app(Settings(database_url=url)), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "url, status",
    [("/v1/meetings/999", 404), ("/v1/meetings?since=yesterday", 422), ("/v1/meetings?partie=AZ", 422), ("/v1/parties/XX", 404)],
)
def test_error_bodies_validate_against_the_problem_schema(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    _problem_validator().validate(response.json())


def test_health_check_answers_a_problem_when_the_database_does_not() -> None:
    # Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    app = create_app(Settings(database_url="postgresql+psycopg://postgres@127.0.0.1:1/nothing"))
    with TestClient(app, raise_server_exceptions=False) as unhealthy:
        response = unhealthy.get("/healthz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    _problem_validator().validate(response.json())
    assert response.json()["instance"] == "/healthz"
