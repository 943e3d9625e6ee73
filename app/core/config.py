"""Settings, read once from the environment (or `.env`) and validated at start-up."""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        "sqlite:///var/bilateral.db",
        description="SQLAlchemy URL: sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB",
    )
    sqlite_mmap_size: int = Field(256 * 1024 * 1024, ge=0, description="PRAGMA mmap_size in bytes")
    log_level: str = "INFO"
    statement_timeout_seconds: float = Field(
        2.0, gt=0, description="A query of the API running longer is stopped and answered with a 503"
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


@lru_cache
def get_settings() -> Settings:
    return Settings()
