"""Time-ordered UUIDs (RFC 9562 version 7): new rows land at the right edge of B-tree indexes."""

from __future__ import annotations

import os
import time
from uuid import UUID

from asyncpg.pgproto.pgproto import UUID as FastUUID

_VERSION_AND_VARIANT = (0x7 << 76) | (0b10 << 62)


def _bits(timestamp_ms: int, random_bits: int) -> int:
    value = (timestamp_ms & ((1 << 48) - 1)) << 80
    value |= _VERSION_AND_VARIANT
    value |= ((random_bits >> 68) & 0xFFF) << 64  # rand_a
    value |= random_bits & ((1 << 62) - 1)  # rand_b
    return value


def uuid7() -> UUID:
    return UUID(int=_bits(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big")))


def uuid7_many(count: int) -> list[UUID]:
    """`count` ids at once, for set-based inserts of thousands of rows: one read of the random
    source, and asyncpg's UUID (a `uuid.UUID`, built in C) instead of the standard library's
    validating constructor, a fifth of the cost."""
    timestamp_ms = time.time_ns() // 1_000_000
    random = os.urandom(10 * count)
    return [
        FastUUID(_bits(timestamp_ms, int.from_bytes(random[i : i + 10], "big")).to_bytes(16, "big"))
        for i in range(0, 10 * count, 10)
    ]
