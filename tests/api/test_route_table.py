"""The dispatch table takes exactly the requests FastAPI would give to a compiled route, and leaves
the rest to the router. (That its answers are FastAPI's is test_compiled_routes.py's comparison:
the compiled app answers through the table, the other app has no compiled route to put in it.)"""
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any

import pytest
from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from starlette.responses import Response

from app.core.compiled_route import CompiledRoute
from app.core.config import Settings
from app.core.route_table import RouteTable, install_route_table
from app.main import create_app


def _table(app: FastAPI) -> RouteTable:
    layer: Any = app.middleware_stack
    while not isinstance(layer, RouteTable):
        layer = layer.app
    return layer


@pytest.fixture(scope="module")
def api(api_database_url: str) -> Iterator[tuple[TestClient, RouteTable]]:
    app = create_app(Settings(database_url=api_database_url))
    with TestClient(app) as client:
        client.get("/healthz")  # builds the middleware stack
        yield client, _table(app)


def _example_path(template: str, parameters: list[dict[str, Any]]) -> str:
    for parameter in parameters:
        if parameter["in"] == "path":
            example = (parameter.get("examples") or [1])[0]
            template = template.replace("{" + parameter["name"] + "}", str(example))
    return template


def test_every_api_get_operation_is_served_by_the_table(api: tuple[TestClient, RouteTable]) -> None:
    client, table = api
    served = []
    for template, operations in client.get("/openapi.json").json()["paths"].items():
        get = operations.get("get")
        if get is None or not template.startswith("/v1/"):
            continue
        found = table.table().lookup(_example_path(template, get.get("parameters", [])), "GET")
        assert found is not None, template
        assert found[0].path_format == template
        served.append(template)
    assert len(served) > 15


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/healthz"),  # a FastAPI route of the app itself, not compiled
        ("GET", "/openapi.json"),
        ("GET", "/docs"),
        ("GET", "/static/docs/swagger-ui.css"),
        ("POST", "/v1/meetings/1"),  # the path matches, the method does not: FastAPI's 405
        ("GET", "/v1/meetings/1/"),  # FastAPI's redirect or 404
        ("GET", "/v1/nothing-here"),
        ("GET", "/"),
        ("GET", ""),
    ],
)
def test_what_the_router_decides(api: tuple[TestClient, RouteTable], method: str, path: str) -> None:
    _, table = api
    assert table.table().lookup(path, method) is None


def test_path_parameters_are_converted_as_the_route_declares(api: tuple[TestClient, RouteTable]) -> None:
    _, table = api
    found = table.table().lookup("/v1/parties/RU-TA", "GET")
    assert found is not None and found[1] == {"code": "RU-TA"}


closed: list[bool] = []


async def session() -> AsyncIterator[str]:
    yield "session"
    closed.append(True)


async def always(value: str = "compiled") -> str:
    return value


def _ordered_app() -> FastAPI:
    """Routes whose paths overlap, so that only FastAPI's order tells which one answers."""
    router = APIRouter(route_class=CompiledRoute)

    @router.get("/items/{name}")
    async def by_name(name: str) -> Response:
        if name == "forbidden":
            raise HTTPException(403, "not this one")
        return Response(f"by name {name}")

    @router.get("/items/special")  # declared after the parameter route: never reached
    async def special() -> Response:
        return Response("special")

    @router.get("/held/{name}")  # a dependency with yield: FastAPI's handler, not compiled
    async def held(name: str, value: Annotated[str, Depends(session)]) -> Response:
        return Response(f"held {name} {value}")

    @router.get("/held/{name:int}")  # a compiled route behind it, never reached
    async def held_number(name: int) -> Response:
        return Response("number")

    @router.get("/value")
    async def value(given: Annotated[str, Depends(always)]) -> Response:
        return Response(given)

    app = FastAPI()
    install_route_table(app)
    app.include_router(router, prefix="/x")
    return app


def test_the_first_route_in_fastapis_order_answers() -> None:
    app = _ordered_app()
    closed.clear()
    with TestClient(app) as client:
        assert client.get("/x/items/special").text == "by name special"
        assert client.get("/x/items/other").text == "by name other"
        forbidden = client.get("/x/items/forbidden")
        assert (forbidden.status_code, forbidden.json()) == (403, {"detail": "not this one"})
        assert client.get("/x/held/7").text == "held 7 session" and closed == [True]
        assert client.post("/x/items/other").status_code == 405
        table = _table(app).table()
        assert table.lookup("/x/items/special", "GET")[0].path_format == "/x/items/{name}"  # type: ignore[index]
        assert table.lookup("/x/held/7", "GET") is None


async def overridden() -> AsyncIterator[str]:
    # With yield: only FastAPI's own route wrapper gives it the exit stack it needs.
    yield "overridden"
    closed.append(True)


def test_dependency_overrides_go_through_fastapi() -> None:
    app = _ordered_app()
    closed.clear()
    with TestClient(app) as client:
        assert client.get("/x/value").text == "compiled"
        app.dependency_overrides[always] = overridden
        assert client.get("/x/value").text == "overridden" and closed == [True]
        app.dependency_overrides.clear()
        assert client.get("/x/value").text == "compiled"


def test_routes_added_while_serving_are_reached_through_the_router() -> None:
    app = _ordered_app()
    with TestClient(app) as client:
        assert client.get("/x/late").status_code == 404
        late = APIRouter(route_class=CompiledRoute)

        @late.get("/late")
        async def later() -> Response:
            return Response("late")

        app.include_router(late, prefix="/x")
        assert client.get("/x/late").text == "late"
        assert _table(app).table().lookup("/x/late", "GET") is None
