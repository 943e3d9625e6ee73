"""Load generation with wrk and the figures read from it: requests per second, p50 and p99
latency (`wrk --latency`), errors; and the anonymous RSS of server processes sampled while the
load runs. Every wrk run has a hard time limit and targets loopback only."""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


class LoadError(RuntimeError):
    """wrk failed, or the server answered with errors."""


@dataclass(frozen=True)
class Measurement:
    """One wrk run."""

    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int  # non-2xx/3xx responses plus socket errors (connect, read, write, timeout)


def lua_script(path: str, max_id: int) -> str:
    """A wrk script requesting `path`; `{id}` in it becomes a random id in 1..max_id per request,
    from a fixed seed per wrk thread, so runs are repeatable."""
    if "{id}" not in path:
        return f"wrk.path = {_lua_string(path)}\n"
    prefix, suffix = path.split("{id}", 1)
    return (
        "local threads = 0\n"
        "function setup(thread) threads = threads + 1; thread:set('seed', threads) end\n"
        "function init(args) math.randomseed(42 + seed) end\n"
        f"local prefix, suffix = {_lua_string(prefix)}, {_lua_string(suffix)}\n"
        f"function request() return wrk.format('GET', prefix .. math.random(1, {max_id}) .. suffix) end\n"
    )


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _milliseconds(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if not match:
        raise LoadError(f"unreadable latency {value!r}")
    return float(match.group(1)) * _UNITS_MS[match.group(2)]


def parse(output: str) -> Measurement:
    """The figures of `wrk --latency` output."""
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    requests = re.search(r"(\d+) requests in", output)
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    if not rps or not requests or set(percentiles) != {"50", "99"}:
        raise LoadError(f"unreadable wrk output:\n{output}")
    errors = 0
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        errors += int(non_2xx.group(1))
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if sockets:
        errors += sum(int(n) for n in sockets.groups())
    return Measurement(
        rps=float(rps.group(1)),
        p50_ms=_milliseconds(percentiles["50"]),
        p99_ms=_milliseconds(percentiles["99"]),
        requests=int(requests.group(1)),
        errors=errors,
    )


def wrk(base: str, path: str, *, seconds: float, threads: int, connections: int, max_id: int, timeout_s: float = 10) -> Measurement:
    """Load `base` + `path` for `seconds` with wrk; raises LoadError when wrk fails."""
    if not base.startswith(("http://127.", "http://[::1]", "http://localhost")):
        raise LoadError(f"refusing to load a non-loopback address: {base}")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua_script(path, max_id))
    command = [
        "wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s", f"--timeout={timeout_s:g}s",
        "--latency", "-s", script.name, base,
    ]
    try:
        result = subprocess.run(command, check=False, capture_output=True, text=True, timeout=seconds + timeout_s + 30)
    except subprocess.TimeoutExpired as error:
        raise LoadError(f"wrk did not finish: {' '.join(command)}") from error
    finally:
        os.unlink(script.name)
    if result.returncode != 0:
        raise LoadError(f"wrk exited with {result.returncode}: {result.stderr or result.stdout}")
    return parse(result.stdout)


def rss_anon_mib(pid: int) -> float | None:
    """RssAnon of a process in MiB, or None when it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^RssAnon:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else None


@dataclass
class RssSampler:
    """Samples RssAnon of some processes every `interval` seconds in a thread; `per_process()`
    gives each process's peak."""

    pids: list[int]
    interval: float = 0.5
    peaks: dict[int, float] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)

    def _run(self) -> None:
        while True:
            self.sample()
            if self._stop.wait(self.interval):
                return

    def sample(self) -> None:
        for pid in self.pids:
            value = rss_anon_mib(pid)
            if value is not None:
                self.peaks[pid] = max(value, self.peaks.get(pid, 0.0))

    def per_process(self) -> float:
        """The mean over the processes of each one's peak RssAnon, MiB (0 when none was read)."""
        return sum(self.peaks.values()) / len(self.peaks) if self.peaks else 0.0

    @contextmanager
    def running(self) -> Iterator[RssSampler]:
        thread = threading.Thread(target=self._run, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join(timeout=5)
