"""The OpenAPI document teaches the API: every operation is documented, and the docs pages are
served without a CDN.

For every operation (each method of each path in `create_app().openapi()`):

- `summary` and `description` are non-empty (the description is the handler's docstring);
- every parameter has a non-empty `description`;
- every 2xx response with a JSON body (`application/json` or `*+json`) shows an example, either
  on the media type (`example`, or a non-empty `examples`) or through its schema. A schema shows
  an example when it carries `example` or a non-empty `examples` itself; otherwise, following
  `$ref`s, an object needs at least one property and every property must show one, an array's
  `items` must, and every non-null branch of `anyOf`/`oneOf`/`allOf` must. A leaf (string,
  number, enum, ...) without an example, an empty schema `{}` and an object without properties
  (a map: its keys are unknown) fail. So Swagger UI and ReDoc never fall back to
  `"string"`/`0`/`additionalProp1` placeholders in a response sample.

Failures list each gap as `<operationId>: <what is missing>`, naming the schema property path.
"""
from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.core.docs import STATIC_URL
from app.main import create_app

METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def build_app() -> FastAPI:
    # An empty in-memory database: neither the schema nor the docs pages read a table.
    return create_app(Settings(database_url="sqlite://"))


SCHEMA: dict[str, Any] = build_app().openapi()
OPERATIONS = [
    (path, method, operation)
    for path, item in SCHEMA["paths"].items()
    for method, operation in item.items()
    if method in METHODS
]


def resolve(schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    ref = schema.get("$ref")
    if ref is None:
        return None, schema
    name = ref.removeprefix("#/components/schemas/")
    return name, SCHEMA["components"]["schemas"][name]


def has_example(node: dict[str, Any]) -> bool:
    return "example" in node or bool(node.get("examples"))


def schema_gaps(schema: dict[str, Any], where: str, seen: frozenset[str] = frozenset()) -> list[str]:
    """Property paths under `schema` that show no example (empty when the schema shows one)."""
    if has_example(schema):
        return []
    name, target = resolve(schema)
    if name is not None:
        if name in seen:  # a recursive model: its other occurrences are checked
            return []
        return schema_gaps(target, name if where == "" else where, seen | {name})
    for key in ("anyOf", "oneOf", "allOf"):
        if key in target:
            branches = [b for b in target[key] if b.get("type") != "null"]
            return [gap for b in branches for gap in schema_gaps(b, where, seen)]
    if target.get("type") == "array" or "items" in target:
        return schema_gaps(target.get("items", {}), f"{where}[]", seen)
    properties: dict[str, Any] = target.get("properties", {})
    if properties:
        return [gap for prop, sub in properties.items() for gap in schema_gaps(sub, f"{where}.{prop}", seen)]
    kind = "map, keys unknown" if "additionalProperties" in target else target.get("type", "empty schema")
    return [f"{where or '<schema>'} ({kind}) has no example"]


def operation_gaps(path: str, method: str, operation: dict[str, Any]) -> list[str]:
    gaps: list[str] = []
    if not str(operation.get("summary", "")).strip():
        gaps.append("no summary")
    if not str(operation.get("description", "")).strip():
        gaps.append("no description")
    for parameter in operation.get("parameters", []):
        _, parameter = resolve(parameter)
        if not str(parameter.get("description", "")).strip():
            gaps.append(f"parameter {parameter['name']!r} ({parameter['in']}) has no description")
    for status, response in operation.get("responses", {}).items():
        if not status.startswith("2"):
            continue
        for media_type, content in response.get("content", {}).items():
            if not (media_type == "application/json" or media_type.endswith("+json")):
                continue
            if has_example(content):
                continue
            missing = schema_gaps(content.get("schema", {}), "")
            gaps.extend(f"response {status} {media_type}: {gap}" for gap in missing)
    return gaps


def test_the_document_has_operations() -> None:
    assert len(OPERATIONS) >= 10, sorted(SCHEMA["paths"])


@pytest.mark.parametrize(
    "path, method, operation", OPERATIONS, ids=[op.get("operationId", f"{m} {p}") for p, m, op in OPERATIONS]
)
def test_operation_is_documented(path: str, method: str, operation: dict[str, Any]) -> None:
    gaps = operation_gaps(path, method, operation)
    operation_id = operation.get("operationId", f"{method.upper()} {path}")
    assert not gaps, f"{method.upper()} {path} is not fully documented:\n" + "\n".join(
        f"  {operation_id}: {gap}" for gap in gaps
    )


@pytest.mark.parametrize("page", ["/docs", "/redoc", "/docs/oauth2-redirect"])
def test_docs_pages_load_their_assets_from_the_app(page: str) -> None:
    """The browser test proves it in Chromium; this checks the HTML where Chromium is missing."""
    with TestClient(build_app()) as client:
        response = client.get(page)
        assert response.status_code == 200
        assert "default-src 'self'" in response.headers["content-security-policy"]
        urls = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", response.text)
        assert all(url.startswith("/") and not url.startswith("//") for url in urls), urls
        for url in urls:
            if url.startswith(STATIC_URL):
                asset = client.get(url)
                assert asset.status_code == 200 and asset.content, url
        if page != "/docs/oauth2-redirect":
            assert any(url.startswith(STATIC_URL) and url.endswith(".js") for url in urls), urls
