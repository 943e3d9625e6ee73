"""`JoinedJsonPage`, a page of JSON texts read as one row, is the `JsonPage` of its items: the same
items, array and dicts, whether its items were split apart or not."""
from __future__ import annotations

import orjson

from app.core.pagination import _ITEM_SEPARATOR, JoinedJsonPage, JsonPage
from app.core.responses import page_body

ITEMS = ['{"id":3,"title":"a, b"}', '{"id":2,"sides":["AZ","RU-TA"]}', '{"id":1}']


def test_a_joined_page_is_the_page_of_its_items() -> None:
    joined = JoinedJsonPage(_ITEM_SEPARATOR.join(ITEMS), "cursor", 7)
    plain = JsonPage(list(ITEMS), "cursor", 7)
    body = page_body(joined.items_json(), {"next_cursor": "cursor", "total": 7})
    assert body == page_body(plain.items_json(), {"next_cursor": "cursor", "total": 7})
    assert orjson.loads(body)["items"] == [orjson.loads(item) for item in ITEMS]
    assert joined.items == ITEMS
    assert joined.dicts() == plain.dicts()
    assert (joined.items, joined.next_cursor, joined.total) == (plain.items, plain.next_cursor, plain.total)


def test_an_empty_joined_page_has_no_items() -> None:
    empty = JoinedJsonPage("", None, None)
    assert empty.items == []
    assert orjson.loads(page_body(empty.items_json(), {"next_cursor": None})) == {"items": [], "next_cursor": None}
