"""The fold writes days in the order PostgreSQL sorts their keys (uuids by their bytes), so
concurrent folds lock rows in one order. Keys arrive as asyncpg's uuids (terminal events) or the
standard library's (staff entry)."""

from __future__ import annotations

import os
import random
from datetime import date
from uuid import UUID

from asyncpg.pgproto.pgproto import UUID as DriverUUID

from api.attendance.days import DayInput, merge_inputs


def _uuid(make: type[UUID], raw: bytes) -> UUID:
    return UUID(bytes=raw) if make is UUID else DriverUUID(raw)


def _inputs(make: type[UUID]) -> list[DayInput]:
    sites = [_uuid(make, os.urandom(16)) for _ in range(8)]
    # Bytes either side of 0x80: unsigned order, as PostgreSQL compares them.
    workers = [_uuid(make, bytes([n]) * 16) for n in (0, 0x7F, 0x80, 0xFF)]
    days = [date(2026, 11, d) for d in (1, 2, 30)]
    inputs = [
        DayInput(site_id=s, worker_id=w, business_id=w, work_date=d)
        for s in sites
        for w in workers
        for d in days
    ]
    random.shuffle(inputs)
    return inputs


def test_days_come_out_in_the_byte_order_of_their_keys() -> None:
    for make in (UUID, DriverUUID):
        merged = merge_inputs(_inputs(make))
        keys = [(day.site_id.bytes, day.worker_id.bytes, day.work_date) for day in merged]
        assert len(keys) == 8 * 4 * 3
        assert keys == sorted(keys), make
