"""Routes whose dependencies and parameters are solved by a plan made once, when the route is
mounted, instead of FastAPI's solver walking the same tree on every request.

FastAPI re-derives, per request and per parameter, what it already knew at start-up: whether the
parameter's type is a sequence (a walk over its annotations), which aliases it has, whether it is
a parameter model, how a dependency is to be called. For a list endpoint with 16 parameters in 8
dependencies that walk was over half of the request's CPU time in the profile
(bench/README.md). The plan keeps the answers, so a request only looks its values up and
validates them with the same pydantic validators, in the same order, with the same error
locations: the responses, 422s included, are the same as FastAPI's, which
`tests/api/test_compiled_routes.py` checks request by request against FastAPI's own solver.

The handler a plan gives is also kept on the route (`COMPILED_HANDLER`), for the dispatch table
in front of FastAPI's router (app.core.route_table).

Only what the plan covers is compiled: parameters in the path, query, headers and cookies,
`async` and plain dependencies, the `Request`. A route with a body, a dependency with `yield`, a
parameter model, background tasks, a `Response` parameter, security scopes or a dependency
concurrency limit keeps FastAPI's handler, and so does every request made while
`app.dependency_overrides` is not empty."""
from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Coroutine
from copy import deepcopy
from dataclasses import dataclass
from typing import Any, get_type_hints

from fastapi import Request
from fastapi._compat import ModelField
from fastapi._compat.v2 import get_missing_field_error
from fastapi.dependencies.models import (
    Dependant,
    _is_async_gen_callable,
    _is_coroutine_callable,
    _is_gen_callable,
)
from fastapi.dependencies.utils import _get_param_model, field_annotation_is_sequence
from fastapi.exceptions import RequestValidationError
from fastapi.params import Param
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

try:  # where FastAPI keeps the route as included (prefix and router dependencies applied)
    from fastapi.routing import _effective_route_context_var
except ImportError:  # pragma: no cover - other FastAPI versions: routes are copied when included
    _effective_route_context_var = None

Handler = Callable[[Request], Coroutine[Any, Any, Response]]
# The attribute of a route (or of the route as included) that holds its compiled handler, for the
# dispatch table (app.core.route_table); None when FastAPI's handler serves it.
COMPILED_HANDLER = "compiled_handler"
Values = dict[str, Any]
Errors = list[Any]
_ATOMIC = (type(None), bool, int, float, str, bytes, tuple, frozenset)


class Uncompilable(Exception):
    """The route uses something the plan does not cover; FastAPI's handler serves it."""


@dataclass(frozen=True, slots=True)
class _Parameter:
    """One parameter, with everything FastAPI works out about it per request worked out once."""

    name: str
    keys: tuple[str, ...]  # the request keys it may come under, in FastAPI's order of preference
    location: str  # "path", "query", "header" or "cookie"
    sequence: bool  # read every occurrence (a list parameter of the query or the headers)
    field: ModelField
    required: bool
    default: Any
    copy_default: bool
    validate_default: bool

    @classmethod
    def of(cls, field: ModelField, *, multi_valued_source: bool) -> _Parameter:
        info = field.field_info
        if not isinstance(info, Param) or _get_param_model(field) is not None:
            raise Uncompilable(f"parameter {field.name} is a model")
        alias = getattr(field, "validation_alias", None) or field.alias
        choices = getattr(info.validation_alias, "choices", None)
        keys = (alias,) if choices is None or info.in_.value == "path" else (alias, *choices)
        if not all(isinstance(key, str) for key in keys):
            raise Uncompilable(f"parameter {field.name} has an alias path")
        sequence = multi_valued_source and field_annotation_is_sequence(info.annotation) and not _is_json(field)
        default = field.default
        return cls(
            name=field.name, keys=keys, location=info.in_.value, sequence=sequence, field=field,
            required=info.is_required(), default=default, copy_default=not isinstance(default, _ATOMIC),
            validate_default=bool(info.validate_default),
        )

    def read(self, source: Any, values: Values, errors: Errors) -> None:
        """Validates this parameter's value from `source` into `values`, or adds its errors."""
        key = self.keys[0]
        if len(self.keys) > 1:
            key = next((candidate for candidate in self.keys if candidate in source), key)
        # `in` first: most parameters of a list are absent, and Mapping.get finds that out by
        # catching a KeyError, which costs more than the rest of this method.
        value = None if key not in source else source.getlist(key) if self.sequence else source[key]
        if value is None or (self.sequence and not value):
            if self.required:
                errors.append(get_missing_field_error(loc=(self.location, key)))
                return
            value = deepcopy(self.default) if self.copy_default else self.default
            if not self.validate_default:
                values[self.name] = value
                return
        validated, problems = self.field.validate(value, values, loc=(self.location, key))
        if problems:
            errors.extend(problems)
        else:
            values[self.name] = validated


def _is_json(field: ModelField) -> bool:
    return any(type(item).__name__ == "Json" for item in field.field_info.metadata)


@dataclass(frozen=True, slots=True)
class _Dependency:
    """A dependency of a plan: its own plan, how to call it, and the key of its per-request cache."""

    plan: Plan
    call: Callable[..., Any]
    name: str | None
    cache_key: tuple[Any, ...]
    use_cache: bool
    is_coroutine: bool

    async def value(self, values: Values) -> Any:
        if self.is_coroutine:
            return await self.call(**values)
        return await run_in_threadpool(self.call, **values)


class Plan:
    """The solved form of one `Dependant`: its dependencies in order, then its path, query, header
    and cookie parameters, then the names that receive the request itself."""

    def __init__(self, dependant: Dependant) -> None:
        if dependant.body_params:
            raise Uncompilable("a request body")
        for unsupported in (
            "websocket_param_name", "background_tasks_param_name", "response_param_name", "security_scopes_param_name",
        ):
            if getattr(dependant, unsupported, None):
                raise Uncompilable(unsupported)
        self.dependencies = tuple(_dependency(sub) for sub in dependant.dependencies)
        self.path = tuple(_Parameter.of(field, multi_valued_source=False) for field in dependant.path_params)
        self.query = tuple(_Parameter.of(field, multi_valued_source=True) for field in dependant.query_params)
        self.headers = tuple(_Parameter.of(field, multi_valued_source=True) for field in dependant.header_params)
        self.cookies = tuple(_Parameter.of(field, multi_valued_source=False) for field in dependant.cookie_params)
        self.request_names = tuple(
            name for name in (dependant.http_connection_param_name, dependant.request_param_name) if name
        )

    async def solve(self, request: Request, cache: dict[tuple[Any, ...], Any]) -> tuple[Values, Errors]:
        values: Values = {}
        errors: Errors = []
        for dependency in self.dependencies:
            own_values, own_errors = await dependency.plan.solve(request, cache)
            if own_errors:
                errors.extend(own_errors)
                continue
            if dependency.use_cache and dependency.cache_key in cache:
                solved = cache[dependency.cache_key]
            else:
                solved = await dependency.value(own_values)
                cache.setdefault(dependency.cache_key, solved)
            if dependency.name is not None:
                values[dependency.name] = solved
        if self.path:
            _read_all(self.path, request.path_params, values, errors)
        if self.query:
            _read_all(self.query, request.query_params, values, errors)
        if self.headers:
            _read_all(self.headers, request.headers, values, errors)
        if self.cookies:
            _read_all(self.cookies, request.cookies, values, errors)
        for name in self.request_names:
            values[name] = request
        return values, errors


def _read_all(parameters: tuple[_Parameter, ...], source: Any, values: Values, errors: Errors) -> None:
    # Validated into a dict of their own and merged after, as FastAPI does: a parameter's
    # validator sees the parameters of its own kind read before it, not the dependencies' values.
    own: Values = {}
    for parameter in parameters:
        parameter.read(source, own, errors)
    values.update(own)


def _dependency(dependant: Dependant) -> _Dependency:
    call = dependant.call
    if call is None:
        raise Uncompilable("a dependency without a callable")
    if _is_gen_callable(call) or _is_async_gen_callable(call):
        raise Uncompilable("a dependency with yield")
    if getattr(dependant, "concurrency", None) is not None:
        raise Uncompilable("a dependency with a concurrency limit")
    scopes = tuple(sorted(set(dependant.parent_oauth_scopes or ()) | set(dependant.own_oauth_scopes or ())))
    return _Dependency(
        plan=Plan(dependant), call=call, name=dependant.name, cache_key=(call, scopes, dependant.scope or ""),
        use_cache=dependant.use_cache, is_coroutine=_is_coroutine_callable(call),
    )


def _returns_response(endpoint: Callable[..., Any]) -> bool:
    try:
        returned = get_type_hints(endpoint).get("return")
    except Exception:  # noqa: BLE001 - an annotation that does not resolve: not compiled
        return False
    return inspect.isclass(returned) and issubclass(returned, Response)


def compiled_handler(route: Any, fallback: Handler) -> Handler:
    """The request handler of `route` (an APIRoute, or the route as included) through its plan;
    raises Uncompilable when the plan does not cover it."""
    dependant: Dependant = route.dependant
    endpoint = dependant.call
    if endpoint is None or not _is_coroutine_callable(endpoint) or not _returns_response(endpoint):
        raise Uncompilable("the endpoint is not an async function returning a Response")
    if getattr(route, "body_field", None) is not None:
        raise Uncompilable("a request body")
    plan = Plan(dependant)
    overrides_provider = route.dependency_overrides_provider

    async def handle(request: Request) -> Response:
        if overrides_provider is not None and getattr(overrides_provider, "dependency_overrides", None):
            return await fallback(request)
        values, errors = await plan.solve(request, {})
        if errors:
            raise RequestValidationError(errors)
        response = await endpoint(**values)
        if not isinstance(response, Response):
            raise TypeError(f"{endpoint.__qualname__} returned {type(response).__name__}, not a Response")
        return response

    return handle


class CompiledRoute(APIRoute):
    """An APIRoute served through a `Plan` whenever the plan covers it (see the module's doc)."""

    compile_parameters = True  # False: FastAPI's own solver, for comparing the two
    # Why the route as last built keeps FastAPI's handler; None when it is compiled.
    uncompiled_reason: str | None = None

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:  # type: ignore[override]
        fallback = super().get_route_handler()
        if not self.compile_parameters:
            self.uncompiled_reason = "compile_parameters is off"
            return fallback
        route: Any = self
        context = _effective_route_context_var.get() if _effective_route_context_var is not None else None
        if context is not None and getattr(context, "original_route", None) is self:
            route = context
        handler: Handler | None = None
        try:
            handler = compiled_handler(route, fallback)
        except Uncompilable as reason:
            self.uncompiled_reason = str(reason)
        else:
            self.uncompiled_reason = None
        _keep_handler(route, handler)
        return handler or fallback


def _keep_handler(route: Any, handler: Handler | None) -> None:
    try:
        setattr(route, COMPILED_HANDLER, handler)
    except AttributeError:  # a FastAPI whose included routes take no new attributes: no table entry
        pass
