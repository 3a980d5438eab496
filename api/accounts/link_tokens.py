"""The secret of an emailed link: 256 random bits, of which only a SHA-256 is stored."""

from __future__ import annotations

import secrets

from api.kit.digests import sha256_hex


def new_link_token() -> tuple[str, str]:
    """(token for the link, hash to store)."""
    token = secrets.token_urlsafe(32)
    return token, hash_link_token(token)


def hash_link_token(token: str) -> str:
    # 256 bits of entropy: a plain hash is enough, and lets the row be found by it.
    return sha256_hex(token)
