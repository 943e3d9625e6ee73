"""Settings, read once from the environment (or `.env`) and validated at start-up."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        "sqlite:///var/bilateral.db",
        description="SQLAlchemy URL: sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB",
    )
    database_read_url: str | None = Field(
        None,
        description="Where the API reads from, when not DATABASE_URL: a PostgreSQL read replica (a URL of the same "
        "form). Writes and ingest always use DATABASE_URL.",
    )
    sqlite_mmap_size: int = Field(
        2**31, ge=0, description="PRAGMA mmap_size in bytes (SQLite caps it at its build's limit, 2 GiB by default)"
    )
    log_level: str = "INFO"
    statement_timeout_seconds: float = Field(
        2.0,
        gt=0,
        description="The time all the statements of one request may take together (waiting for a database thread "
        "included); a request running out of it is stopped and answered with a 503",
    )
    export_timeout_seconds: float = Field(
        300.0,
        gt=0,
        description="The time one CSV or NDJSON export may take from the request to its last byte; an export "
        "still running then is cut off",
    )
    database_threads: int = Field(
        8, ge=1, le=256, description="Threads per process, each with its own database connection, for the queries of requests"
    )
    export_threads: int = Field(
        2, ge=1, le=64, description="Threads per process, each with its own database connection, for exports alone"
    )
    public_base_url: str | None = Field(
        None,
        description="Scheme, host and optional path prefix the API is reached at (https://api.example); when set, "
        "Link headers carry absolute URLs on it, otherwise relative ones. Never taken from the Host header.",
    )
    cache_control: str = Field(
        "public, max-age=60", description="Cache-Control of successful GET and HEAD responses (and their 304s)"
    )
    cache_version_ttl_seconds: float = Field(
        1.0,
        ge=0,
        description="How long each process may reuse the dataset version it read for ETag/Last-Modified; "
        "0 reads it on every GET. After an ingest, a process answers with the previous version "
        "(304 to a revalidation) for at most this long.",
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description='Origins allowed by CORS, a JSON list: ["https://app.example"], or ["*"]; empty turns CORS off',
    )
    gzip_minimum_size: int = Field(1000, ge=0, description="Responses of at least this many bytes are gzipped when the client accepts it")
    opentelemetry_enabled: bool = Field(
        False,
        description="Let FastAPI's own OpenTelemetry support trace and measure requests when an OpenTelemetry SDK is "
        "set up in the process (opentelemetry-instrument, say); off, no request asks whether one is",
    )
    metrics_enabled: bool = Field(
        False,
        description="Serve Prometheus metrics at /metrics and count requests and ingests; off, no metrics code "
        "runs on the request path",
    )
    read_requires_key: bool = Field(
        False, description="true: reads need an API key too (`Authorization: Bearer KEY`); writes always do"
    )
    read_rate_limit: str | None = Field(
        None,
        description="Reads allowed per key, or per client address without one, as `N/second|minute|hour|day` "
        "(`600/minute`, `10/second;600/minute`); unset or empty turns read limiting off",
    )
    write_rate_limit: str | None = Field(
        "60/minute", description="Writes allowed per key, in the same notation; empty turns write limiting off"
    )
    rate_limit_storage_url: str = Field(
        "memory://",
        description="Where request counts live: `memory://` (per process) or `redis://HOST:PORT/DB`, which "
        "workers and replicas share",
    )
    rate_limit_key_prefix: str = Field("bilateral", description="Prefix of the counters' keys in shared storage")
    ingest_max_batch_articles: int = Field(1000, ge=1, description="Articles one NDJSON batch may hold")
    ingest_threads: int = Field(2, ge=1, le=64, description="Threads per process that extract and store posted articles")

    @field_validator("read_rate_limit", "write_rate_limit")
    @classmethod
    def _rate_limit(cls, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        from limits import parse_many

        try:
            parse_many(value)
        except ValueError:
            raise ValueError("must be like `60/minute` or `10/second;600/minute`") from None
        return value.strip()

    @field_validator("public_base_url")
    @classmethod
    def _plain_base_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
            raise ValueError("must be an http(s) URL without query or fragment, such as https://api.example")
        return value.rstrip("/")


@lru_cache
def get_settings() -> Settings:
    return Settings()
