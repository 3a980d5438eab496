"""Changing or retiring a worker."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_entity
from api.config import Settings
from api.errors import ValidationFailed
from api.kit.crypto import FieldCipher
from api.kit.sealed import seal_into, secret_of
from api.models.ccus_outbox import OutboxKind
from api.models.worker import Worker
from api.workers.audit_state import SECRET, snapshot
from api.workers.ccus_link import follow_changes
from api.workers.lookups import lookups_for_state
from api.workers.patch_schema import WorkerUpdate
from api.workers.reading import get_worker
from api.workers.records import occupation_rows, phone_rows, qualifications_json
from api.workers.rules import check_worker


def _apply(worker: Worker, changes: dict[str, Any], cipher: FieldCipher, *, active: bool) -> None:
    for field, value in changes.items():
        if field == "phones":
            worker.phones = phone_rows(worker.tenant_id, worker.id, value, active=active)
        elif field == "occupation_ids":
            worker.occupation_links = occupation_rows(worker.tenant_id, worker.id, value)
        elif field == SECRET:
            seal_into(cipher, worker, value)
        else:
            setattr(worker, field, value)
    # Retiring frees the phone numbers for a new registration; the rows stay with the record.
    for phone in worker.phones:
        phone.active = worker.retired_on is None


async def update_worker(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    cipher: FieldCipher,
    worker_id: UUID,
    data: WorkerUpdate,
) -> Worker:
    worker = await get_worker(session, subject, worker_id)
    before = snapshot(worker, secret_of(cipher, worker))
    changes = data.model_dump(exclude_unset=True)
    if changes.get("qualifications") is not None:
        changes["qualifications"] = qualifications_json(changes["qualifications"])
    state = {**before, **changes}
    lookups = await lookups_for_state(session, subject, state, except_id=worker.id)
    if errors := check_worker(state, lookups, settings):
        raise ValidationFailed(errors=errors)
    _apply(worker, changes, cipher, active=state["retired_on"] is None)
    diff = audit.diff(before, {**before, **changes}, secret_fields={SECRET})
    follow_changes(worker, diff)
    await session.flush()
    await audit.record(session, subject, "worker.update", "worker", worker.id, diff)
    if diff:
        await queue_entity(session, settings, OutboxKind.worker, worker, diff)
    return await _reloaded(session, subject, worker.id)


async def _reloaded(session: AsyncSession, subject: AuthSubject, worker_id: UUID) -> Worker:
    session.expire_all()
    return await get_worker(session, subject, worker_id)
