"""The change feed, `updated_since`, timestamps and per-record ETags, on both engines."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.changes.tracking import MODELS
from app.ingest.batch import ingest_paths
from tests.conftest import SEEDS
from tests.factories import ArticleBuilder
from tests.writes.helpers import api, bearer, new_key, post_json
from tests.writes.test_post_articles import SEED_TEXT, TALKS, TALKS_EDITED

OTHER_SIDES = ("YEREVAN, June 5. Armenia's Minister of Economy Gevorg Papoyan met Iran's Minister of Industry Abbas "
               "Aliabadi in Yerevan on 5 June 2024 to discuss trade.")


def stored_records(engine: Engine) -> set[tuple[str, int]]:
    with Session(engine) as session:
        return {(entity, id_) for entity, model in MODELS.items() for id_ in session.scalars(select(model.id))}


def follow(client, after: int = 0, limit: int = 3) -> tuple[list[dict], int]:  # type: ignore[no-untyped-def]
    """Every change after `after`, page by page through `next`."""
    seen: list[dict] = []
    url = f"/v1/changes?after={after}&limit={limit}"
    while True:
        page = client.get(url)
        assert page.status_code == 200, page.text
        assert page.headers["cache-control"] == "no-cache"
        body = page.json()
        if not body["items"]:
            assert body["next"] == url and body["last_seq"] == after
            return seen, after
        seen.extend(body["items"])
        after = body["last_seq"]
        assert body["next"] == f"/v1/changes?after={after}&limit={limit}"
        assert page.headers["link"] == f'<{body["next"]}>; rel="next"'
        url = body["next"]


def test_every_stored_record_is_in_the_feed_once_in_order(fresh_engine: Engine) -> None:
    report = ingest_paths(fresh_engine, [SEEDS])
    assert not report.failed
    ArticleBuilder().meeting(("AZ", "RU"), people=(("Mikayil Jabbarov", "Minister", "AZ"),), agreements=(("memorandum", "memorandum on energy"),)).figure(("AZ", "RU"), 5).load(fresh_engine)
    with api(fresh_engine) as client:
        changes, last = follow(client)
    assert [c["seq"] for c in changes] == list(range(1, last + 1))
    inserted = [(c["entity"], c["id"]) for c in changes if c["operation"] == "insert"]
    assert len(inserted) == len(set(inserted))
    assert set(inserted) == stored_records(fresh_engine)
    assert {c["entity"] for c in changes} == set(MODELS)
    assert all(datetime.fromisoformat(c["changed_at"]).tzinfo is not None for c in changes)


def test_replace_and_delete_reach_the_feed(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine) as client:
        article_id = post_json(client, key, text=TALKS, url="https://wire.example/talks").json()["article_id"]
        _, after_create = follow(client)
        meetings_before = {m["id"] for m in client.get("/v1/meetings").json()["items"]}

        assert post_json(client, key, text=TALKS_EDITED, url="https://wire.example/talks").json()["status"] == "replaced"
        replaced, after_replace = follow(client, after_create)
        ops = {(c["entity"], c["id"], c["operation"]) for c in replaced}
        assert ("article", article_id, "update") in ops
        assert ("agreement", 1, "insert") in ops  # the edited text signs a memorandum
        meetings_after = {m["id"] for m in client.get("/v1/meetings").json()["items"]}
        for meeting_id in meetings_before - meetings_after:
            assert ("meeting", meeting_id, "delete") in ops
        for meeting_id in meetings_after - meetings_before:
            assert ("meeting", meeting_id, "insert") in ops

        assert client.delete(f"/v1/articles/{article_id}", headers=bearer(key)).status_code == 200
        deleted, _ = follow(client, after_replace)
        ops = {(c["entity"], c["id"], c["operation"]) for c in deleted}
        assert ("article", article_id, "delete") in ops
        assert {("meeting", m, "delete") for m in meetings_after} <= ops
        assert ("agreement", 1, "delete") in ops
        assert {c["entity"] for c in deleted if c["operation"] == "delete"} >= {"article", "meeting", "agreement", "person"}
    assert stored_records(fresh_engine) <= {("party", i) for i in range(1, 10)}


def test_a_record_made_and_removed_in_one_transaction_leaves_no_change(fresh_engine: Engine) -> None:
    from app.parties.models import Party

    with Session(fresh_engine) as session, session.begin():
        party = Party(code="ORG:TMP", name="Temporary", kind="organization")
        session.add(party)
        session.flush()
        session.delete(party)
    with api(fresh_engine) as client:
        assert client.get("/v1/changes").json()["items"] == []


def test_lists_take_updated_since(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine) as client:
        post_json(client, key, text=SEED_TEXT)
        middle = datetime.now(UTC)
        post_json(client, key, text=TALKS, url="https://wire.example/talks")
        since = {"updated_since": middle.isoformat()}
        articles = client.get("/v1/articles", params=since).json()["items"]
        assert [a["url"] for a in articles] == ["https://wire.example/talks"]
        assert len(client.get("/v1/articles").json()["items"]) == 2
        meetings = client.get("/v1/meetings", params=since).json()["items"]
        assert meetings and all(m["article_id"] == articles[0]["id"] for m in meetings)
        parties = {p["code"] for p in client.get("/v1/parties", params=since).json()["items"]}
        assert parties == {"AZ", "GE"}  # AZ: a new meeting; RU and RU-TA: untouched
        assert client.get("/v1/commissions", params=since).json()["items"] == []
        assert client.get("/v1/agreements", params=since).json()["items"] == []
        assert client.get("/v1/trade-figures", params=since).json()["items"] == []
        people = {p["name"] for p in client.get("/v1/people", params=since).json()["items"]}
        assert people == {"Mikayil Jabbarov", "Levan Davitashvili"}
        assert client.get("/v1/stats/meetings", params={**since, "group_by": "kind"}).status_code == 200
        future = {"updated_since": "2999-01-01T00:00:00Z"}
        for path in ("/v1/articles", "/v1/meetings", "/v1/parties", "/v1/people", "/v1/commissions",
                     "/v1/agreements", "/v1/trade-figures"):
            assert client.get(path, params=future).json()["items"] == [], path
        for bad in ("yesterday", "1700000000", "2024-13-01T00:00:00Z", "2024-05-03"):
            problem = client.get("/v1/meetings", params={"updated_since": bad})
            assert problem.status_code == 422, bad
            assert problem.json()["errors"][0]["name"] == "updated_since"


def test_details_carry_timestamps_and_etags_of_their_own(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine) as client:
        before = datetime.now(UTC)
        article_id = post_json(client, key, text=SEED_TEXT).json()["article_id"]
        details = ["/v1/meetings/1", "/v1/parties/AZ", "/v1/people/1", "/v1/commissions/1", f"/v1/articles/{article_id}"]
        tags = {}
        for path in details:
            response = client.get(path)
            body = response.json()
            created, updated = datetime.fromisoformat(body["created_at"]), datetime.fromisoformat(body["updated_at"])
            assert before <= created <= updated <= datetime.now(UTC), path
            tags[path] = response.headers["etag"]
            assert tags[path].startswith('W/"e-'), path
            again = client.get(path, headers={"If-None-Match": tags[path]})
            assert again.status_code == 304 and again.headers["etag"] == tags[path], path
        list_tag = client.get("/v1/meetings").headers["etag"]

        # An article about other sides: the lists move on, the seed's details stay cached.
        other = post_json(client, key, text=OTHER_SIDES)
        assert other.json()["created"]["meetings"] == 1
        assert client.get("/v1/meetings", headers={"If-None-Match": list_tag}).status_code == 200
        for path in ("/v1/meetings/1", "/v1/people/1", "/v1/commissions/1", f"/v1/articles/{article_id}"):
            assert client.get(path, headers={"If-None-Match": tags[path]}).status_code == 304, path

        # One that meets AZ again changes what AZ's detail shows, and its tag and updated_at.
        post_json(client, key, text=TALKS)
        party = client.get("/v1/parties/AZ", headers={"If-None-Match": tags["/v1/parties/AZ"]})
        assert party.status_code == 200 and party.headers["etag"] != tags["/v1/parties/AZ"]
        assert party.json()["updated_at"] > party.json()["created_at"]


def test_links_are_on_public_base_url_when_set(fresh_engine: Engine) -> None:
    key = new_key(fresh_engine)
    with api(fresh_engine, public_base_url="https://api.example/records") as client:
        created = post_json(client, key, text=TALKS)
        assert created.headers["location"] == f"https://api.example/records/v1/articles/{created.json()['article_id']}"
        page = client.get("/v1/changes", params={"limit": 2}).json()
        assert page["next"] == "https://api.example/records/v1/changes?after=2&limit=2"
