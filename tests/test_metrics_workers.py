"""`/metrics` of a server with two Uvicorn workers, started by scripts/start.sh: whichever worker
answers, it counts the requests both served (and the ingest the script ran before serving),
and the script removes the metrics folder it made when the server stops."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from prometheus_client.multiprocess import MultiProcessCollector

from tests.conftest import ROOT
from tests.test_metrics import samples, value
from tests.test_start_script import free_port

DETAIL = "/v1/meetings/{meeting_id}"


def served_per_process(folder: Path) -> dict[str, float]:
    """Requests to the meeting detail counted in each process's own file."""
    counts: dict[str, float] = {}
    for path in folder.glob("counter_*.db"):
        for family in MultiProcessCollector.merge([str(path)], accumulate=False):
            for sample in family.samples:
                if sample.name == "http_requests_total" and sample.labels.get("route") == DETAIL:
                    counts[path.stem] = counts.get(path.stem, 0) + sample.value
    return counts


def test_two_workers_report_the_requests_of_both(tmp_path: Path) -> None:
    port = free_port()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    env.update({
        "DATABASE_URL": f"sqlite:///{tmp_path / 'metrics.db'}", "HOST": "127.0.0.1", "PORT": str(port),
        "WORKERS": "2", "METRICS_ENABLED": "true", "TMPDIR": str(scratch), "LOG_LEVEL": "WARNING",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    })
    server = subprocess.Popen([str(ROOT / "scripts" / "start.sh")], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stdout.read().decode() if server.stdout else "start script exited"
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the API did not come up within 60 s"
            time.sleep(0.3)
        [folder] = list(scratch.glob("bilateral-metrics.*"))

        def ask(_: int) -> int:
            return httpx.get(f"{base}/v1/meetings/2", timeout=10).status_code  # a new connection each time

        sent = 0
        with ThreadPoolExecutor(8) as pool:
            while sent < 800:
                assert set(pool.map(ask, range(80))) == {200}
                sent += 80
                if len([n for n in served_per_process(folder).values() if n]) >= 2:
                    break
        per_process = served_per_process(folder)
        assert len([n for n in per_process.values() if n]) == 2, per_process
        assert sum(per_process.values()) == sent

        for _ in range(4):  # each answer, from either worker, adds up both
            found = samples(httpx.get(f"{base}/metrics", timeout=10).text)
            assert value(found, "http_requests_total", method="GET", route=DETAIL, status="2xx") == sent
            assert value(found, "http_request_duration_seconds_count", method="GET", route=DETAIL) == sent
            assert value(found, "bilateral_ingest_articles_total", outcome="loaded") == 1  # the script's ingest
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    assert server.returncode == 0, server.stdout.read().decode() if server.stdout else ""
    assert list(scratch.iterdir()) == []
