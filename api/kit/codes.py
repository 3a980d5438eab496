"""Random codes for rows registered without one (the seed: ランダムなコードが設定されます)."""

from __future__ import annotations

import secrets

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read over the phone


def random_code(prefix: str, length: int = 8) -> str:
    return prefix + "".join(secrets.choice(_ALPHABET) for _ in range(length))
