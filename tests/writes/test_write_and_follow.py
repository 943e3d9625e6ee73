"""The whole story, on both engines: a writer posts the corpus as one NDJSON batch and reads it
back; a follower of /v1/changes sees every created record once, then the writer's replacement;
a write without a key is a 401, and one past the limit a 429."""
from __future__ import annotations

import orjson
from sqlalchemy import Engine

from tests.conftest import CORPUS, require_corpus
from tests.writes.helpers import api, bearer, new_key
from tests.writes.test_changes import follow, stored_records


def test_post_the_corpus_then_follow_the_feed(fresh_engine: Engine) -> None:
    require_corpus()
    files = sorted(CORPUS.glob("*.txt"))
    assert len(files) == 17
    batch = b"\n".join(
        orjson.dumps({"text": path.read_text(), "url": f"https://corpus.example/{path.stem}"}) for path in files
    )
    key = new_key(fresh_engine, name="newsroom pipeline")
    with api(fresh_engine, write_rate_limit="3/minute") as writer, api(fresh_engine) as follower:
        posted = writer.post("/v1/articles", content=batch, headers={**bearer(key), "Content-Type": "application/x-ndjson"})
        assert posted.status_code == 200
        results = [orjson.loads(line) for line in posted.content.splitlines()]
        assert [(r["line"], r["status"]) for r in results] == [(n, "created") for n in range(1, 18)]

        listed = writer.get("/v1/articles", params={"limit": 50}).json()["items"]
        assert sorted(a["url"] for a in listed) == sorted(f"https://corpus.example/{p.stem}" for p in files)
        for result, path in zip(results, files):
            article = writer.get(result["location"]).json()
            assert article["text"] == path.read_text() and article["meeting_count"] == len(article["meetings"])

        changes, last = follow(follower, limit=100)
        inserted = [(c["entity"], c["id"]) for c in changes if c["operation"] == "insert"]
        assert len(inserted) == len(set(inserted)), "each created record once"
        assert set(inserted) == stored_records(fresh_engine)

        edited = files[0].read_text().replace("Azerbaijan", "Azerbaijan's government", 1)
        replaced = writer.post("/v1/articles", json={"text": edited, "url": f"https://corpus.example/{files[0].stem}"},
                               headers=bearer(key))
        assert replaced.status_code == 200 and replaced.json()["status"] == "replaced"
        after_replace, _ = follow(follower, last, limit=100)
        assert ("article", results[0]["article_id"], "update") in {(c["entity"], c["id"], c["operation"]) for c in after_replace}

        anonymous = writer.post("/v1/articles", json={"text": edited})
        assert anonymous.status_code == 401
        third = writer.post("/v1/articles", json={"text": edited + " Updated."}, headers=bearer(key))
        assert third.status_code == 201
        over = writer.post("/v1/articles", json={"text": edited + " Updated again."}, headers=bearer(key))
        assert over.status_code == 429 and int(over.headers["retry-after"]) >= 1
        assert over.headers["ratelimit"].startswith('"write";r=0;t=')
