"""Stripe-style signatures: `Genba-Signature: t=<unix seconds>,v1=<hex>` where each v1 is the
HMAC-SHA256 of `"<t>.<body>"` under one of the endpoint's secrets. During a rotation's overlap
both the new and the previous secret sign, so a partner may switch at any moment in it."""

from __future__ import annotations

import hashlib
import hmac
import secrets

SIGNATURE_HEADER = "Genba-Signature"
EVENT_ID_HEADER = "Genba-Event-Id"
SECRET_PREFIX = "whsec_"
# A receiver refuses a signature older than this (replays of a captured request).
DEFAULT_TOLERANCE_SECONDS = 300


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(secrets_in_use: list[str], timestamp: int, body: bytes) -> str:
    parts = [f"t={timestamp}"] + [f"v1={signature(s, timestamp, body)}" for s in secrets_in_use]
    return ",".join(parts)


def verify(
    secret: str,
    header: str,
    body: bytes,
    now: int,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
) -> bool:
    """What a receiver does (the partner guide shows the same in a few lines)."""
    fields = [part.split("=", 1) for part in header.split(",") if "=" in part]
    stamps = [value for key, value in fields if key == "t"]
    if len(stamps) != 1 or not stamps[0].isdigit():
        return False
    timestamp = int(stamps[0])
    if abs(now - timestamp) > tolerance:
        return False
    expected = signature(secret, timestamp, body)
    return any(hmac.compare_digest(expected, value) for key, value in fields if key == "v1")
