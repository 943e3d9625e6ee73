"""HTTP hygiene of the server as scripts/start.sh runs it (SQLite here; the flags do not depend on
the engine): no Server banner, security headers on every response, Link URLs that never come from
the Host header, a bound on request heads and on connections that send none."""
from __future__ import annotations

import re
import shlex
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from app.core.config import Settings
from app.core.docs import CONTENT_SECURITY_POLICY as DOCS_POLICY
from app.core.middleware import SECURITY_HEADERS
from app.main import create_app
from tests.conftest import ROOT
from tests.live import START_SCRIPT, free_port, serving, start_script_env

HEAD_LIMIT = 16 * 1024
KEEP_ALIVE = 5.0


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """scripts/start.sh on a new SQLite file: migrate, ingest the seeds, serve."""
    port = free_port()
    env = start_script_env(
        port, DATABASE_URL=f"sqlite:///{tmp_path_factory.mktemp('hygiene') / 'hygiene.db'}", LOG_LEVEL="WARNING",
    )
    log = tmp_path_factory.mktemp("hygiene-log") / "server.log"
    with serving(START_SCRIPT, env=env, port=port, log=log) as served:
        yield served.base, port


def raw_request(port: int, data: bytes) -> bytes:
    """Send `data` on a new connection and return what the server answers until it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        try:
            sock.sendall(data)
        except OSError:  # the server closed the connection before taking all of it
            pass
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except OSError:
            pass
        return answer


# Headers


def test_no_server_banner(started: tuple[str, int]) -> None:
    response = httpx.get(f"{started[0]}/healthz")
    assert response.status_code == 200
    assert "server" not in response.headers


@pytest.mark.parametrize(
    "path, status",
    [
        ("/v1/meetings?party=AZ", 200),
        ("/v1/meetings?format=csv", 200),
        ("/v1/meetings/999999", 404),
        ("/v1/meetings?limit=0", 422),
        ("/nothing", 404),
        ("/openapi.json", 200),
        ("/healthz", 200),
    ],
)
def test_security_headers_on_every_response(started: tuple[str, int], path: str, status: int) -> None:
    response = httpx.get(f"{started[0]}{path}")
    assert response.status_code == status
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, name


def test_security_headers_on_not_modified(started: tuple[str, int]) -> None:
    first = httpx.get(f"{started[0]}/v1/sectors")
    again = httpx.get(f"{started[0]}/v1/sectors", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_pages_keep_their_own_policy(started: tuple[str, int], path: str) -> None:
    # The browser test (tests/test_docs_browser.py) checks that this policy blocks nothing the pages need.
    response = httpx.get(f"{started[0]}{path}")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == DOCS_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"


def test_link_header_is_relative_whatever_the_host(started: tuple[str, int]) -> None:
    response = httpx.get(f"{started[0]}/v1/meetings", params={"limit": 1}, headers={"Host": "evil.example"})
    link = response.headers["link"]
    assert link.startswith("</v1/meetings?limit=1&cursor="), link
    assert "evil" not in link
    followed = httpx.get(f"{started[0]}{link[1:link.index('>')]}")
    assert followed.status_code == 200 and followed.json()["items"]


def test_public_base_url_makes_links_absolute(api_database_url: str) -> None:
    app = create_app(Settings(database_url=api_database_url, public_base_url="https://api.example/"))
    with TestClient(app) as client:
        response = client.get("/v1/meetings", params=[("party", "AZ"), ("limit", "1")], headers={"Host": "evil.example"})
    assert response.headers["link"].startswith('<https://api.example/v1/meetings?party=AZ&limit=1&cursor=')


@pytest.mark.parametrize("value", ["api.example", "ftp://api.example", "https://api.example/?x=1", "https://"])
def test_public_base_url_must_be_a_plain_http_url(value: str) -> None:
    with pytest.raises(ValidationError):
        Settings(public_base_url=value)


# Limits of the server


@pytest.mark.parametrize("size, refused", [(8 * 1024, False), (HEAD_LIMIT + 1024, True), (256 * 1024, True), (64 << 20, True)])
def test_request_heads_over_16_kib_are_refused(started: tuple[str, int], size: int, refused: bool) -> None:
    started_at = time.monotonic()
    answer = raw_request(started[1], b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * size + b"\r\nConnection: close\r\n\r\n")
    if refused:
        # A reset before the answer could be read also means the head was refused.
        assert answer == b"" or answer.startswith(b"HTTP/1.1 431 "), answer[:200]
        assert time.monotonic() - started_at < 5, "the server read the whole head"
    else:
        assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
    assert httpx.get(f"{started[0]}/healthz").status_code == 200


def test_connections_without_a_complete_request_head_are_closed(started: tuple[str, int]) -> None:
    """A connection that sends nothing, one that sends half a head, and one left idle after a
    response: each is closed by the server after KEEP_ALIVE seconds (measured together)."""
    port = started[1]
    openings = {
        "silent": b"",
        "half a head": b"GET /healthz HTTP/1.1\r\nHost: x\r\n",
        "idle after a response": b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
    }
    closed_after: dict[str, float] = {}

    def hold(name: str, opening: bytes) -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=KEEP_ALIVE + 10) as sock:
            opened = time.monotonic()
            sock.sendall(opening)
            answer = b""
            try:
                while chunk := sock.recv(65536):
                    answer += chunk
                    if b'{"status":"ok"}' in answer:
                        opened = time.monotonic()  # from the end of the response on
            except TimeoutError:
                return
            closed_after[name] = time.monotonic() - opened

    threads = [threading.Thread(target=hold, args=item) for item in openings.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=KEEP_ALIVE + 20)
    assert set(closed_after) == set(openings), f"left open: {set(openings) - set(closed_after)}"
    for name, seconds in closed_after.items():
        assert KEEP_ALIVE - 0.5 < seconds < KEEP_ALIVE + 3, f"{name}: closed after {seconds:.1f} s"


def test_make_run_serves_through_the_start_script() -> None:
    """One place for the server's flags: `make run` runs scripts/start.sh, as the container does."""
    script = (ROOT / "scripts" / "start.sh").read_text().replace("\\\n", " ")
    makefile = (ROOT / "Makefile").read_text()
    run_recipe = re.search(r"^run:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)  # type: ignore[union-attr]
    assert "uvicorn" not in run_recipe and "scripts/start.sh" in run_recipe
    assert "HOST=$(HOST)" in run_recipe and "PORT=$(PORT)" in run_recipe
    command = next(line for line in script.splitlines() if "uvicorn app.main:app" in line)
    flags = shlex.split(command.split("app.main:app", 1)[1])
    for flag in ("--no-access-log", "--no-server-header", "app.core.protocol:HttpProtocol", "--timeout-keep-alive"):
        assert flag in flags
