"""The API as a server in its own process, for tests that need real HTTP between processes:
started in a process group of its own, waited for until `/healthz` answers, and stopped (the
whole group: `scripts/start.sh` and its Uvicorn workers) however the test ends."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import httpx

from tests.conftest import ROOT

START_SCRIPT = [str(ROOT / "scripts" / "start.sh")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_script_env(port: int, **values: str) -> dict[str, str]:
    """The environment for `scripts/start.sh` on 127.0.0.1:`port`, this interpreter's tools first
    on the PATH, with `values` added."""
    return {
        **os.environ, "HOST": "127.0.0.1", "PORT": str(port),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}", **values,
    }


def stop_process_group(process: subprocess.Popen[bytes], timeout: float = 20) -> None:
    """SIGTERM to the process's group, SIGKILL when it has not ended within `timeout` seconds."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


class Served(NamedTuple):
    base: str  # http://127.0.0.1:PORT
    process: subprocess.Popen[bytes]  # its returncode is set once the context has ended


@contextmanager
def serving(command: list[str], *, env: dict[str, str], port: int, log: Path, timeout: float = 60) -> Iterator[Served]:
    """Run `command`, its output in `log`, until `/healthz` on `port` answers 200 (within
    `timeout` seconds); yield it, then stop it."""
    with log.open("wb") as log_file:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            assert server.poll() is None, f"the server exited: {log.read_text(errors='replace')}"
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, f"the API did not come up within {timeout} s: {log.read_text(errors='replace')}"
            time.sleep(0.2)
        yield Served(base, server)
    finally:
        stop_process_group(server)


@contextmanager
def live_server(env: dict[str, str], log: Path) -> Iterator[str]:
    """Uvicorn serving `app.main:app` with `env` added to the environment; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)]
    with serving(command, env={**os.environ, "LOG_LEVEL": "WARNING", **env}, port=port, log=log, timeout=30) as served:
        yield served.base
