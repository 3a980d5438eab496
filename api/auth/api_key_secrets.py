"""API key format `gk_<prefix>_<secret>`: the prefix finds the row, an HMAC proves the secret."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

_KEY_PATTERN = re.compile(r"^gk_([a-z0-9]{12})_([A-Za-z0-9_-]{32,64})$")


@dataclass(frozen=True)
class ParsedKey:
    prefix: str
    secret: str


@dataclass(frozen=True)
class GeneratedKey:
    full: str
    prefix: str
    secret: str


def generate_key() -> GeneratedKey:
    """The full key is shown once; only the prefix and an HMAC of the secret are stored."""
    prefix = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
    secret = secrets.token_urlsafe(32)
    return GeneratedKey(full=f"gk_{prefix}_{secret}", prefix=prefix, secret=secret)


def parse_key(raw: str) -> ParsedKey | None:
    match = _KEY_PATTERN.match(raw.strip())
    return ParsedKey(prefix=match.group(1), secret=match.group(2)) if match else None


def hash_secret(pepper: str, secret: str) -> str:
    # The secret has 256 bits of entropy, so a keyed hash is enough and stays fast per request.
    return hmac.new(pepper.encode(), secret.encode(), hashlib.sha256).hexdigest()


def secret_matches(pepper: str, secret: str, expected_hash: str) -> bool:
    return hmac.compare_digest(hash_secret(pepper, secret), expected_hash)
