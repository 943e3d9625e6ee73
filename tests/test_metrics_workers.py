"""`/metrics` of a server with two Uvicorn workers, started by scripts/start.sh: whichever worker
answers, it counts the requests both served (and the ingest the script ran before serving),
and the script removes the metrics folder it made when the server stops."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from prometheus_client.multiprocess import MultiProcessCollector

from tests.live import START_SCRIPT, free_port, serving, start_script_env
from tests.test_metrics import samples, value

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
    env = start_script_env(
        port, DATABASE_URL=f"sqlite:///{tmp_path / 'metrics.db'}", WORKERS="2", METRICS_ENABLED="true",
        TMPDIR=str(scratch), LOG_LEVEL="WARNING",
    )
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    log = tmp_path / "server.log"
    with serving(START_SCRIPT, env=env, port=port, log=log) as served:
        base = served.base
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
    # Stopped with SIGTERM, the script ends cleanly and removes the metrics folder it made.
    assert served.process.returncode == 0, log.read_text(errors="replace")
    assert list(scratch.iterdir()) == []
