"""Request checks that apply to every endpoint."""
from __future__ import annotations

from fastapi import Request

from app.core.errors import InvalidParameterError


async def reject_nul_characters(request: Request) -> None:
    """PostgreSQL text cannot hold NUL; answer 422 for it up front instead of failing in the driver."""
    for name, value in request.query_params.multi_items():
        if "\x00" in value:
            raise InvalidParameterError(name, "must not contain NUL characters")
    for name, value in request.path_params.items():
        if isinstance(value, str) and "\x00" in value:
            raise InvalidParameterError(name, "must not contain NUL characters", location="path")
