from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_written import ArticleWritten
from ...models.articles_create_json_article_post import ArticlesCreateJsonArticlePost
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ArticlesCreateJsonArticlePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/articles",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArticleWritten | Problem | None:
    if response.status_code == 201:
        response_201 = ArticleWritten.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArticleWritten | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArticlesCreateJsonArticlePost,
) -> Response[ArticleWritten | Problem]:
    """Add an article, or a batch of them

     One article as `application/json` (`text` required; `url`, `title`, `source`, `published_on`
    optional), `text/plain` (optional `url:`, `title:`, `source:`, `published:` lines, then a blank
    line, before the text) or `text/html` (a saved page: its main text, title, date and canonical URL
    are read from it), exactly as `bilateral ingest` reads files. An article is identified by its URL,
    else by its text: a new one is `201 created` with `Location`; a text already stored is
    `200 unchanged`; a new text at a known URL is `200 replaced` (the old records go, the new ones
    come, in one transaction).

    `application/x-ndjson` is a batch: one JSON article per line, at most `INGEST_MAX_BATCH_ARTICLES`
    (1000) of them. The answer is `200` with one NDJSON result line per input line, in order, written
    as each article is stored; a bad line is a `failed` line and never stops the others.

    Limits: a text, JSON or HTML body of at most 2000000 bytes (4000000 for
    JSON), a text of at most 2000000 bytes, a batch of at most 200000000
    bytes; beyond each, a `413` problem. Needs a key with the `write` scope.

    Args:
        body (ArticlesCreateJsonArticlePost): One article as JSON; the same fields as a line of a
            JSON Lines file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleWritten | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ArticlesCreateJsonArticlePost,
) -> ArticleWritten | Problem | None:
    """Add an article, or a batch of them

     One article as `application/json` (`text` required; `url`, `title`, `source`, `published_on`
    optional), `text/plain` (optional `url:`, `title:`, `source:`, `published:` lines, then a blank
    line, before the text) or `text/html` (a saved page: its main text, title, date and canonical URL
    are read from it), exactly as `bilateral ingest` reads files. An article is identified by its URL,
    else by its text: a new one is `201 created` with `Location`; a text already stored is
    `200 unchanged`; a new text at a known URL is `200 replaced` (the old records go, the new ones
    come, in one transaction).

    `application/x-ndjson` is a batch: one JSON article per line, at most `INGEST_MAX_BATCH_ARTICLES`
    (1000) of them. The answer is `200` with one NDJSON result line per input line, in order, written
    as each article is stored; a bad line is a `failed` line and never stops the others.

    Limits: a text, JSON or HTML body of at most 2000000 bytes (4000000 for
    JSON), a text of at most 2000000 bytes, a batch of at most 200000000
    bytes; beyond each, a `413` problem. Needs a key with the `write` scope.

    Args:
        body (ArticlesCreateJsonArticlePost): One article as JSON; the same fields as a line of a
            JSON Lines file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleWritten | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArticlesCreateJsonArticlePost,
) -> Response[ArticleWritten | Problem]:
    """Add an article, or a batch of them

     One article as `application/json` (`text` required; `url`, `title`, `source`, `published_on`
    optional), `text/plain` (optional `url:`, `title:`, `source:`, `published:` lines, then a blank
    line, before the text) or `text/html` (a saved page: its main text, title, date and canonical URL
    are read from it), exactly as `bilateral ingest` reads files. An article is identified by its URL,
    else by its text: a new one is `201 created` with `Location`; a text already stored is
    `200 unchanged`; a new text at a known URL is `200 replaced` (the old records go, the new ones
    come, in one transaction).

    `application/x-ndjson` is a batch: one JSON article per line, at most `INGEST_MAX_BATCH_ARTICLES`
    (1000) of them. The answer is `200` with one NDJSON result line per input line, in order, written
    as each article is stored; a bad line is a `failed` line and never stops the others.

    Limits: a text, JSON or HTML body of at most 2000000 bytes (4000000 for
    JSON), a text of at most 2000000 bytes, a batch of at most 200000000
    bytes; beyond each, a `413` problem. Needs a key with the `write` scope.

    Args:
        body (ArticlesCreateJsonArticlePost): One article as JSON; the same fields as a line of a
            JSON Lines file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleWritten | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ArticlesCreateJsonArticlePost,
) -> ArticleWritten | Problem | None:
    """Add an article, or a batch of them

     One article as `application/json` (`text` required; `url`, `title`, `source`, `published_on`
    optional), `text/plain` (optional `url:`, `title:`, `source:`, `published:` lines, then a blank
    line, before the text) or `text/html` (a saved page: its main text, title, date and canonical URL
    are read from it), exactly as `bilateral ingest` reads files. An article is identified by its URL,
    else by its text: a new one is `201 created` with `Location`; a text already stored is
    `200 unchanged`; a new text at a known URL is `200 replaced` (the old records go, the new ones
    come, in one transaction).

    `application/x-ndjson` is a batch: one JSON article per line, at most `INGEST_MAX_BATCH_ARTICLES`
    (1000) of them. The answer is `200` with one NDJSON result line per input line, in order, written
    as each article is stored; a bad line is a `failed` line and never stops the others.

    Limits: a text, JSON or HTML body of at most 2000000 bytes (4000000 for
    JSON), a text of at most 2000000 bytes, a batch of at most 200000000
    bytes; beyond each, a `413` problem. Needs a key with the `write` scope.

    Args:
        body (ArticlesCreateJsonArticlePost): One article as JSON; the same fields as a line of a
            JSON Lines file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleWritten | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
