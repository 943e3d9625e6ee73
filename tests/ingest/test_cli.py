"""The `bilateral` command as a user runs it: a real process, real files, a real database."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEEDS, DatabaseFactory

SEED = SEEDS / "az-tatarstan-2024-04-17.txt"


def bilateral(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )


def test_extract_prints_the_answer_key_format() -> None:
    result = bilateral("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    key = json.loads(result.stdout)
    assert key["published_on"] == "2024-04-17"
    assert set(key["parties"]) == {"AZ", "RU-TA"}
    assert {m["kind"] for m in key["meetings"]} >= {"bilateral_meeting", "commission_session"}
    assert all(set(m) >= {"kind", "status", "date", "location", "parties", "participants", "agreements"} for m in key["meetings"])


def test_extract_out_writes_one_file_per_article(tmp_path: Path) -> None:
    other = tmp_path / "copy.txt"
    other.write_text(SEED.read_text())
    result = bilateral("extract", "--out", str(tmp_path / "out"), str(SEED), str(other))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["az-tatarstan-2024-04-17.json", "copy.json"]


def test_ingest_reports_progress_failures_and_a_summary(databases: DatabaseFactory, tmp_path: Path) -> None:
    url = databases.new_url()
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")

    result = bilateral("ingest", str(SEEDS), str(bad), env={"DATABASE_URL": url})

    assert result.returncode == 1
    assert f"{bad}: failed: " in result.stderr
    assert "[1/2]" in result.stderr and "[2/2]" in result.stderr
    assert result.stdout.strip().startswith("1 loaded, 0 replaced, 0 unchanged, 1 failed; created ")

    again = bilateral("ingest", "--quiet", str(SEEDS), env={"DATABASE_URL": url})
    assert again.returncode == 0
    assert again.stdout.strip() == "0 loaded, 0 replaced, 1 unchanged, 0 failed; created no records"
