"""OPENTELEMETRY_ENABLED: FastAPI's own OpenTelemetry support traces requests only when asked to.

Each case runs in a process of its own: an OpenTelemetry tracer provider is set once per process
and would otherwise stay set for every later test."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = """
import sys
from opentelemetry import trace
from opentelemetry.trace import NoOpTracer, TracerProvider

asked = []


class Recording(TracerProvider):
    # A provider as an SDK would set one up: FastAPI asks it for a tracer when it traces a request.
    def get_tracer(self, *args, **kwargs):
        asked.append(args)
        return NoOpTracer()


trace.set_tracer_provider(Recording())
from fastapi.testclient import TestClient
from app.core.config import Settings
from app.main import create_app

app = create_app(Settings(database_url=sys.argv[1], opentelemetry_enabled=sys.argv[2] == "true"))
with TestClient(app) as client:
    assert client.get("/healthz").status_code == 200
print(len(asked))
"""


@pytest.mark.parametrize(("enabled", "tracers_asked"), [("true", "1"), ("false", "0")])
def test_requests_are_traced_only_when_enabled(tmp_path: Path, enabled: str, tracers_asked: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, f"sqlite:///{tmp_path / 'api.db'}", enabled],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == tracers_asked
