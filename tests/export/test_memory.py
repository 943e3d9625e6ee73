"""`bilateral export` streams: the peak memory of the process exporting 15,000 meetings (and
their sides, sectors and sources) is that of one exporting none, give or take a few batches."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.db.engine import create_db_engine
from bench.dataset import build
from tests.conftest import DatabaseFactory

MEETINGS = 15_000
# Reading every row at once takes about 50 MB more for this dataset (measured: 32 MB for 10,000
# meetings); a stream holds one batch of rows and their nested parts, whatever their number.
ALLOWED_GROWTH_MB = 20


def peak_rss_mb(*args: str, url: str) -> float:
    """Peak resident memory of a `bilateral` process, read from the kernel's accounting of it."""
    process = subprocess.Popen([sys.executable, "-m", "app.cli", *args], env={**os.environ, "DATABASE_URL": url},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, process.stderr.read().decode() if process.stderr else ""
    return usage.ru_maxrss / 1024


def test_export_memory_does_not_grow_with_the_dataset(databases: DatabaseFactory, tmp_path: Path) -> None:
    file_format = "ndjson"  # CSV is written from the same stream of rows
    empty, full = databases.new_url(), databases.new_url()
    engine = create_db_engine(full)
    try:
        build(engine, MEETINGS)
    finally:
        engine.dispose()

    baseline = peak_rss_mb("export", "--format", file_format, str(tmp_path / "empty"), url=empty)
    exported = peak_rss_mb("export", "--format", file_format, str(tmp_path / "full"), url=full)

    lines = (tmp_path / "full" / f"meetings.{file_format}").read_bytes().count(b"\n")
    assert lines == MEETINGS + (file_format == "csv")
    assert exported - baseline < ALLOWED_GROWTH_MB, f"{baseline:.0f} MB empty, {exported:.0f} MB with {MEETINGS} meetings"
