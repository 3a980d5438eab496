"""Running one import: claim it, read the file, check every row, write all (or the valid) rows.

Progress is committed in small transactions of its own so the job endpoint can show it while
the rows are being checked; the rows themselves are written in one transaction at the end, so
an import never leaves part of a file behind."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

import structlog
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.repository import CredentialRepository
from api.auth.service import subject_for_user
from api.auth.subject import AuthSubject
from api.businesses.records import new_business
from api.businesses.repository import BusinessRepository
from api.ccus.hooks import enqueue
from api.config import Settings
from api.db import SessionMaker, set_tenant, unit_of_work
from api.imports.columns import COLUMNS
from api.imports.lookups import business_lookups, name_maps, worker_lookups
from api.imports.reader import Sheet, UnreadableFile, read_sheet
from api.imports.repository import ImportJobRepository, lock_import
from api.imports.rows import (
    BusinessRowChecker,
    CheckedRows,
    RowError,
    WorkerRowChecker,
    missing_headers,
)
from api.imports.service import file_context
from api.imports.sheet_limits import SheetLimits
from api.kit.crypto import FieldCipher
from api.kit.jobs import JobSink
from api.models.ccus_outbox import OutboxKind
from api.models.ccus_status import CcusStatus
from api.models.import_job import ImportKind, ImportMode, ImportStatus
from api.workers.records import new_worker
from api.workers.repository import WorkerRepository

log = structlog.get_logger(__name__)

PROGRESS_EVERY = 500
# Enough for anyone fixing a file; the count of all errors is in error_detail.
MAX_REPORTED_ERRORS = 1000


@dataclass(frozen=True)
class Claimed:
    kind: ImportKind
    mode: ImportMode
    content: bytes
    user_id: UUID | None


class ImportFailed(Exception):
    def __init__(self, code: str, detail: str, errors: list[RowError] | None = None) -> None:
        super().__init__(detail)
        self.code, self.detail, self.errors = code, detail, errors or []


@dataclass(frozen=True)
class ImportRun:
    """What one import's run works with; each step below is its own unit of work."""

    sessionmaker: SessionMaker
    settings: Settings
    cipher: FieldCipher
    tenant_id: UUID
    import_id: UUID
    jobs: JobSink


async def run_import(run: ImportRun) -> ImportStatus | None:
    claimed = await _claim(run)
    if claimed is None:
        return None
    try:
        imported, errors = await _import(run, claimed)
    except ImportFailed as failure:
        await _finish(run, ImportStatus.failed, 0, failure.errors, failure.code, failure.detail)
        return ImportStatus.failed
    detail = f"{len(errors)} rows had errors and were skipped." if errors else None
    await _finish(run, ImportStatus.succeeded, imported, errors, None, detail)
    return ImportStatus.succeeded


async def _claim(run: ImportRun) -> Claimed | None:
    """Take the import unless someone else is on it or it is finished. A `running` import
    whose worker died is taken again once it has been silent long enough."""
    async with unit_of_work(run.sessionmaker, None) as session:
        await set_tenant(session, run.tenant_id)
        job = await lock_import(session, run.tenant_id, run.import_id)
        if job is None:
            return None
        stale = datetime.now(UTC) - timedelta(seconds=run.settings.import_stale_after_seconds)
        if job.status is ImportStatus.running and job.updated_at >= stale:
            return None
        if job.status not in (ImportStatus.queued, ImportStatus.running):
            return None
        job.status = ImportStatus.running
        job.started_at = datetime.now(UTC)
        job.attempts += 1
        job.rows_done = 0
        sealed = await session.run_sync(lambda _: job.content)
        if sealed is None:
            job.status, job.error_code = ImportStatus.failed, "import.file_missing"
            return None
        content = run.cipher.decrypt_bytes(sealed, file_context(run.tenant_id, job.id))
        return Claimed(job.kind, job.mode, content, job.created_by_user_id)


async def _import(run: ImportRun, claimed: Claimed) -> tuple[int, list[RowError]]:
    sheet = _read(run, claimed.content, claimed.kind)
    await _progress(run, rows_total=len(sheet.rows))
    async with unit_of_work(run.sessionmaker, None) as session:
        await set_tenant(session, run.tenant_id)
        subject = await _subject(run, session, claimed.user_id)
        checked = await _check(run, session, subject, claimed.kind, sheet)
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
            subject = await _subject(run, session, claimed.user_id)
            await _write(run, session, subject, claimed.kind, checked)
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


def _read(run: ImportRun, content: bytes, kind: ImportKind) -> Sheet:
    try:
        sheet = read_sheet(content, SheetLimits.from_settings(run.settings))
    except UnreadableFile as error:
        raise ImportFailed(error.code, error.detail) from error
    if missing := missing_headers(sheet.headers, COLUMNS[kind]):
        raise ImportFailed(
            "import.missing_columns",
            "Required columns are missing: " + ", ".join(missing) + ". Start from the template.",
        )
    if not sheet.rows:
        raise ImportFailed("import.no_rows", "The file has a header row but no data rows.")
    if len(sheet.rows) > run.settings.import_max_rows:
        raise ImportFailed(
            "import.too_many_rows",
            f"The file has {len(sheet.rows):,} rows; split it into files of at most "
            f"{run.settings.import_max_rows:,}.",
        )
    return sheet


async def _subject(run: ImportRun, session: AsyncSession, user_id: UUID | None) -> AuthSubject:
    user = await CredentialRepository(session).get_user(run.tenant_id, user_id) if user_id else None
    if user is None or not user.is_active:
        raise ImportFailed(
            "import.user_inactive", "The account that uploaded the file is no longer active."
        )
    return subject_for_user(user)


async def _check(
    run: ImportRun, session: AsyncSession, subject: AuthSubject, kind: ImportKind, sheet: Sheet
) -> CheckedRows:
    names = await name_maps(session, subject)
    checker: BusinessRowChecker | WorkerRowChecker
    if kind is ImportKind.businesses:
        checker = BusinessRowChecker(
            sheet.headers, names, await business_lookups(session, subject), run.settings
        )
    else:
        checker = WorkerRowChecker(
            sheet.headers, names, await worker_lookups(session, subject, names), run.settings
        )
    for offset, raw in enumerate(sheet.rows):
        checker.check(offset, raw)
        if (offset + 1) % PROGRESS_EVERY == 0:
            await _progress(run, rows_done=offset + 1)
            await asyncio.sleep(0)
    await _progress(run, rows_done=len(sheet.rows))
    return checker.result


async def _write(
    run: ImportRun,
    session: AsyncSession,
    subject: AuthSubject,
    kind: ImportKind,
    checked: CheckedRows,
) -> None:
    build = new_business if kind is ImportKind.businesses else new_worker
    entities = [build(subject, state, run.cipher) for _, state in checked.states]
    await ImportJobRepository(session).reuse_plans_in_this_transaction()
    owner = BusinessRepository if kind is ImportKind.businesses else WorkerRepository
    await owner(session).add_all(entities)  # type: ignore[arg-type]
    kind_of_outbox = OutboxKind.business if kind is ImportKind.businesses else OutboxKind.worker
    linked = [entity.id for entity in entities if entity.ccus_status is CcusStatus.pending]
    await enqueue(session, run.settings, run.tenant_id, kind_of_outbox, linked)
    await audit.record(
        session,
        subject,
        f"{'business' if kind is ImportKind.businesses else 'worker'}.import",
        "import",
        run.import_id,
        {
            "rows_imported": len(checked.states),
            "rows_skipped": len({e.row for e in checked.errors}),
        },
    )


async def _progress(run: ImportRun, **values: int) -> None:
    async with unit_of_work(run.sessionmaker, None) as session:
        await set_tenant(session, run.tenant_id)
        await ImportJobRepository(session).set_state(run.tenant_id, run.import_id, **values)


async def _finish(
    run: ImportRun,
    status: ImportStatus,
    imported: int,
    errors: list[RowError],
    code: str | None,
    detail: str | None,
) -> None:
    reported = [error.as_dict() for error in errors[:MAX_REPORTED_ERRORS]]
    if len(errors) > MAX_REPORTED_ERRORS:
        detail = (
            f"{detail} Only the first {MAX_REPORTED_ERRORS} of {len(errors)} errors are listed."
        )
    async with unit_of_work(run.sessionmaker, None) as session:
        await set_tenant(session, run.tenant_id)
        await ImportJobRepository(session).set_state(
            run.tenant_id,
            run.import_id,
            status=status,
            rows_imported=imported,
            row_errors=reported,
            error_code=code,
            error_detail=detail[:1000] if detail else None,
            finished_at=datetime.now(UTC),
            content=None,
        )
    log.info(
        "import_finished",
        import_id=str(run.import_id),
        status=status.value,
        rows_imported=imported,
    )
