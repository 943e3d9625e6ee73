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


@lru_cache
def get_settings() -> Settings:
    return Settings()
