"""Running one import: claim it, read the file, check every row, write all (or the valid) rows.

Progress is committed in small transactions of its own so the job endpoint can show it while
the rows are being checked; the rows themselves are written in one transaction at the end, so
an import never leaves part of a file behind."""

from __future__ import annotations

import structlog
from sqlalchemy.exc import IntegrityError

from api.db import set_tenant, unit_of_work
from api.imports.import_claim import Claimed, claim_import
from api.imports.row_writing import uploader, write_rows
from api.imports.run_state import ImportFailed, ImportRun, finish, progress
from api.imports.sheet_checking import check_rows, read_import_sheet
from api.imports.sheet_row import RowError
from api.models.import_job import ImportMode, ImportStatus
from api.tenants.errors import TenantSuspended
from api.tenants.repository import TenantRepository

log = structlog.get_logger(__name__)


async def run_import(run: ImportRun) -> ImportStatus | None:
    claimed = await claim_import(run)
    if claimed is None:
        return None
    try:
        imported, errors = await _import(run, claimed)
    except ImportFailed as failure:
        await finish(run, ImportStatus.failed, 0, failure.errors, failure.code, failure.detail)
        return ImportStatus.failed
    detail = f"{len(errors)} rows had errors and were skipped." if errors else None
    await finish(run, ImportStatus.succeeded, imported, errors, None, detail)
    return ImportStatus.succeeded


async def _import(run: ImportRun, claimed: Claimed) -> tuple[int, list[RowError]]:
    sheet = read_import_sheet(run, claimed.content, claimed.kind)
    await progress(run, rows_total=len(sheet.rows))
    async with unit_of_work(run.sessionmaker, None) as session:
        await set_tenant(session, run.tenant_id)
        if not await TenantRepository(session).is_active(run.tenant_id):
            raise ImportFailed("tenant.suspended", TenantSuspended.title, [])
        subject = await uploader(run, session, claimed.user_id)
        checked = await check_rows(run, session, subject, claimed.kind, sheet)
    if checked.errors and claimed.mode is ImportMode.all_or_nothing:
        rows = len({error.row for error in checked.errors})
        raise ImportFailed(
            "import.rows_invalid",
            f"{rows} of {len(sheet.rows)} rows have errors; nothing was imported.",
            checked.errors,
        )
    try:
        # The rows written may ask for CCUS sends: their wake-ups go out after the commit.
        async with unit_of_work(run.sessionmaker, run.jobs) as session:
            await set_tenant(session, run.tenant_id)
            subject = await uploader(run, session, claimed.user_id)
            await write_rows(run, session, subject, claimed.kind, checked)
    except IntegrityError as error:
        log.warning(
            "import_conflict", import_id=str(run.import_id), error=type(error.orig).__name__
        )
        raise ImportFailed(
            "import.conflict",
            "Someone registered the same codes, phones or CCUS IDs while the file was checked; "
            "nothing was imported. Run the import again.",
        ) from error
    return len(checked.states), checked.errors
