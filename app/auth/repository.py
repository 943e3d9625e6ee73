from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from app.auth.keys import NewKey, generate_key
from app.auth.models import ApiKey


def create_key(session: Session, name: str, scope: str) -> NewKey:
    new = generate_key()
    session.add(ApiKey(name=name, prefix=new.prefix, key_hash=new.key_hash, scope=scope, created_at=datetime.now(UTC)))
    return new


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))


def revoke_key(session: Session, prefix: str) -> bool:
    """Revoke the active key with this prefix; False when there is none."""
    done = session.execute(
        update(ApiKey).where(ApiKey.prefix == prefix, ApiKey.revoked_at.is_(None)).values(revoked_at=datetime.now(UTC))
    )
    return bool(done.rowcount)  # type: ignore[attr-defined]


def active_key(connection: Connection, prefix: str) -> Any:
    """(key_hash, scope) of the unrevoked key with this prefix, or None."""
    return connection.execute(
        select(ApiKey.key_hash, ApiKey.scope).where(ApiKey.prefix == prefix, ApiKey.revoked_at.is_(None))
    ).first()
