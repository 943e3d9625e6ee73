"""Typed errors. Every 4xx and 5xx answer of the API is an RFC 9457 problem (`application/problem+json`);
`unwrap` raises it as the exception of its status, carrying the problem on `.problem`."""
from __future__ import annotations

import json
from typing import Any, TypeVar

from bilateral_records_client.generated.models import Problem, ProblemParameter
from bilateral_records_client.generated.types import Response, Unset

T = TypeVar("T")
PROBLEM_MEDIA_TYPE = "application/problem+json"


class ApiError(Exception):
    """An answer that is not the success the operation documents.

    `problem` is the parsed problem+json body, or None when the body is not one (a proxy's error
    page, say; `content` has the raw bytes). `retry_after` is the `Retry-After` header in seconds,
    when the server sent one."""

    def __init__(self, status: int, problem: Problem | None, content: bytes, retry_after: float | None = None) -> None:
        self.status = status
        self.problem = problem
        self.content = content
        self.retry_after = retry_after
        summary = f"{problem.title}: {problem.detail}" if problem else content[:200].decode(errors="replace")
        super().__init__(f"{status} {summary}")


class ClientError(ApiError):
    """A 4xx: the request has to change before it can succeed."""


class Unauthorized(ClientError):
    """401: the operation needs an API key (`AuthenticatedClient(token=KEY)`), or the key is unknown or revoked."""


class Forbidden(ClientError):
    """403: the key's scope does not allow this (writing needs a `write` key)."""


class NotFound(ClientError):
    """404: no record with that id or code."""


class NotAcceptable(ClientError):
    """406: the `Accept` header accepts none of the formats the operation answers in."""


class InvalidParameters(ClientError):
    """422: bad or unknown parameters, each named in `parameters`."""

    @property
    def parameters(self) -> list[ProblemParameter]:
        errors = self.problem.errors if self.problem else None
        return [] if errors is None or isinstance(errors, Unset) else errors


class RateLimited(ClientError):
    """429: too many requests; try again after `retry_after` seconds."""


class ServerError(ApiError):
    """A 5xx."""


class ServiceUnavailable(ServerError):
    """503: the query ran out of time (or the database does not answer); try again after `retry_after`."""


_BY_STATUS: dict[int, type[ApiError]] = {
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    406: NotAcceptable,
    422: InvalidParameters,
    429: RateLimited,
    503: ServiceUnavailable,
}


def unwrap(response: Response[T | Problem]) -> T:
    """The parsed body of a successful response from a generated `sync_detailed` or
    `asyncio_detailed`; anything else raises its typed `ApiError`."""
    parsed = response.parsed
    if response.status_code < 400 and parsed is not None and not isinstance(parsed, Problem):
        return parsed
    raise error_for(response)


def error_for(response: Response[Any]) -> ApiError:
    status = int(response.status_code)
    problem = response.parsed if isinstance(response.parsed, Problem) else _problem(response)
    kind = _BY_STATUS.get(status) or (ServerError if status >= 500 else ClientError if status >= 400 else ApiError)
    return kind(status, problem, response.content, _seconds(response.headers.get("retry-after")))


def _problem(response: Response[Any]) -> Problem | None:
    """The body as a problem, for a status the operation does not document (405, 413, ...)."""
    if not response.headers.get("content-type", "").startswith(PROBLEM_MEDIA_TYPE):
        return None
    try:
        return Problem.from_dict(json.loads(response.content))
    except (ValueError, KeyError, TypeError):
        return None


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date; this API sends seconds
