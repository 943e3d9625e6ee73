"""POST and DELETE /v1/articles on both engines: the CLI's identity and replace rules over HTTP,
NDJSON batches, and each limit as a problem naming what is wrong."""
from __future__ import annotations

import orjson
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.articles.models import Article
from app.ingest.reader import MAX_ARTICLE_BYTES
from app.meetings.models import Meeting
from tests.conftest import SEEDS
from tests.writes.helpers import api, bearer, new_key, post_json

SEED_TEXT = next(SEEDS.glob("*.txt")).read_text()
TALKS = "BAKU, May 3. Azerbaijan's Minister of Economy Mikayil Jabbarov met Georgia's Minister of Economy Levan Davitashvili in Baku on 3 May 2024 to discuss transit and energy."
TALKS_EDITED = TALKS.replace("transit and energy", "transit, energy and tourism") + " They signed a memorandum on tourism."
PAGE = b"""<!doctype html><html><head><title>Azerbaijan and Georgia discuss transit</title>
<link rel="canonical" href="https://wire.example/az-ge-transit"><meta name="date" content="2024-05-03"></head>
<body><nav>Home | World | Business</nav><article><h1>Azerbaijan and Georgia discuss transit</h1>
<p>BAKU, May 3. Azerbaijan's Minister of Economy Mikayil Jabbarov met Georgia's Minister of Economy Levan Davitashvili in Baku on 3 May 2024.</p>
<p>The ministers discussed transit along the Middle Corridor, energy supplies and the growth of trade between the two countries.</p>
<p>They agreed to hold the next meeting of the intergovernmental commission in Tbilisi in the autumn.</p>
</article><footer>Copyright Wire</footer></body></html>"""


def problem(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and "Traceback" not in response.text
    return body


def article_count(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Article)) or 0


def test_json_article_is_created_then_unchanged_then_replaced(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine) as client:
        created = post_json(client, key, text=TALKS, url="https://wire.example/az-ge", source="Wire")
        assert created.status_code == 201, created.text
        body = created.json()
        assert body["status"] == "created" and body["created"]["meetings"] == 1
        assert created.headers["location"] == body["location"] == f"/v1/articles/{body['article_id']}"
        stored = client.get(created.headers["location"]).json()
        assert stored["url"] == "https://wire.example/az-ge" and stored["source"] == "Wire" and stored["file_name"] is None
        assert stored["text"] == TALKS

        again = post_json(client, key, text=TALKS, url="https://wire.example/az-ge")
        assert again.status_code == 200 and again.json()["status"] == "unchanged"
        assert again.json()["article_id"] == body["article_id"] and again.json()["created"] == {}

        replaced = post_json(client, key, text=TALKS_EDITED, url="https://wire.example/az-ge")
        assert replaced.status_code == 200, replaced.text
        assert replaced.json()["status"] == "replaced" and replaced.json()["article_id"] == body["article_id"]
        assert client.get(created.headers["location"]).json()["text"] == TALKS_EDITED
    assert article_count(fresh_engine) == 1


def test_text_without_url_is_its_text(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine) as client:
        first = client.post("/v1/articles", content=SEED_TEXT.encode(), headers={**bearer(key), "Content-Type": "text/plain; charset=utf-8"})
        assert first.status_code == 201, first.text
        assert first.json()["created"] == {"agreements": 1, "commissions": 1, "meetings": 4, "participants": 2,
                                           "people": 2, "trade_figures": 1}
        second = client.post("/v1/articles", content=SEED_TEXT.encode(), headers={**bearer(key), "Content-Type": "text/plain"})
        assert second.status_code == 200 and second.json()["status"] == "unchanged"


def test_text_with_metadata_lines_as_the_cli_reads_them(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    body = f"url: https://wire.example/meta\ntitle: Talks in Baku\nsource: Wire\npublished: 2024-05-03\n\n{TALKS}"
    with api(fresh_engine) as client:
        created = client.post("/v1/articles", content=body.encode(), headers={**bearer(key), "Content-Type": "text/plain"})
        assert created.status_code == 201, created.text
        article = client.get(created.headers["location"]).json()
    assert (article["url"], article["title"], article["source"], article["published_on"]) == (
        "https://wire.example/meta", "Talks in Baku", "Wire", "2024-05-03")
    assert article["text"] == TALKS


def test_html_page_is_read_with_trafilatura(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine) as client:
        created = client.post("/v1/articles", content=PAGE, headers={**bearer(key), "Content-Type": "text/html"})
        assert created.status_code == 201, created.text
        article = client.get(created.headers["location"]).json()
    assert article["url"] == "https://wire.example/az-ge-transit"
    assert article["title"] == "Azerbaijan and Georgia discuss transit"
    assert "Middle Corridor" in article["text"] and "Copyright" not in article["text"] and "Home |" not in article["text"]
    assert article["meeting_count"] >= 1


def test_ndjson_batch_answers_one_line_per_input_line(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    lines = [
        orjson.dumps({"text": TALKS, "url": "https://wire.example/1"}),
        b"{not json",
        b"",
        orjson.dumps({"text": SEED_TEXT}),
        orjson.dumps({"text": "Talks.", "url": "ftp://wire.example/2"}),
        orjson.dumps({"text": TALKS, "url": "https://wire.example/1"}),
        orjson.dumps({"text": TALKS_EDITED, "url": "https://wire.example/1", "published_on": "2024-05-03"}),
        orjson.dumps({"text": "Talks.", "colour": "blue"}),
    ]
    with api(fresh_engine) as client:
        response = client.post("/v1/articles", content=b"\n".join(lines) + b"\n",
                               headers={**bearer(key), "Content-Type": "application/x-ndjson"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/x-ndjson"
    results = [orjson.loads(line) for line in response.content.splitlines()]
    assert [(r["line"], r["status"]) for r in results] == [
        (1, "created"), (2, "failed"), (4, "created"), (5, "failed"), (6, "unchanged"), (7, "replaced"), (8, "failed"),
    ]
    assert "not valid JSON" in results[1]["error"]
    assert "url is not an http(s) URL" in results[3]["error"]
    assert "unknown field `colour`" in results[6]["error"]
    assert results[0]["article_id"] == results[4]["article_id"] == results[5]["article_id"]
    assert all(r["error"] is None for r in results if r["status"] != "failed")
    assert article_count(fresh_engine) == 2


def test_delete_removes_the_article_and_what_only_it_supports(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine) as client:
        article_id = post_json(client, key, text=SEED_TEXT).json()["article_id"]
        deleted = client.delete(f"/v1/articles/{article_id}", headers=bearer(key))
        assert deleted.status_code == 200, deleted.text
        assert deleted.json() == {"status": "deleted", "article_id": article_id, "meetings_removed": 4, "meetings_kept": 0}
        problem(client.delete(f"/v1/articles/{article_id}", headers=bearer(key)), 404)
        problem(client.get(f"/v1/articles/{article_id}"), 404)
        assert client.get("/v1/people").json()["items"] == []
    with Session(fresh_engine) as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0


@pytest.mark.parametrize(
    "content_type, body, status, name, detail",
    [
        ("application/json", b"{", 422, "body", "not valid JSON"),
        ("application/json", b'{"url": "https://wire.example/x"}', 422, "text", "`text` is required"),
        ("application/json", b'{"text": "Talks.", "url": "wire.example/x"}', 422, "url", "not an http(s) URL"),
        ("application/json", b'{"text": "Talks.", "published_on": "3 May"}', 422, "published_on", "not YYYY-MM-DD"),
        ("application/json", b'{"text": "   "}', 422, "text", "has no text"),
        ("application/json", b'["Talks."]', 422, "body", "must be a JSON object"),
        ("text/plain", b"\xff\xfe not utf-8", 422, "body", "not valid UTF-8"),
        ("text/plain", b"binary\x00text", 422, "body", "binary"),
        ("text/plain; charset=latin-1", b"Talks.", 415, "Content-Type", "charset must be utf-8"),
        ("text/html", b"<html><head><title>Empty</title></head><body><script>var a = 1;</script></body></html>", 422, "body", "no article text"),
        ("application/xml", b"<article/>", 415, "Content-Type", "unsupported media type"),
    ],
)
def test_bad_bodies_are_problems_naming_the_field(
    fresh_engine: Engine, content_type: str, body: bytes, status: int, name: str, detail: str
) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine) as client:
        answer = problem(client.post("/v1/articles", content=body, headers={**bearer(key), "Content-Type": content_type}), status)
    assert answer["errors"][0]["name"] == name and detail in answer["errors"][0]["detail"] + answer["detail"], answer
    assert article_count(fresh_engine) == 0


def test_limits_are_413_or_422_problems(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    too_long = "Talks in Baku. " * (MAX_ARTICLE_BYTES // 15 + 1)
    with api(fresh_engine, ingest_max_batch_articles=3) as client:
        text_body = problem(client.post("/v1/articles", content=too_long.encode(), headers={**bearer(key), "Content-Type": "text/plain"}), 413)
        assert text_body["errors"] == [{"name": "body", "in": "body", "detail": f"at most {MAX_ARTICLE_BYTES} bytes"}]
        json_text = problem(post_json(client, key, text=too_long), 422)
        assert json_text["errors"][0]["name"] == "text" and str(MAX_ARTICLE_BYTES) in json_text["errors"][0]["detail"]
        batch = b"\n".join(orjson.dumps({"text": f"{TALKS} ({n})"}) for n in range(4))
        too_many = problem(client.post("/v1/articles", content=batch, headers={**bearer(key), "Content-Type": "application/x-ndjson"}), 413)
        assert "at most 3 articles" in too_many["detail"]
        unknown = problem(client.post("/v1/articles?dry_run=1", json={"text": TALKS}, headers=bearer(key)), 422)
        assert unknown["errors"][0]["name"] == "dry_run"
        assert client.put("/v1/articles/1", json={"text": TALKS}, headers=bearer(key)).status_code == 405
    assert article_count(fresh_engine) == 0


def test_a_batch_within_the_limits_loads_every_line(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    batch = b"\n".join(orjson.dumps({"text": f"{TALKS} Meeting number {n}."}) for n in range(3))
    with api(fresh_engine, ingest_max_batch_articles=3) as client:
        response = client.post("/v1/articles", content=batch, headers={**bearer(key), "Content-Type": "application/x-ndjson"})
    assert [orjson.loads(line)["status"] for line in response.content.splitlines()] == ["created"] * 3
