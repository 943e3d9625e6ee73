"""API keys: `bk_PREFIX_SECRET`. The prefix (8 hex digits) is public: it finds the key's row and
names the key in logs; only the SHA-256 of the whole key is stored. Keys are 256 random bits,
so a plain hash is enough (no salt or slow hash: nothing about them can be guessed)."""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

_KEY = re.compile(r"bk_([0-9a-f]{8})_[A-Za-z0-9_-]{43}")
# Compared against when no key has the given prefix, so that an unknown prefix takes as long.
_NO_KEY_HASH = hashlib.sha256(b"no such key").hexdigest()


@dataclass(frozen=True)
class NewKey:
    key: str
    prefix: str
    key_hash: str


def generate_key() -> NewKey:
    prefix = secrets.token_hex(4)
    key = f"bk_{prefix}_{secrets.token_urlsafe(32)}"
    return NewKey(key, prefix, hash_key(key))


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_prefix(key: str) -> str | None:
    """The public prefix of a well-formed key, else None."""
    match = _KEY.fullmatch(key)
    return match.group(1) if match else None


def matches(key: str, stored_hash: str | None) -> bool:
    """Whether `key` hashes to `stored_hash`, compared in constant time (None: no such key)."""
    return hmac.compare_digest(hash_key(key), stored_hash or _NO_KEY_HASH) and stored_hash is not None
