"""Response pieces shared by several resources."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(Schema):
    """Where in the article a record was read: character offsets and the sentence itself."""

    start: int = Field(description="Offset of the sentence's first character in the article text.", examples=[1203])
    end: int = Field(description="Offset just past the sentence's last character.", examples=[1320])
    text: str = Field(
        description="The sentence.",
        examples=["Then the 4th meeting of the Joint Intergovernmental Commission ... took place."],
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
    status: str = Field(description="`ok`, or `unavailable` with status 503.", examples=["ok"])


class ProblemParameter(Schema):
    name: str = Field(description="The parameter.", examples=["since"])
    # `in` is a Python keyword; the JSON key is still "in".
    location: str = Field(alias="in", description="query, path or header", examples=["query"])
    detail: str = Field(examples=["Input should be a valid date or datetime, input is too short"])


class Problem(Schema):
    """RFC 9457 problem details."""

    type: str = Field(examples=["about:blank"])
    title: str = Field(examples=["Unprocessable Content"])
    status: int = Field(examples=[422])
    detail: str = Field(examples=["Invalid parameter(s): since"])
    instance: str = Field(description="The path of the request.", examples=["/v1/meetings"])
    errors: list[ProblemParameter] | None = Field(None, description="Each bad parameter (422 only).")


PROBLEM_RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"description": description, "model": Problem, "content": {"application/problem+json": {}}}
    for status, description in ((404, "Not found (problem+json)"), (422, "A bad parameter, named in `errors` (problem+json)"))
}
