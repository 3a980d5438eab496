"""Registering and deleting workers (技能者): the seed's 技能者登録 screens."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_entity
from api.config import Settings
from api.errors import ValidationFailed
from api.kit.crypto import FieldCipher
from api.models.ccus_outbox import OutboxKind
from api.models.worker import Worker
from api.workers.audit_state import SECRET, snapshot
from api.workers.errors import WorkerHasHistory
from api.workers.lookups import lookups_for_state, unused_code
from api.workers.reading import get_worker
from api.workers.records import new_worker
from api.workers.repository import WorkerRepository
from api.workers.rules import check_worker
from api.workers.schemas import WorkerCreate


async def create_worker(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    cipher: FieldCipher,
    data: WorkerCreate,
) -> Worker:
    repository = WorkerRepository(session)
    state = data.model_dump()
    state["code"] = state["code"] or await unused_code(repository, subject.tenant_id)
    lookups = await lookups_for_state(session, subject, state)
    if errors := check_worker(state, lookups, settings):
        raise ValidationFailed(errors=errors)
    worker = new_worker(subject, state, cipher)
    await repository.add(worker)
    worker = await get_worker(session, subject, worker.id)
    await audit.record(
        session,
        subject,
        "worker.create",
        "worker",
        worker.id,
        audit.diff({}, snapshot(worker, state[SECRET]), secret_fields={SECRET}),
    )
    await queue_entity(session, settings, OutboxKind.worker, worker)
    return worker


async def delete_worker(session: AsyncSession, subject: AuthSubject, worker_id: UUID) -> None:
    worker = await get_worker(session, subject, worker_id)
    if await WorkerRepository(session).has_history(subject.tenant_id, worker.id):
        raise WorkerHasHistory()
    await session.delete(worker)
    await session.flush()
    await audit.record(
        session, subject, "worker.delete", "worker", worker.id, {"code": [worker.code, None]}
    )
