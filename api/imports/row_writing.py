"""Writing an import's checked rows through their owners, queueing the linked ones for CCUS,
as the user who uploaded the file."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.repository import CredentialRepository
from api.auth.service import subject_for_user
from api.auth.subject import AuthSubject
from api.businesses.records import new_business
from api.businesses.repository import BusinessRepository
from api.ccus.hooks import queue_linked
from api.imports.repository import ImportJobRepository
from api.imports.run_state import ImportFailed, ImportRun
from api.imports.sheet_row import CheckedRows
from api.models.ccus_outbox import OutboxKind
from api.models.import_job import ImportKind
from api.workers.records import new_worker
from api.workers.repository import WorkerRepository


async def uploader(run: ImportRun, session: AsyncSession, user_id: UUID | None) -> AuthSubject:
    user = await CredentialRepository(session).get_user(run.tenant_id, user_id) if user_id else None
    if user is None or not user.is_active:
        raise ImportFailed(
            "import.user_inactive", "The account that uploaded the file is no longer active."
        )
    return subject_for_user(user)


async def write_rows(
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
    await queue_linked(session, run.settings, run.tenant_id, kind_of_outbox, entities)
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
