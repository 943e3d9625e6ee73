"""The OpenAPI document, shaped for client generators: short stable operation ids, a Problem body
on every 4xx and 5xx response, and the version of the installed package.

tests/test_openapi_contract.py holds every operation to this."""
from __future__ import annotations

import json
import re
from importlib.metadata import version
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from app.core.errors import PROBLEM_MEDIA_TYPE

API_VERSION = version("bilateral-records")
PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
# FastAPI's own 422 body, which app.core.errors answers as a problem instead.
VALIDATION_ERROR_REF = {"$ref": "#/components/schemas/HTTPValidationError"}
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
_VERSION_SEGMENT = re.compile(r"v\d+")
_ACTIONS = {"POST": "create", "PUT": "replace", "PATCH": "update", "DELETE": "delete"}


def _word(segment: str) -> str:
    return re.sub(r"[^a-z]+", "_", segment.lower()).strip("_")


def operation_id(route: APIRoute) -> str:
    """`meetings_list`, `meetings_get`, `trade_figures_series`, `articles_create`.

    Derived from the path and method, so it stays as long as they do and a new route gets one
    without asking: the first segment after `/v1` names the resource; further literal segments
    name a view of it (`/trade-figures/series`); otherwise the action is `list` or `get` for a
    GET (on a collection or on one item) and `create`, `replace`, `update`, `delete` for POST,
    PUT, PATCH, DELETE. A route may still give its own `operation_id=`."""
    segments = [s for s in route.path.strip("/").split("/") if s and not _VERSION_SEGMENT.fullmatch(s)]
    words = [_word(s) for s in segments if not s.startswith("{")] or [_word(route.name)]
    method = min(route.methods or {"GET"})
    action = _ACTIONS.get(method) or ("get" if segments and segments[-1].startswith("{") else "list")
    if len(words) > 1:
        return "_".join(words if method == "GET" else [*words, action])
    return f"{words[0]}_{action}"


def install_openapi(app: FastAPI) -> None:
    """Wrap `app.openapi` so the document it builds (once) gives every error response its
    problem+json body."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            problem_bodies(build())
        return build()

    app.openapi = openapi  # type: ignore[method-assign]


def problem_bodies(document: dict[str, Any]) -> None:
    """Every 4xx and 5xx response is `application/problem+json` with the Problem schema.

    FastAPI documents a response's `model` as `application/json` too (the body is never sent as
    that), a response declared without a model as having no body, and a route's undeclared 422 as
    its own validation error; all become the one problem+json body the error handlers send."""
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            for status, response in operation.get("responses", {}).items():
                if not status.startswith(("4", "5")):
                    continue
                content = response.setdefault("content", {})
                if content.get("application/json", {}).get("schema") in (PROBLEM_REF, VALIDATION_ERROR_REF):
                    del content["application/json"]
                if not content:
                    content[PROBLEM_MEDIA_TYPE] = {"schema": dict(PROBLEM_REF)}
    schemas = document.get("components", {}).get("schemas", {})
    if VALIDATION_ERROR_REF["$ref"] not in json.dumps(document):
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
