"""The one digest of a text the project keeps instead of the text: SHA-256 of its UTF-8, in
lowercase hex. Emailed link tokens are stored so and the operator key is configured so, and
both are looked up by it: changing the recipe orphans every stored token and configured key."""

from __future__ import annotations

import hashlib


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
