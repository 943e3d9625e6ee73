"""List endpoints issue a fixed number of SQL statements, whatever the page size."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.observe import count_statements


@pytest.mark.parametrize(
    "url",
    [
        "/v1/meetings?",
        "/v1/meetings?party=AZ&",
        "/v1/parties?",
        "/v1/people?",
        "/v1/commissions?",
        "/v1/agreements?",
        "/v1/trade-figures?",
        "/v1/articles?",
    ],
)
def test_statement_count_does_not_grow_with_page_size(client: TestClient, url: str) -> None:
    with count_statements(client) as one:
        small = client.get(f"{url}limit=1")
    with count_statements(client) as many:
        large = client.get(f"{url}limit=500")
    assert small.status_code == large.status_code == 200
    assert len(large.json()["items"]) > 1
    assert len(many) == len(one), many
