"""RFC 9457 problem details: one exception family, one body builder, one set of handlers."""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any, TypeVar

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from app.core.allow import allowed_methods
from app.core.request_context import current_request_id
from app.db.engine import is_statement_timeout

logger = logging.getLogger("app.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"
T = TypeVar("T")


class ProblemError(Exception):
    """An error the API reports as problem+json with the given status."""

    status = 400

    def __init__(self, detail: str, *, errors: list[dict[str, str]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []
        self.headers = headers


class NotFoundError(ProblemError):
    status = 404


def found(item: T | None, detail: str) -> T:
    """`item`, or a 404 with `detail` when there is none."""
    if item is None:
        raise NotFoundError(detail)
    return item


class NotAcceptableError(ProblemError):
    status = 406


class InvalidParameterError(ProblemError):
    """A query parameter that passed type validation but makes no sense (bad cursor, sort key)."""

    status = 422

    def __init__(self, name: str, detail: str, *, location: str = "query") -> None:
        super().__init__(f"Invalid parameter {name!r}: {detail}", errors=[{"name": name, "in": location, "detail": detail}])


class UnauthorizedError(ProblemError):
    status = 401

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="bilateral-records"'})


class ForbiddenError(ProblemError):
    status = 403


class ContentTooLargeError(ProblemError):
    status = 413


class UnsupportedMediaTypeError(ProblemError):
    status = 415


class TooManyRequestsError(ProblemError):
    status = 429


class UnknownParametersError(ProblemError):
    """Query parameters the endpoint does not declare: a typo (`partie=AZ`) must not pass as no filter."""

    status = 422

    def __init__(self, names: list[str], declared: list[str]) -> None:
        takes = f"this endpoint takes {', '.join(declared)}" if declared else "this endpoint takes no query parameters"
        super().__init__(
            f"Unknown parameter(s): {', '.join(names)}",
            errors=[{"name": name, "in": "query", "detail": f"unknown parameter; {takes}"} for name in names],
        )


# RFC 9110 names where Python's table still has the older RFC 7231 wording.
_TITLES = {413: "Content Too Large", 422: "Unprocessable Content"}


def problem_body(status: int, detail: str | None, instance: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    phrase = _TITLES.get(status) or HTTPStatus(status).phrase
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": phrase,
        "status": status,
        "detail": detail or phrase,
        "instance": instance,
    }
    if errors:
        body["errors"] = errors
    return body


def problem_response(status: int, detail: str | None, request: Request, errors: list[dict[str, str]] | None = None,
                     headers: dict[str, str] | None = None) -> Response:
    body = problem_body(status, detail, request.url.path, errors)
    return Response(orjson.dumps(body), status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    """One entry per failure, named by the parameter; for a repeated parameter the detail says
    which occurrence (`kind=a&kind=b`: occurrence 2 of `kind`)."""
    errors = []
    for error in exc.errors():
        location = [str(part) for part in error.get("loc", ())]
        where = location[0] if location else "request"
        name = location[1] if len(location) > 1 else where
        detail = str(error.get("msg", "invalid value"))
        rest = location[2:]
        if rest and rest[0].isdigit():
            detail = f"occurrence {int(rest[0]) + 1}: {detail}"
        elif rest:
            name = ".".join([name, *rest])
        errors.append({"name": name, "in": where, "detail": detail})
    return errors


def install_error_handlers(app: FastAPI) -> None:
    async def on_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ProblemError)
        return problem_response(exc.status, exc.detail, request, exc.errors, headers=exc.headers)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = _validation_errors(exc)
        names = ", ".join(sorted({e["name"] for e in errors}))
        return problem_response(422, f"Invalid parameter(s): {names}", request, errors)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else None
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405 and (allowed := allowed_methods(request)):
            headers = {**(headers or {}), "Allow": allowed}
        return problem_response(exc.status_code, detail, request, headers=headers)

    async def on_timeout(request: Request, exc: Exception) -> Response:
        logger.warning("statement timeout on %s %s", request.method, request.url.path)
        return problem_response(
            503, "The query took too long and was stopped; narrow it (fewer search terms, more filters).", request,
            headers={"Retry-After": "1"},
        )

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        if is_statement_timeout(exc):
            return await on_timeout(request, exc)
        logger.exception(
            "unhandled error on %s %s", request.method, request.url.path, extra={"request_id": current_request_id()}
        )
        return problem_response(500, "The server could not answer this request.", request)

    app.add_exception_handler(ProblemError, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_unexpected)
