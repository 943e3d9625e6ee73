"""Swagger UI's "Authorize" works: in headless Chromium, /docs takes an API key and posts an
article with it (see tests/test_docs_browser.py for the browser and its rules)."""
from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from app.db.engine import create_db_engine
from app.db.migrate import upgrade
from tests.test_docs_browser import DevTools, assert_stayed_local, browser, chromium  # noqa: F401 - fixtures
from tests.writes.helpers import new_key
from tests.live import live_server

pytestmark = pytest.mark.usefixtures("chromium")

POST_ARTICLES = (
    "[...document.querySelectorAll('.opblock-post')]"
    ".find(b => b.querySelector('.opblock-summary-path')?.dataset.path === '/v1/articles')"
)
RESPONSE = f"{POST_ARTICLES}?.querySelector('.live-responses-table .response')"
ARTICLE = {
    "text": "BAKU, May 3. Azerbaijan's Minister of Economy Mikayil Jabbarov met Georgia's Minister of Economy "
            "Levan Davitashvili in Baku on 3 May 2024 to discuss transit and energy.",
    "url": "https://wire.example/from-swagger",
}


def test_swagger_ui_authorizes_and_posts_an_article(browser: DevTools, tmp_path: Path) -> None:  # noqa: F811
    url = f"sqlite:///{tmp_path / 'docs.db'}"
    upgrade(url)
    engine = create_db_engine(url)
    key = new_key(engine, name="swagger")
    engine.dispose()
    with live_server({"DATABASE_URL": url}, tmp_path / "uvicorn.log") as base:
        browser.navigate(f"{base}/docs")
        browser.wait_for(f"!!{POST_ARTICLES}", "Swagger UI to render POST /v1/articles")

        browser.click("document.querySelector('.auth-wrapper .authorize')", "the Authorize button")
        browser.type_into("document.querySelector('.modal-ux .auth-container input')", key, "the key's input")
        browser.click("document.querySelector('.modal-ux .auth-btn-wrapper .authorize')", "the dialog's Authorize button")
        browser.wait_for("!!document.querySelector('.modal-ux .auth-btn-wrapper .btn-done, .modal-ux .auth-container .logout')",
                         "the key to be accepted")
        browser.click("document.querySelector('.modal-ux .close-modal, .modal-ux .btn-done')", "the dialog's close button")

        browser.click(f"{POST_ARTICLES}?.querySelector('.opblock-summary-control')", "the POST /v1/articles summary")
        browser.click(f"{POST_ARTICLES}?.querySelector('.try-out__btn')", "the Try it out button")
        browser.type_into(f"{POST_ARTICLES}?.querySelector('textarea.body-param__text')", json.dumps(ARTICLE), "the body")
        browser.click(f"{POST_ARTICLES}?.querySelector('.execute')", "the Execute button")

        status = browser.wait_for(f"{RESPONSE}?.querySelector('.response-col_status')?.innerText", "a response")
        body = browser.wait_for(f"{RESPONSE}?.querySelector('.highlight-code pre')?.innerText", "the response body")
        assert status.split()[0] == "201", f"{status!r}: {body[:500]}"
        assert json.loads(body)["status"] == "created"
        curl = browser.evaluate(f"{POST_ARTICLES}?.querySelector('.curl-command')?.innerText") or ""
        assert f"Bearer {key}" in curl, curl
        assert_stayed_local(browser)

        stored = httpx.get(f"{base}/v1/articles").json()["items"]
        assert [a["url"] for a in stored] == [ARTICLE["url"]]
