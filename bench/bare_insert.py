"""P4's yardstick: the same workers stored without the import's checks."""

from __future__ import annotations

import time
from datetime import date

from sqlalchemy import insert, text

from api.db import set_tenant, unit_of_work
from api.kit.ids import uuid7
from api.models.worker import Worker, WorkerPhone
from bench.harness import Stack
from bench.import_data import import_tenant
from migrations.masters import occupation_id


async def bare_insert(stack: Stack, count: int) -> float:
    """The floor: the same number of workers and phones inserted with no reading or checks."""
    tenant_id, _ = await import_tenant(stack)
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        business_id = (
            await session.execute(text("SELECT id FROM businesses LIMIT 1"))
        ).scalar_one()
    started = time.perf_counter()
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        ids = [uuid7() for _ in range(count)]
        await session.execute(
            insert(Worker),
            [
                {
                    "id": worker_id,
                    "tenant_id": tenant_id,
                    "business_id": business_id,
                    "code": f"W{index:06d}",
                    "family_name": "川越",
                    "given_name": "十郎",
                    "family_kana": "カワゴエ",
                    "given_kana": "ジュウロウ",
                    "birth_date": date(1980, 1, 1),
                    "employment_type_code": "02",
                    "primary_occupation_id": occupation_id("10", "01"),
                }
                for index, worker_id in enumerate(ids)
            ],
        )
        await session.execute(
            insert(WorkerPhone),
            [
                {
                    "tenant_id": tenant_id,
                    "worker_id": worker_id,
                    "position": 1,
                    "number": f"090{index:08d}",
                    "active": True,
                }
                for index, worker_id in enumerate(ids)
            ],
        )
    return time.perf_counter() - started
