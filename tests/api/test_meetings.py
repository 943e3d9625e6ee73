from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.helpers import SEED_MEETINGS, label, labels

ALL = SEED_MEETINGS | {"Moscow", "Samarkand", "Astana", "Kazan", "Brussels"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ALL),
        ("party=AZ", SEED_MEETINGS | {"Moscow", "Kazan"}),
        ("party=AZ&party=RU-TA", SEED_MEETINGS | {"Kazan"}),
        ("party=ru-ta&party=az", SEED_MEETINGS | {"Kazan"}),
        ("party=RU", {"Moscow"}),
        ("party=KZ&party=UZ", {"Samarkand", "Astana"}),
        ("party=AZ&party=KZ", set()),
        ("party=XX", set()),
        ("since=2024-06-01", {"Brussels", "Astana"}),
        ("until=2022-12-31", {"Samarkand"}),
        ("since=2023-01-01&until=2023-12-31", {"Moscow"}),
        ("party=KZ&since=2023-01-01", {"Astana"}),
        ("sector=finance", {"Astana", "Kazan"}),
        ("sector=energy&party=ORG:EU", {"Brussels"}),
        ("sector=energy&sector=trade&party=RU", {"Moscow"}),
        ("sector=energy&sector=agriculture&party=KZ", set()),
        ("kind=video_conference&kind=business_forum", {"Kazan", "Brussels"}),
        ("kind=commission_session&party=UZ", {"Samarkand", "Astana"}),
        ("status=planned&party=RU-TA", {"seed bilateral_meeting planned", "Kazan"}),
        ("person=Nurlan", {"Samarkand"}),
        ("person=dzhabbarov", {"seed bilateral_meeting held", "Moscow", "Kazan"}),
        ("person=JABBAROV&party=KZ", {"Samarkand"}),
        ("person=hudoyberdiev", {"Samarkand", "Astana"}),
        ("q=samarkand", {"Samarkand"}),
        ("q=Khudoyberdiyev", {"Samarkand"}),
        ("q=Hudoyberdiev%20OR%20Khudoyberdiyev", set()),
        ("q=%22Alat%20Free%20Economic%20Zone%22", SEED_MEETINGS),
        ("q=%22Alat%20Free%20Economic%20Zone%22&kind=visit", {"seed visit held"}),
    ],
)
def test_filters(client: TestClient, query: str, expected: set[str]) -> None:
    response = client.get(f"/v1/meetings?{query}&limit=500")
    assert response.status_code == 200, response.text
    assert labels(response.json()) == expected


def test_person_filter_ignores_accents(client: TestClient) -> None:
    plain = client.get("/v1/meetings", params={"person": "khudoyberdiyev"}).json()
    accented = client.get("/v1/meetings", params={"person": "Khudóyberdiyev"}).json()
    assert labels(plain) == labels(accented) == {"Samarkand", "Astana"}


def test_commission_filter(client: TestClient) -> None:
    commission = client.get("/v1/commissions", params={"party": "KZ"}).json()["items"][0]
    body = client.get("/v1/meetings", params={"commission": commission["id"]}).json()
    assert labels(body) == {"Samarkand", "Astana"}


def test_default_order_is_newest_first_with_undated_last(client: TestClient) -> None:
    items = client.get("/v1/meetings?limit=500").json()["items"]
    dates = [m["date"] for m in items]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True)
    assert dates == dated + [None] * (len(dates) - len(dated))
    assert label(items[0]) == "Astana"


@pytest.mark.parametrize("sort", [None, "-date", "date", "id", "-id", "kind,-date", "-session_number,date"])
@pytest.mark.parametrize("party", [None, "AZ"])
def test_keyset_pages_cover_every_row_once(client: TestClient, sort: str | None, party: str | None) -> None:
    params = {k: v for k, v in {"sort": sort, "party": party}.items() if v}
    everything = [m["id"] for m in client.get("/v1/meetings", params={**params, "limit": 500}).json()["items"]]
    seen: list[int] = []
    cursor = None
    for _ in range(50):
        response = client.get("/v1/meetings", params={**params, "limit": 2, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        seen.extend(m["id"] for m in body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            assert "link" not in response.headers
            break
        assert 'rel="next"' in response.headers["link"] and "cursor=" in response.headers["link"]
    assert seen == everything
    assert len(set(seen)) == len(seen)


def test_link_header_is_a_usable_url(client: TestClient) -> None:
    first = client.get("/v1/meetings", params={"party": "AZ", "limit": 3})
    link = first.headers["link"]
    url = link[link.index("<") + 1 : link.index(">")]
    second = client.get(url)
    assert second.status_code == 200
    assert {m["id"] for m in second.json()["items"]}.isdisjoint({m["id"] for m in first.json()["items"]})
    assert all("AZ" in m["parties"] for m in second.json()["items"])


def test_list_item_shape(client: TestClient) -> None:
    item = client.get("/v1/meetings", params={"q": "Moscow"}).json()["items"][0]
    assert item["parties"] == ["AZ", "RU"]
    assert item["sectors"] == ["trade", "energy"]
    assert item["date"] == "2023-05-10" and item["status"] == "held" and item["kind"] == "bilateral_meeting"
    assert item["commission"] is None and item["session_number"] is None
    assert set(item["evidence"]) == {"start", "end", "text"} and "Moscow" in item["evidence"]["text"]


def test_seed_commission_session_detail(client: TestClient) -> None:
    listed = client.get("/v1/meetings", params={"party": ["AZ", "RU-TA"], "kind": "commission_session"}).json()["items"]
    assert len(listed) == 1
    detail = client.get(f"/v1/meetings/{listed[0]['id']}").json()
    assert detail["session_number"] == 4
    assert detail["commission"]["name"].startswith("Joint Intergovernmental Commission on Trade")
    assert [p["code"] for p in detail["parties"]] == ["AZ", "RU-TA"]
    assert [a["kind"] for a in detail["agreements"]] == ["protocol"]
    assert "protocol" in detail["agreements"][0]["evidence"]["text"]
    article = client.get(f"/v1/articles/{detail['article_id']}").json()
    span = detail["evidence"]
    assert article["text"][span["start"] : span["end"]] == span["text"]
    assert {s["slug"] for s in detail["sectors"]} >= {"trade", "investment", "energy"}


def test_seed_meeting_participants(client: TestClient) -> None:
    held = client.get("/v1/meetings", params={"party": "RU-TA", "kind": "bilateral_meeting", "status": "held"}).json()["items"]
    detail = client.get(f"/v1/meetings/{held[0]['id']}").json()
    people = {p["name_as_written"]: (p["title"], p["party"]) for p in detail["participants"]}
    assert people["Mikayil Jabbarov"] == ("Minister of Economy", "AZ")
    assert people["Oleg Korobchenko"][1] == "RU-TA"
    assert "Minister of Industry and Trade" in people["Oleg Korobchenko"][0]
