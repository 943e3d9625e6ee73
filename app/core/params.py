"""Query parameters: the value types every endpoint shares, paging and shaping, and the rule that
a parameter an endpoint does not declare is an error.

Each type documents in OpenAPI exactly what it accepts (pattern, enum, length, count), and the
validation accepts nothing more, so the schema and the server agree on every value."""
import re
import types
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Annotated, Any, Literal, Union, get_args, get_origin
from urllib.parse import unquote_plus

from fastapi import Depends, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import AfterValidator, BaseModel, BeforeValidator, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from app.core.errors import InvalidParameterError, UnknownParametersError
from app.sectors.vocabulary import SECTORS

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL
# Caps on repeated values: beyond them a request is a 422, so the number of statement shapes
# (one per count of parties or sectors) stays small and no statement grows without bound.
MAX_PARTIES = 10
MAX_SECTORS = 10
MAX_KINDS = 8
MAX_TEXT = 200  # free-text filters (names, titles, sources): LIKE never sees a longer pattern
TEXT_PATTERN = r"^[^\x00]*$"  # any text but NUL, which PostgreSQL text cannot hold
MAX_CURSOR = 1024  # far above any cursor this API makes
ExportFormat = Literal["json", "csv", "ndjson"]


@dataclass(frozen=True)
class _DocumentedPattern:
    """Adds `pattern` to a string's JSON schema, keeping what the field says of itself."""

    pattern: str

    def __get_pydantic_json_schema__(self, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return {**handler(core_schema), "pattern": self.pattern}


def _pattern(pattern: str, message: str) -> tuple[AfterValidator, _DocumentedPattern]:
    """Metadata for a string that must match `pattern`: validated with `message` as the error,
    documented as the same pattern."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if compiled.fullmatch(value) is None:
            raise PydanticCustomError("string_pattern_mismatch", message)
        return value

    return AfterValidator(check), _DocumentedPattern(pattern)


# Case-insensitive, as the README promises; the value is upper-cased after the check.
PARTY_CODE_PATTERN = r"^(?:[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?|[Oo][Rr][Gg]:[A-Za-z0-9_]{2,12})$"
_party_check, _party_schema = _pattern(
    PARTY_CODE_PATTERN,
    "not a party code: use ISO 3166-1 alpha-2 (`AZ`), ISO 3166-2 (`RU-TA`, `KZ-63`, `MN-071`) "
    "or `ORG:` with 2 to 12 letters, digits or `_` (`ORG:EU`)",
)
PartyCode = Annotated[str, _party_check, AfterValidator(str.upper), _party_schema]

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date_text(value: Any) -> Any:
    # Without this a query value such as `0` or `-1.5e-07` would pass as a Unix time stamp.
    if not isinstance(value, str) or ISO_DATE.fullmatch(value) is None:
        raise PydanticCustomError("date_format", "must be a date as YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date_text)]
SectorSlug = Literal[tuple(slug for slug, _ in SECTORS)]  # type: ignore[valid-type]


async def strict_query(request: Request) -> None:
    """The query string as the route declares it: every name declared (`partie=AZ` is a 422 naming
    it, not a silent no-op), one value for a parameter that takes one, and UTF-8 throughout (an
    invalid byte is not quietly replaced)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    _check_utf8(request.scope.get("query_string", b""))
    declared = declared_query_parameters(route)
    given = request.query_params
    unknown = [name for name in dict.fromkeys(given.keys()) if name not in declared]
    if unknown:
        raise UnknownParametersError(unknown, sorted(declared))
    for name in dict.fromkeys(given.keys()):
        if not declared[name] and len(given.getlist(name)) > 1:
            raise InvalidParameterError(name, "given more than once; it takes one value")


def _check_utf8(query_string: bytes) -> None:
    if b"%" not in query_string:  # only percent-escapes decode to bytes that may not be UTF-8
        return
    for pair in query_string.decode("latin-1").split("&"):
        name, _, value = pair.partition("=")
        try:
            unquote_plus(name, errors="strict")
            unquote_plus(value, errors="strict")
        except UnicodeDecodeError:
            raise InvalidParameterError(unquote_plus(name), "is not valid UTF-8 once percent-decoded") from None


_DECLARED_ATTRIBUTE = "_declared_query_parameters"


def declared_query_parameters(route: APIRoute) -> dict[str, bool]:
    """The query parameters of a route and its dependencies: name -> whether it may repeat.
    Worked out once per route and kept on it (routes are not hashable, so no cache can key on
    them): the walk over a list endpoint's dozen parameters and their type annotations cost more
    than the database took to answer."""
    names: dict[str, bool] | None = getattr(route, _DECLARED_ATTRIBUTE, None)
    if names is None:
        names = _walk_query_parameters(route)
        setattr(route, _DECLARED_ATTRIBUTE, names)
    return names


def _walk_query_parameters(route: APIRoute) -> dict[str, bool]:
    names: dict[str, bool] = {}
    pending: list[Dependant] = [route.dependant]
    while pending:
        current = pending.pop()
        for field in current.query_params:
            names[field.alias] = _repeatable(field.field_info.annotation)
        pending.extend(current.dependencies)
    return names


def _repeatable(annotation: Any) -> bool:
    if get_origin(annotation) is Annotated:
        return _repeatable(get_args(annotation)[0])
    if get_origin(annotation) in (Union, types.UnionType):
        return any(_repeatable(arg) for arg in get_args(annotation))
    return get_origin(annotation) in (list, tuple, set, frozenset)


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None
    sort: str | None
    include_total: bool = False
    fields: tuple[str, ...] | None = None
    format: ExportFormat | None = None
    includes: tuple[str, ...] = ()  # lists `include=` adds to each item, in the endpoint's order

    def next(self, cursor: str, limit: int) -> "PageParams":
        return replace(self, cursor=cursor, limit=limit, include_total=False)


def names_pattern(names: Iterable[str], *, signed: bool = False) -> str:
    """A pattern for a comma-separated list of `names` (each with an optional `-` when `signed`)."""
    one = ("-?" if signed else "") + "(?:" + "|".join(re.escape(name) for name in names) + ")"
    return f"^{one}(?:,{one})*$"


def _checked_names(parameter: str, raw: str, allowed: tuple[str, ...], what: str, *, signed: bool = False) -> list[str]:
    """The names of `raw` (`a,-b`), each one of `allowed`; a 422 naming the first that is not."""
    names = raw.split(",")
    for name in names:
        bare = name.removeprefix("-") if signed else name
        if not bare:
            raise InvalidParameterError(parameter, f"empty {what}")
        if bare not in allowed:
            raise InvalidParameterError(parameter, f"unknown {what} {bare!r}; use any of {', '.join(allowed)}")
    return names


def shape_dependency(item: type[BaseModel]) -> Callable[..., Awaitable[PageParams]]:
    """`fields` and `format` for an endpoint whose items are `item`s (lists short enough to come in
    one piece use it alone); the documented example and pattern name `item`'s own fields."""
    allowed = tuple(item.model_fields)
    example = ",".join(allowed[:3])
    fields_query = Query(
        max_length=len(",".join(allowed)),  # every field once
        description=f"Comma-separated top-level fields to return (also the CSV columns): any of {', '.join(allowed)}.",
        examples=[example],
        json_schema_extra={"pattern": names_pattern(allowed)},
    )

    async def shape_params(
        fields: Annotated[str | None, fields_query] = None,
        format: Annotated[
            ExportFormat | None,
            Query(description="`csv` or `ndjson` streams every matching row (not one page); same as `Accept: text/csv` or `application/x-ndjson`."),
        ] = None,
    ) -> PageParams:
        names = tuple(dict.fromkeys(_checked_names("fields", fields, allowed, "field"))) if fields is not None else None
        return PageParams(MAX_LIMIT, None, None, False, names, format)

    return shape_params


def page_dependency(
    item: type[BaseModel], sort_fields: tuple[str, ...], includes: tuple[str, ...] = ()
) -> Callable[..., Awaitable[PageParams]]:
    """Keyset paging, sorting and shaping for a list of `item`s sorted by `sort_fields`;
    `include=` takes `total` and any of `includes`, lists the endpoint can add to each item."""
    shape_params = shape_dependency(item)
    include_names = ("total", *includes)
    include_help = "`total` adds `total`, the exact number of matching rows, to the page." + (
        f" Comma-separated, with any of {', '.join(includes)}: adds that list to each item, as the item's detail has it "
        "(in CSV, a column of JSON objects)."
        if includes
        else ""
    )
    include_type: Any = str | None if includes else Literal["total"] | None
    include_extra = {"pattern": names_pattern(include_names)} if includes else None

    async def page_params(
        shape: Annotated[PageParams, Depends(shape_params)],
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")] = DEFAULT_LIMIT,
        cursor: Annotated[
            str | None,
            Query(
                min_length=1,
                max_length=MAX_CURSOR,
                pattern=r"^[A-Za-z0-9_-]+$",
                description="Opaque cursor from the previous page's `next_cursor` (or its `Link: rel=\"next\"`).",
            ),
        ] = None,
        sort: Annotated[
            str | None,
            Query(
                max_length=len(",".join(f"-{key}" for key in sort_fields)),  # every key once
                description=f"Comma-separated sort keys, `-` for descending: any of {', '.join(sort_fields)}.",
                examples=[f"-{sort_fields[0]}"],
                json_schema_extra={"pattern": names_pattern(sort_fields, signed=True)},
            ),
        ] = None,
        include: Annotated[
            include_type,
            Query(
                max_length=len(",".join(include_names)) if includes else None,
                description=include_help,
                examples=[",".join(include_names) if includes else "total"],
                json_schema_extra=include_extra,
            ),
        ] = None,
    ) -> PageParams:
        if sort is not None:
            _checked_names("sort", sort, sort_fields, "sort key", signed=True)
        names = set(_checked_names("include", include, include_names, "list")) if include is not None else set()
        return replace(
            shape, limit=limit, cursor=cursor, sort=sort, include_total="total" in names,
            includes=tuple(name for name in includes if name in names),
        )

    return page_params
