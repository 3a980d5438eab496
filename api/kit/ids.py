"""Time-ordered UUIDs (RFC 9562 version 7): new rows land at the right edge of B-tree indexes."""

from __future__ import annotations

import os
import time
from uuid import UUID


def uuid7() -> UUID:
    timestamp_ms = time.time_ns() // 1_000_000
    random_bits = int.from_bytes(os.urandom(10), "big")
    value = (timestamp_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((random_bits >> 68) & 0xFFF) << 64  # rand_a
    value |= 0b10 << 62  # variant
    value |= random_bits & ((1 << 62) - 1)  # rand_b
    return UUID(int=value)
