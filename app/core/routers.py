"""The router each resource's endpoints hang on."""
from __future__ import annotations

from fastapi import APIRouter, Depends

from app.core.compiled_route import CompiledRoute
from app.core.params import strict_query


def resource_router(prefix: str, tag: str) -> APIRouter:
    """Endpoints under `prefix`, documented under `tag`: every one refuses query parameters it
    does not declare (`strict_query`) and has its parameters solved by a compiled plan."""
    return APIRouter(route_class=CompiledRoute, prefix=prefix, tags=[tag], dependencies=[Depends(strict_query)])
