"""The raw query string helpers behind ETags and `Link` headers, and what they mean over HTTP."""
from __future__ import annotations

from urllib.parse import parse_qsl

from fastapi.testclient import TestClient

from app.core.query_string import replaced, sorted_by_name


def test_sorted_by_name_orders_names_and_keeps_repeats_in_order() -> None:
    assert sorted_by_name(b"sort=id&party=RU-TA&limit=1&party=AZ") == "limit=1&party=RU-TA&party=AZ&sort=id"
    assert sorted_by_name(b"") == ""
    assert sorted_by_name(b"&&b=2&&a=1&") == "a=1&b=2"


def test_sorted_by_name_compares_names_decoded_and_keeps_values_as_sent() -> None:
    # `%61` is `a`: the two stay in the order they came, among the other `a`s.
    assert sorted_by_name(b"b=1&%61=2&a=3") == "%61=2&a=3&b=1"
    assert sorted_by_name(b"q=a+b") != sorted_by_name(b"q=a%20b")  # two spellings, two tags


def test_replaced_drops_every_cursor_and_appends_the_new_one() -> None:
    query = replaced(b"cursor=old&party=AZ&%63ursor=older&limit=5", "cursor", "abc/+=")
    assert parse_qsl(query) == [("party", "AZ"), ("limit", "5"), ("cursor", "abc/+=")]
    assert replaced(b"", "cursor", "x") == "cursor=x"


def test_replaced_encodes_what_a_header_must_not_carry() -> None:
    query = replaced(b'q=a>b"c<d&title=\xc3\xa9t\xc3\xa9', "cursor", "x")
    assert all(character not in query for character in '<>" ') and query.isascii()
    assert parse_qsl(query) == [("q", 'a>b"c<d'), ("title", "été"), ("cursor", "x")]


def test_link_keeps_the_filters_and_replaces_the_cursor(client: TestClient) -> None:
    first = client.get("/v1/meetings", params={"limit": 1, "sort": "id"})
    link = first.headers["link"]
    assert link.startswith("</v1/meetings?") and link.endswith('>; rel="next"')
    following = client.get(link[1:link.index(">")])
    assert following.status_code == 200
    assert following.json()["items"][0]["id"] > first.json()["items"][0]["id"]
    again = following.headers["link"]
    assert again.count("cursor=") == 1 and "limit=1" in again and "sort=id" in again
