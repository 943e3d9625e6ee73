"""Python client of the bilateral-records API.

The operations are generated from the API's OpenAPI document into `bilateral_records_client.generated`
(one module per operation under `generated.api.<tag>`, the models under `generated.models`; never
edited by hand, `make client` rewrites them). This package adds:

- `unwrap(response)`: the parsed body of a success, or the error raised as a typed `ApiError`
  (`NotFound`, `InvalidParameters`, ...) with the problem+json body on `.problem`;
- `iterate(operation, ...)` and `pages(operation, ...)`: every item (or page) of a list, following
  the cursors; `aiterate` and `apages` for the `asyncio_detailed` functions."""
from bilateral_records_client.errors import (
    ApiError,
    ClientError,
    Forbidden,
    InvalidParameters,
    NotAcceptable,
    NotFound,
    RateLimited,
    ServerError,
    ServiceUnavailable,
    Unauthorized,
    unwrap,
)
from bilateral_records_client.generated.client import AuthenticatedClient, Client
from bilateral_records_client.generated.models import Problem, ProblemParameter
from bilateral_records_client.pages import aiterate, apages, iterate, pages

__all__ = [
    "ApiError",
    "AuthenticatedClient",
    "Client",
    "ClientError",
    "Forbidden",
    "InvalidParameters",
    "NotAcceptable",
    "NotFound",
    "Problem",
    "ProblemParameter",
    "RateLimited",
    "ServerError",
    "ServiceUnavailable",
    "Unauthorized",
    "aiterate",
    "apages",
    "iterate",
    "pages",
    "unwrap",
]
