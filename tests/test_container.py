"""The container setup as files: what docker compose and docker build would be given.

`docker compose config` needs Docker's compose plugin, not a Docker engine; without the plugin
that one test is skipped (also with CI=true: it cannot run), the file checks always run."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"


def env_example() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in ENV_EXAMPLE.read_text().splitlines() if line and not line.startswith("#"))
    return {key.strip(): value.strip() for key, value in pairs}


def test_compose_takes_its_secrets_from_env_and_publishes_on_localhost_only() -> None:
    text = COMPOSE.read_text()
    compose = yaml.safe_load(text)
    services = compose["services"]
    assert set(services) == {"db", "api"}
    for name, service in services.items():
        assert service["restart"] == "unless-stopped", name
    assert services["db"]["environment"]["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD:?")
    assert "${POSTGRES_PASSWORD:?" in services["api"]["environment"]["DATABASE_URL"]
    assert services["api"]["ports"] == ["127.0.0.1:${API_PORT:-8000}:8000"]
    assert "./articles:/srv/articles:ro" in services["api"]["volumes"]
    assert services["api"]["environment"]["ARTICLES_DIR"] == "/srv/articles"
    assert re.fullmatch(r"postgres:16\.\d+-bookworm(@sha256:[0-9a-f]{64})?", services["db"]["image"])
    # Every variable the file reads is in .env.example, which holds no real secret; .env is never committed.
    assert set(re.findall(r"\$\{(\w+)", text)) <= set(env_example())
    assert ".env" in (ROOT / ".gitignore").read_text().splitlines()
    assert (ROOT / "articles" / "README.md").is_file()


def test_image_is_pinned_checks_its_health_and_runs_unprivileged() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    [base] = re.findall(r"^FROM (\S+)", dockerfile, re.MULTILINE)
    assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm(@sha256:[0-9a-f]{64})?", base)
    assert re.search(r"^HEALTHCHECK .*\n?.*/healthz", dockerfile, re.MULTILINE)
    [user] = re.findall(r"^USER (\S+)", dockerfile, re.MULTILINE)
    assert user not in ("root", "0")
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    assert {".venv/", ".git/", "var/", ".env", "articles/"} <= set(ignored)
    for copied in re.findall(r"^COPY (.+) \S+$", dockerfile, re.MULTILINE):
        for name in copied.split():
            assert name.rstrip("/") + "/" not in ignored and name not in ignored, name


def _compose_plugin() -> bool:
    try:
        return subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=30, check=False).returncode == 0
    except (FileNotFoundError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _compose_plugin(), reason="Docker's compose plugin is not installed (`docker compose version` fails)")
def test_docker_compose_config_accepts_the_file(tmp_path: Path) -> None:
    result = subprocess.run(["docker", "compose", "--env-file", str(ENV_EXAMPLE), "config", "--format", "json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    api = config["services"]["api"]
    [port] = api["ports"]
    assert (port["host_ip"], str(port["published"]), port["target"]) == ("127.0.0.1", "8000", 8000)
    assert api["restart"] == "unless-stopped"
    values = env_example()
    assert f":{values['POSTGRES_PASSWORD']}@db:5432/" in api["environment"]["DATABASE_URL"]

    empty = tmp_path / "empty.env"
    empty.write_text("")
    missing = subprocess.run(["docker", "compose", "--env-file", str(empty), "config"],
                             cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert missing.returncode != 0 and "POSTGRES_PASSWORD" in missing.stderr


def test_scaled_layout_puts_stateless_replicas_behind_one_balancer() -> None:
    """deploy/compose.scale.yml: API replicas that share nothing but the databases and Redis."""
    text = (ROOT / "deploy" / "compose.scale.yml").read_text()
    services = yaml.safe_load(text)["services"]
    assert set(services) == {"db", "redis", "api", "lb"}
    for name, service in services.items():
        assert service["restart"] == "unless-stopped", name
    api = services["api"]
    assert "ports" not in api, "replicas are reached through the balancer only"
    assert api["deploy"]["replicas"] == "${API_REPLICAS:-3}"
    assert api["environment"]["RATE_LIMIT_STORAGE_URL"].startswith("redis://redis:")
    assert api["environment"]["DATABASE_READ_URL"] == "${DATABASE_READ_URL:-}"
    assert "@db:5432/" in api["environment"]["DATABASE_URL"]
    assert services["lb"]["ports"] == ["127.0.0.1:${API_PORT:-8000}:8000"]
    for name in ("db", "redis", "lb"):
        assert re.fullmatch(r"[a-z]+:\d+\.\d+(\.\d+)?-bookworm(@sha256:[0-9a-f]{64})?", services[name]["image"]), name
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    assert re.search(r"server api:8000 resolve;", nginx) and "proxy_pass http://api;" in nginx
    assert set(re.findall(r"\$\{(\w+)", text)) <= set(env_example())
