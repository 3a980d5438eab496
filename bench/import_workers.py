"""P4: importing a spreadsheet of workers, with every check the API makes.

Prints rows/s of the full import (read .xlsx, resolve names, validate, check uniqueness,
write) and, as the same-run yardstick, of a bare insert of the same rows with no checks."""

from __future__ import annotations

import time

from api.db import set_tenant, unit_of_work
from api.imports.columns import WORKER_COLUMNS
from api.imports.run_state import ImportRun
from api.imports.runner import run_import
from api.imports.service import file_context
from api.imports.workbook import write_workbook
from api.kit.crypto import cipher_from_setting
from api.kit.ids import uuid7
from api.kit.jobs import RUN_BY_CALLER
from api.models.import_job import ImportJob, ImportKind, ImportMode, ImportStatus
from bench.bare_insert import bare_insert
from bench.harness import Figure, Report, Stack
from bench.import_data import import_tenant, worker_rows

TARGET_SECONDS = 10.0


async def _full_import(stack: Stack, content: bytes) -> tuple[float, ImportJob]:
    tenant_id, user_id = await import_tenant(stack)
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


async def run(stack: Stack, report: Report, *, full: bool, api_url: str) -> None:
    count = 10_000 if full else 2_000
    started = time.perf_counter()
    content = write_workbook("技能者", WORKER_COLUMNS, worker_rows(count))
    write_seconds = time.perf_counter() - started
    elapsed, job = await _full_import(stack, content)
    bare = await bare_insert(stack, count)
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
