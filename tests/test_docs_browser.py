"""/docs and /redoc in a real headless Chromium against a live server, with no network: DNS for
every host but 127.0.0.1 is mapped to NOTFOUND, and every request the pages make is recorded
through the DevTools protocol and must stay on 127.0.0.1.

Chromium is driven over its DevTools websocket with `websockets` (already a uvicorn extra), so
the test needs Debian's `chromium` and nothing else: `scripts/ensure-chromium.sh` installs it.
Without it the test skips, or fails under CI=true. $CHROMIUM names another binary."""
from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from websockets.sync.client import ClientConnection, connect

from app.db.engine import create_db_engine
from app.db.migrate import upgrade
from app.ingest.batch import ingest_paths
from tests.conftest import SEEDS
from tests.live import live_server as uvicorn_server, stop_process_group

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--window-size=1280,2000",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)
LOCAL_SCHEMES = {"data", "blob", "about"}
STEP_TIMEOUT = 15.0


@pytest.fixture(scope="module")
def chromium() -> str:
    override = os.environ.get("CHROMIUM")
    found = [override] if override else list(filter(None, map(shutil.which, CHROMIUM_CANDIDATES)))
    if found and os.access(found[0], os.X_OK):
        return found[0]
    looked_for = f"$CHROMIUM={override}" if override else ", ".join(CHROMIUM_CANDIDATES) + " on PATH"
    reason = f"Chromium is not installed (looked for {looked_for})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}. CI=true: the browser test must run; install it with scripts/ensure-chromium.sh")
    pytest.skip(f"{reason}; run scripts/ensure-chromium.sh to run the browser test")


# Resolved before the live server, so a missing Chromium skips or fails at once.
pytestmark = pytest.mark.usefixtures("chromium")


def wait_until(check: Callable[[], Any], what: str, timeout: float = STEP_TIMEOUT, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


class DevTools:
    """A minimal Chrome DevTools Protocol client: one page target over the browser's websocket
    (flattened sessions). Events are kept in `events` for the assertions."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, session=False)
        self.session_id: str = attached["sessionId"]
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def call(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True) -> dict[str, Any]:
        message_id = next(self.ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session_id
        self.ws.send(json.dumps(message))
        deadline = time.monotonic() + STEP_TIMEOUT
        while True:
            try:
                reply = json.loads(self.ws.recv(timeout=max(deadline - time.monotonic(), 0.001)))
            except TimeoutError:
                raise AssertionError(f"DevTools did not answer {method} within {STEP_TIMEOUT:.0f} s") from None
            if reply.get("id") != message_id:
                self.events.append(reply)
                continue
            if "error" in reply:
                raise AssertionError(f"DevTools {method} failed: {reply['error']}")
            return reply["result"]

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def navigate(self, url: str) -> None:
        self.call("Page.navigate", {"url": url})
        loaded = f"location.href === {json.dumps(url)} && document.readyState === 'complete'"
        self.wait_for(loaded, f"{url} to load")

    def wait_for(self, expression: str, what: str, timeout: float = STEP_TIMEOUT) -> Any:
        return wait_until(lambda: self.evaluate(expression), what, timeout)

    def click(self, element: str, what: str) -> None:
        """`element` is a JS expression for the element, waited for before the click."""
        self.wait_for(f"!!({element})", what)
        self.evaluate(f"({element}).click()")

    def type_into(self, element: str, text: str, what: str) -> None:
        """Replace the field's text through the input pipeline, as typing does, then leave the
        field: Swagger UI's inputs are debounced and commit their value on blur."""
        self.wait_for(f"!!({element})", what)
        self.evaluate(f"({element}).focus(); ({element}).select()")
        self.call("Input.insertText", {"text": text})
        self.evaluate(f"({element}).blur()")

    def params_of(self, method: str) -> list[dict[str, Any]]:
        return [e["params"] for e in self.events if e.get("method") == method]

    def drain(self, seconds: float = 0.5) -> None:
        """Collect the events that arrived since the last call."""
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                self.events.append(json.loads(self.ws.recv(timeout=remaining)))
            except TimeoutError:
                break


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Uvicorn in a subprocess on a migrated SQLite file holding the seed."""
    url = f"sqlite:///{tmp_path_factory.mktemp('docs-db') / 'docs.db'}"
    upgrade(url)
    engine = create_db_engine(url)
    report = ingest_paths(engine, [SEEDS])
    engine.dispose()
    assert not report.failed, report.summary()

    with uvicorn_server({"DATABASE_URL": url}, tmp_path_factory.mktemp("docs-server") / "uvicorn.log") as base:
        yield base


@pytest.fixture
def browser(chromium: str, tmp_path: Path) -> Iterator[DevTools]:
    profile = tmp_path / "profile"
    log = tmp_path / "chromium.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )
    try:
        # Chromium writes the port it chose and the browser target's path into this file.
        active_port = profile / "DevToolsActivePort"

        def endpoint() -> str | None:
            assert process.poll() is None, f"Chromium exited: {log.read_text(errors='replace')[-2000:]}"
            lines = active_port.read_text().splitlines() if active_port.exists() else []
            return f"ws://127.0.0.1:{lines[0]}{lines[1]}" if len(lines) >= 2 else None

        endpoint_url = wait_until(endpoint, "Chromium's DevTools endpoint", timeout=20)
        with connect(endpoint_url, max_size=None, open_timeout=STEP_TIMEOUT) as ws:
            yield DevTools(ws)
    finally:
        stop_process_group(process, timeout=10)


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or parts.hostname == "127.0.0.1"


def assert_stayed_local(devtools: DevTools) -> None:
    """Every request went to 127.0.0.1 and loaded, except requests for other hosts that the
    page's Content-Security-Policy stopped in the browser (ReDoc's Redocly logo): those never
    left it. Any other request would also have failed on DNS, but it is reported here."""
    devtools.drain()
    requests = {p["requestId"]: p["request"]["url"] for p in devtools.params_of("Network.requestWillBeSent")}
    failures = {p["requestId"]: p for p in devtools.params_of("Network.loadingFailed")}
    assert requests, "no request was recorded"
    blocked = {url for rid, url in requests.items() if failures.get(rid, {}).get("blockedReason") == "csp"}
    escaped = [url for url in requests.values() if not is_local(url) and url not in blocked]
    assert not escaped, f"requests left the machine: {escaped}"
    broken = {url: failures[rid] for rid, url in requests.items() if is_local(url) and rid in failures}
    assert not broken, f"local requests failed or were blocked: {broken}"
    violations = [
        entry["text"] for entry in (p["entry"] for p in devtools.params_of("Log.entryAdded"))
        if entry["source"] == "security" and not any(url in entry["text"] for url in blocked)
    ]
    assert not violations, f"the Content-Security-Policy blocked part of the page: {violations}"
    exceptions = [p["exceptionDetails"] for p in devtools.params_of("Runtime.exceptionThrown")]
    assert not exceptions, f"the page threw: {exceptions}"


# Found by path, not by the operation id that Swagger UI puts in the element id.
MEETINGS = (
    "[...document.querySelectorAll('.opblock-get')]"
    ".find(b => b.querySelector('.opblock-summary-path')?.dataset.path === '/v1/meetings')"
)
PARTY = f"{MEETINGS}?.querySelector(\"tr[data-param-name='party']\")"
RESPONSE = f"{MEETINGS}?.querySelector('.live-responses-table .response')"


def test_swagger_ui_tries_out_list_meetings(live_server: str, browser: DevTools) -> None:
    browser.navigate(f"{live_server}/docs")
    browser.wait_for(f"!!{MEETINGS}", "Swagger UI to render GET /v1/meetings")

    browser.click(f"{MEETINGS}?.querySelector('.opblock-summary-control')", "the GET /v1/meetings summary")
    browser.click(f"{MEETINGS}?.querySelector('.try-out__btn')", "the Try it out button")
    # `party` is a repeatable (array) parameter: Swagger UI shows an "Add string item" button.
    browser.click(f"{PARTY}?.querySelector('.json-schema-form-item-add')", "the party 'Add string item' button")
    browser.type_into(f"{PARTY}?.querySelector('input')", "AZ", "an input for party")
    browser.click(f"{MEETINGS}?.querySelector('.execute')", "the Execute button")

    status = browser.wait_for(f"{RESPONSE}?.querySelector('.response-col_status')?.innerText", "a response")
    body = browser.wait_for(f"{RESPONSE}?.querySelector('.highlight-code pre')?.innerText", "the response body")
    request_url = browser.evaluate(f"{MEETINGS}?.querySelector('.request-url pre')?.innerText")
    assert request_url.startswith(f"{live_server}/v1/meetings?party=AZ"), request_url
    assert status.split()[0] == "200", f"{request_url} answered {status!r}: {body[:500]}"
    assert "Alat Free Economic Zone" in body and "Joint Intergovernmental Commission" in body, body[:1000]
    assert_stayed_local(browser)


def test_redoc_renders_the_api(live_server: str, browser: DevTools) -> None:
    browser.navigate(f"{live_server}/redoc")
    title = browser.wait_for(
        "[...document.querySelectorAll('h1')].map(h => h.innerText).find(t => t.includes('bilateral-records'))",
        "ReDoc to render the API title",
    )
    assert title.startswith("bilateral-records")
    browser.wait_for("document.body.innerText.includes('/v1/meetings')", "ReDoc to render the /v1/meetings path")
    assert_stayed_local(browser)
