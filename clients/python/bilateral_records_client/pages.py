"""Every item of a list, following the keyset cursors page after page.

Each list body carries `next_cursor` (null on the last page) and the response a `Link: rel="next"`
header holding the same request with that cursor; here the same generated operation is called
again with `cursor=` set, so every other argument (filters, `sort`, `limit`, `fields`) stays.
`apages` and `aiterate` do the same with the generated `asyncio_detailed` functions."""
from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, ParamSpec, Protocol, TypeVar, cast

from bilateral_records_client.errors import unwrap
from bilateral_records_client.generated.models import Problem
from bilateral_records_client.generated.types import Response

P = ParamSpec("P")


class Paged(Protocol):
    @property
    def items(self) -> Sequence[Any]: ...

    @property
    def next_cursor(self) -> str | None: ...


PageT = TypeVar("PageT", bound=Paged)


def pages(fetch: Callable[P, Response[PageT | Problem]], *args: P.args, **kwargs: P.kwargs) -> Iterator[PageT]:
    """Each page of a list operation's `sync_detailed` called with these arguments, from the
    given `cursor` (or the first page) to the last. An error answer raises its `ApiError`."""
    call = cast(Callable[..., Response[PageT | Problem]], fetch)
    page = unwrap(call(*args, **kwargs))
    yield page
    while page.next_cursor:
        page = unwrap(call(*args, **{**kwargs, "cursor": page.next_cursor}))
        yield page


def iterate(fetch: Callable[P, Response[PageT | Problem]], *args: P.args, **kwargs: P.kwargs) -> Iterator[Any]:
    """Each item of every page (see `pages`). Items are typed `Any`: Python's types cannot name
    the item type from the page type; it is the page model's `items` type (`MeetingRead |
    MeetingReadFields` for `meetings_list`)."""
    for page in pages(fetch, *args, **kwargs):
        yield from page.items


async def apages(
    fetch: Callable[P, Awaitable[Response[PageT | Problem]]], *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[PageT]:
    """`pages` for a list operation's `asyncio_detailed`."""
    call = cast(Callable[..., Awaitable[Response[PageT | Problem]]], fetch)
    page = unwrap(await call(*args, **kwargs))
    yield page
    while page.next_cursor:
        page = unwrap(await call(*args, **{**kwargs, "cursor": page.next_cursor}))
        yield page


async def aiterate(
    fetch: Callable[P, Awaitable[Response[PageT | Problem]]], *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[Any]:
    """`iterate` for a list operation's `asyncio_detailed`."""
    async for page in apages(fetch, *args, **kwargs):
        for item in page.items:
            yield item
