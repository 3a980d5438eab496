"""A worker's 本人確認番号: sealed for its row, unsealed, and revealed under audit."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.kit.crypto import FieldCipher
from api.kit.verification import seal, unseal
from api.models.worker import Worker
from api.workers.reading import get_worker

TABLE = "workers"


def sealed(cipher: FieldCipher, value: str, *, tenant_id: UUID, worker_id: UUID) -> bytes:
    return seal(cipher, value, table=TABLE, tenant_id=tenant_id, row_id=worker_id)


def current_secret(cipher: FieldCipher, worker: Worker) -> str | None:
    if worker.verification_number_encrypted is None:
        return None
    return unseal(
        cipher,
        worker.verification_number_encrypted,
        table=TABLE,
        tenant_id=worker.tenant_id,
        row_id=worker.id,
    )


async def reveal_verification_number(
    session: AsyncSession, subject: AuthSubject, cipher: FieldCipher, worker_id: UUID
) -> str | None:
    worker = await get_worker(session, subject, worker_id)
    await audit.record(
        session, subject, "worker.reveal_verification_number", "worker", worker.id, {}
    )
    return current_secret(cipher, worker)
