"""Taking an import to run, and its file, unless someone else is on it or it is finished."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

from api.db import set_tenant, unit_of_work
from api.imports.repository import lock_import
from api.imports.run_state import ImportRun
from api.imports.service import file_context
from api.models.import_job import ImportKind, ImportMode, ImportStatus


@dataclass(frozen=True)
class Claimed:
    kind: ImportKind
    mode: ImportMode
    content: bytes
    user_id: UUID | None


async def claim_import(run: ImportRun) -> Claimed | None:
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
