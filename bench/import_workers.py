"""P4: importing a spreadsheet of workers, with every check the API makes.

Prints rows/s of the full import (read .xlsx, resolve names, validate, check uniqueness,
write) and, as the same-run yardstick, of a bare insert of the same rows with no checks."""

from __future__ import annotations

import time
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import insert, text

from api.auth.passwords import hash_password
from api.db import set_tenant, unit_of_work
from api.imports.columns import WORKER_COLUMNS
from api.imports.runner import ImportRun, run_import
from api.imports.service import file_context
from api.imports.workbook import write_workbook
from api.kit.crypto import cipher_from_setting
from api.kit.ids import uuid7
from api.kit.jobs import RUN_BY_CALLER
from api.models.branch import Branch
from api.models.business import Business, BusinessBranch
from api.models.import_job import ImportJob, ImportKind, ImportMode, ImportStatus
from api.models.tenant import Tenant
from api.models.user import User, UserRole
from api.models.worker import Worker, WorkerPhone
from bench.harness import Figure, Report, Stack
from migrations.masters import occupation_id

TARGET_SECONDS = 10.0


def _rows(count: int) -> list[list[object]]:
    rows = []
    for index in range(count):
        cells = {
            "business_code": f"B{index % 50:04d}",
            "code": f"W{index:06d}",
            "family_name": "川越",
            "given_name": f"十郎{index}",
            "family_kana": "かわごえ",
            "given_kana": "じゅうろう",
            "phone1": f"090{index:08d}",
            "birth_date": date(1970, 1, 1) + timedelta(days=index % 12000),
            "employment_type": "労働者",
            "occupation_major": "鉄筋工",
            "occupation_minor": "鉄筋工",
            "position": "職長",
            "ccus_worker_id": f"{10_000_000_000_000 + index}",
            "verification_number": f"{1000 + index % 9000}",
            "sex": "男",
            "prefecture": "東京都",
        }
        rows.append([cells.get(column.field) for column in WORKER_COLUMNS])
    return rows


async def _tenant(stack: Stack) -> tuple[UUID, UUID]:
    tenant_id, user_id = uuid7(), uuid7()
    async with unit_of_work(stack.sessionmaker, None) as session:
        # Row-level security admits the new tenant only once the transaction is scoped to it.
        await set_tenant(session, tenant_id)
        session.add(Tenant(id=tenant_id, name=f"bench {tenant_id}", code=tenant_id.hex[-16:]))
        await session.flush()
        branch = Branch(tenant_id=tenant_id, code="001", name="本社")
        session.add(branch)
        await session.flush()
        session.add(
            User(
                id=user_id,
                tenant_id=tenant_id,
                email=f"{user_id}@bench.test",
                name="bench",
                role=UserRole.admin,
                password_hash=hash_password("bench-password-1"),
            )
        )
        for number in range(50):
            business_id = uuid7()
            session.add(
                Business(
                    id=business_id,
                    tenant_id=tenant_id,
                    code=f"B{number:04d}",
                    name=f"事業者{number}",
                    name_kana="ジギョウシャ",
                    phone="0312345678",
                    representative_name="代表",
                    branch_links=[BusinessBranch(tenant_id=tenant_id, branch_id=branch.id)],
                )
            )
    return tenant_id, user_id


async def _full_import(stack: Stack, content: bytes) -> tuple[float, ImportJob]:
    tenant_id, user_id = await _tenant(stack)
    cipher = cipher_from_setting(stack.settings.encryption_keys.get_secret_value())
    import_id = uuid7()
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        session.add(
            ImportJob(
                id=import_id,
                tenant_id=tenant_id,
                kind=ImportKind.workers,
                mode=ImportMode.all_or_nothing,
                file_name="bench.xlsx",
                content=cipher.encrypt_bytes(content, file_context(tenant_id, import_id)),
                created_by_user_id=user_id,
            )
        )
    started = time.perf_counter()
    status = await run_import(
        ImportRun(stack.sessionmaker, stack.settings, cipher, tenant_id, import_id, RUN_BY_CALLER)
    )
    elapsed = time.perf_counter() - started
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        job = await session.get_one(ImportJob, import_id)
    if status is not ImportStatus.succeeded:
        raise RuntimeError(f"import failed: {job.error_code} {job.row_errors[:3]}")
    return elapsed, job


async def _bare_insert(stack: Stack, count: int) -> float:
    """The floor: the same number of workers and phones inserted with no reading or checks."""
    tenant_id, _ = await _tenant(stack)
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


async def run(stack: Stack, report: Report, *, full: bool, api_url: str) -> None:
    count = 10_000 if full else 2_000
    started = time.perf_counter()
    content = write_workbook("技能者", WORKER_COLUMNS, _rows(count))
    write_seconds = time.perf_counter() - started
    elapsed, job = await _full_import(stack, content)
    bare = await _bare_insert(stack, count)
    per_second = job.rows_imported / elapsed
    report.add(
        Figure(
            "P4",
            f"import {count:,} workers",
            elapsed,
            "s",
            f"< {TARGET_SECONDS:.0f} s at 10,000",
            None if not full else elapsed < TARGET_SECONDS,
        )
    )
    report.add(Figure("P4", "import rows/s", per_second, "rows/s"))
    # At the quick size the target is judged by projecting to 10,000 rows at the measured rate.
    projected = 10_000 / per_second
    report.add(
        Figure(
            "P4",
            "projected 10,000 rows",
            projected,
            "s",
            f"< {TARGET_SECONDS:.0f} s",
            projected < TARGET_SECONDS,
        )
    )
    report.add(Figure("P4", "bare insert / full import", bare / elapsed, "ratio"))
    report.add(Figure("P4", "writing the .xlsx (not timed above)", write_seconds, "s"))
