"""Response pieces shared by several resources."""
from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _nothing_required(schema: dict[str, Any]) -> None:
    schema.pop("required", None)


@cache
def picked(model: type[Schema]) -> type[Schema]:
    """`model` as a list returns it with `fields=`: the same properties, only those asked for. A
    page's items are documented as `model | picked(model)`."""
    return type(
        f"{model.__name__}Fields",
        (model,),
        {
            "__doc__": f"{model.__name__} with only the fields named in `fields=`.",
            "model_config": ConfigDict(extra="forbid", json_schema_extra=_nothing_required),
        },
    )


class Evidence(Schema):
    """Where in the article a record was read: character offsets and the sentence itself."""

    start: int = Field(description="Offset of the sentence's first character in the article text.", examples=[1203])
    end: int = Field(description="Offset just past the sentence's last character.", examples=[1320])
    text: str = Field(
        description="The sentence.",
        examples=["Then the 4th meeting of the Joint Intergovernmental Commission ... took place."],
    )


class Timestamped(Schema):
    created_at: datetime = Field(description="When the record was stored.", examples=["2026-11-29T18:30:02.518000+00:00"])
    updated_at: datetime = Field(
        description="When the record, or what its detail lists, last changed.", examples=["2026-11-29T18:42:10.004000+00:00"]
    )


class PartyRef(Schema):
    code: str = Field(description="ISO 3166-1 alpha-2, ISO 3166-2, or `ORG:ACRONYM`.", examples=["RU-TA"])
    name: str = Field(examples=["Tatarstan, Respublika"])
    kind: str = Field(description="country, region or organization", examples=["region"])


class PageMeta(Schema):
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page.", examples=[None]
    )
    total: int | None = Field(
        None, description="Number of rows matching the filters; present only with `include=total`.", examples=[4]
    )


class Health(Schema):
    status: str = Field(description="`ok` (when the database does not answer: a 503 problem instead).", examples=["ok"])


class ProblemParameter(Schema):
    name: str = Field(description="The parameter.", examples=["since"])
    # `in` is a Python keyword; the JSON key is still "in".
    location: str = Field(alias="in", description="query, path or header", examples=["query"])
    detail: str = Field(examples=["Input should be a valid date or datetime, input is too short"])


class Problem(Schema):
    """RFC 9457 problem details: the body of every 4xx and 5xx response."""

    type: str = Field(description="A URI naming the kind of problem; `about:blank` when the status says it all.", examples=["about:blank"])
    title: str = Field(description="The status's reason phrase.", examples=["Unprocessable Content"])
    status: int = Field(description="The HTTP status code.", examples=[422])
    detail: str = Field(description="What went wrong with this request.", examples=["Invalid parameter(s): since"])
    instance: str = Field(description="The path of the request.", examples=["/v1/meetings"])
    errors: list[ProblemParameter] | None = Field(None, description="Each bad parameter (422 only).")


Responses = dict[int | str, dict[str, object]]


def problem(description: str) -> dict[str, object]:
    """An error response documented as what it is: a problem+json body."""
    return {
        "description": description,
        "model": Problem,
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


# What every /v1 operation can answer: a bad or unknown parameter, and a query stopped by the
# statement timeout. A 404 is documented only where an id or code names one thing.
PROBLEM_RESPONSES: Responses = {
    422: problem("A bad or unknown parameter, named in `errors` (problem+json)"),
    503: problem("The query ran out of time and was stopped; try again or narrow it (problem+json, with `Retry-After`)"),
}
# What any operation, /v1 or not, can answer.
SERVER_ERROR: Responses = {500: problem("An unexpected error; the server logged it (problem+json)")}
NOT_ACCEPTABLE: Responses = {406: problem("The `Accept` header accepts none of JSON, CSV and NDJSON (problem+json)")}


def not_found(description: str) -> Responses:
    return {404: problem(f"{description} (problem+json)")}
