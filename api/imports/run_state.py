"""One import's run: what it works with, how it fails, and its progress and outcome, each
written in a transaction of its own so the job endpoint shows them while the run goes on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

import structlog

from api.config import Settings
from api.db import SessionMaker, set_tenant, unit_of_work
from api.imports.repository import ImportJobRepository
from api.imports.sheet_row import RowError
from api.kit.crypto import FieldCipher
from api.kit.jobs import JobSink
from api.models.import_job import ImportStatus
from api.webhooks import announce

log = structlog.get_logger(__name__)

# Enough for anyone fixing a file; the count of all errors is in error_detail.
MAX_REPORTED_ERRORS = 1000


class ImportFailed(Exception):
    def __init__(self, code: str, detail: str, errors: list[RowError] | None = None) -> None:
        super().__init__(detail)
        self.code, self.detail, self.errors = code, detail, errors or []


@dataclass(frozen=True)
class ImportRun:
    """What one import's run works with; each step of the run is its own unit of work."""

    sessionmaker: SessionMaker
    settings: Settings
    cipher: FieldCipher
    tenant_id: UUID
    import_id: UUID
    jobs: JobSink


async def progress(run: ImportRun, **values: int) -> None:
    async with unit_of_work(run.sessionmaker, None) as session:
        await set_tenant(session, run.tenant_id)
        await ImportJobRepository(session).set_state(run.tenant_id, run.import_id, **values)


async def finish(
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
        await announce.import_finished(
            session, run.tenant_id, run.import_id, status.value, imported
        )
    log.info(
        "import_finished",
        import_id=str(run.import_id),
        status=status.value,
        rows_imported=imported,
    )
