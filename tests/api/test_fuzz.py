"""Schemathesis against the ASGI application, in process, on both engines: every operation of the
OpenAPI document, every check (server errors, status codes, content types, response schemas and
headers, schema-valid input accepted, schema-invalid input rejected, undeclared methods), and
no failure allowed.

The suite runs a short, seeded pass (`FUZZ_EXAMPLES`, default 30 per operation and phase);
`make fuzz` runs the long one (1,000, a new seed each time) and prints the figures per engine.

The OpenAPI document says what each parameter accepts on its own. What it cannot say is how
parameters go together; `_keep_to_cross_parameter_rules` keeps schema-valid requests inside those
rules (each a 422 of its own, tested in test_bad_input.py), so that "valid data is accepted" is
checked on everything the schema can express."""
from __future__ import annotations

import os
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import jsonschema_rs
import orjson
import pytest
import schemathesis
from schemathesis import GenerationMode
from schemathesis.engine import events, from_schema

from app.articles.search import parse_query
from app.core.config import Settings
from app.core.errors import ProblemError
from app.main import create_app
from app.parties.codes import region_and_country
from tests.conftest import DatabaseFactory

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
SEED = int(os.environ["FUZZ_SEED"]) if os.environ.get("FUZZ_SEED") else (1 if EXAMPLES <= 100 else random.randrange(2**32))


@dataclass
class Report:
    cases: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def summary(self, engine: str) -> str:
        operations = sum(1 for label in self.cases if label.startswith("GET "))
        return (
            f"schemathesis on {engine}: {sum(self.cases.values())} cases, {operations} operations and stateful sequences "
            f"(seed {SEED}, {EXAMPLES} examples), {len(set(self.failures))} failures"
        )


def _searchable(q: str) -> bool:
    try:
        parse_query(q)
    except ProblemError:
        return False
    return True


def _int_or_text(value: Any) -> Any:
    return int(value) if isinstance(value, int) or str(value).lstrip("-").isdigit() else str(value)


def _codes(values: Any) -> list[str]:
    return [str(v).upper() for v in (values if isinstance(values, list) else [values])]


def _ordered(query: dict[str, Any], low: str, high: str) -> None:
    if low in query and high in query and _int_or_text(query[low]) > _int_or_text(query[high]):
        query[low], query[high] = query[high], query[low]


def _sort_keys(query: dict[str, Any]) -> None:
    """Each key once; `relevance` only with `q`."""
    if "sort" not in query:
        return
    kept: dict[str, str] = {}
    for key in str(query["sort"]).split(","):
        name = key.removeprefix("-")
        if name not in kept and (name != "relevance" or "q" in query):
            kept[name] = key
    if not kept:
        del query["sort"]
    elif ",".join(kept.values()) != query["sort"]:
        query["sort"] = ",".join(kept.values())


def _keep_to_cross_parameter_rules(context: Any, case: schemathesis.Case) -> schemathesis.Case:
    """Edits in place and only what breaks a rule: Schemathesis re-validates each value a hook
    changes, and would take a re-encoded path value (`ORG%3AEU`) for an invalid one."""
    if case.meta is None or case.meta.generation.mode is not GenerationMode.POSITIVE:
        return case
    query: dict[str, Any] = case.query if case.query is not None else {}
    query.pop("cursor", None)  # opaque: only a page of this API makes one
    if "q" in query and not _searchable(str(query["q"])):
        del query["q"]  # the query language: at least one word that is searched
    _sort_keys(query)
    _ordered(query, "since", "until")
    _ordered(query, "year_from", "year_to")
    path = case.path_parameters if case.path_parameters is not None else {}
    if case.operation.path == "/v1/relations/{a}/{b}":
        a = unquote(str(path["a"])).upper()
        if a == unquote(str(path["b"])).upper():
            path["b"] = "ZZ" if a != "ZZ" else "YY"
        parties = [a, unquote(str(path["b"])).upper()]
    else:
        parties = _codes(query.get("party", []))
    if str(query.get("include_subdivisions")).lower() == "true" and region_and_country(parties):
        del query["include_subdivisions"]
    if case.operation.path == "/v1/trade-figures/series":
        if len(set(parties)) < 2:
            query["party"] = [parties[0], "ZZ" if parties[0] != "ZZ" else "YY"]
        exporter = str(query.get("exporter", "")).upper()
        if exporter and (exporter not in _codes(query["party"]) or query.get("metric") not in ("exports", "imports")):
            del query["exporter"]
    if case.query is None and query:
        case.query = query
    return case


def _negative_path_sent_as_negative(context: Any, case: schemathesis.Case) -> bool:
    """Schemathesis decodes a generated path value before encoding it for the URL, so a negative
    value such as `ORG%3aEU` goes out as `ORG%3AEU`, which is `ORG:EU`, a valid code: such a case
    would test a valid request against the rejection check."""
    if case.meta is None or case.meta.generation.mode is not GenerationMode.NEGATIVE:
        return True
    for parameter in case.operation.path_parameters:
        raw = str((case.path_parameters or {}).get(parameter.name, ""))
        decoded = unquote(raw)
        if decoded != raw and jsonschema_rs.validator_for(parameter.definition.get("schema", {})).is_valid(decoded):
            return False
    return True


def fuzz_schema(app: Any, examples: int) -> Any:
    config = schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "checks": {"enabled": True},
            "generation": {"max-examples": examples, "database": "none"},
        }
    )
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=config)
    schema.hook("filter_case")(_negative_path_sent_as_negative)
    schema.hook("map_case")(_keep_to_cross_parameter_rules)
    return schema


def _failure_line(label: str, name: str, case: Any, interaction: Any) -> str:
    response = interaction.response if interaction is not None else None
    answer = f"{response.status_code} {response.content[:300]!r}" if response is not None else "no response"
    sent = interaction.request.uri if interaction is not None else case.formatted_path
    phase = f"{case.meta.phase.name.value} {getattr(case.meta.phase.data, 'description', '')}" if case.meta else ""
    return f"{label} [{name}; {phase}] {sent} headers={case.headers} -> {answer}"



@schemathesis.serializer("application/x-ndjson")
def _json_lines(ctx: Any, value: Any) -> bytes:
    """The NDJSON batch body of POST /v1/articles: one JSON value per line."""
    return b"\n".join(orjson.dumps(item) for item in (value if isinstance(value, list) else [value]))


def run(schema: Any) -> Report:
    report = Report()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            recorder = event.recorder
            report.cases[recorder.label] += len(recorder.cases)
            for case_id, checks in recorder.checks.items():
                for check in checks:
                    if check.failure_info is not None:
                        case = recorder.cases[case_id].value
                        report.failures.append(_failure_line(recorder.label, check.name, case, recorder.interactions.get(case_id)))
        elif isinstance(event, events.NonFatalError):
            report.failures.append(f"{event.label}: error {event.value!r}")
        elif isinstance(event, events.FatalError):
            report.failures.append(f"fatal: {event.exception!r}")
    return report


def test_schemathesis_finds_nothing(api_database_url: str, databases: DatabaseFactory, capsys: pytest.CaptureFixture[str]) -> None:
    app = create_app(Settings(database_url=api_database_url, log_level="CRITICAL"))
    report = run(fuzz_schema(app, EXAMPLES))
    with capsys.disabled():
        print("\n" + report.summary(databases.kind))
        for label, count in sorted(report.cases.items()):
            print(f"  {label}: {count} cases")
    assert sum(1 for label in report.cases if label.startswith("GET ")) == 18, sorted(report.cases)
    unique = sorted(set(report.failures))
    assert not unique, f"{len(unique)} failures:\n" + "\n".join(unique[:40])
