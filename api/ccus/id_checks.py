"""CCUSID有効確認: each linked site, business and worker's ID (and 本人確認番号) checked against
CCUS; corrected entries are checked again by the 30-minute job."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.gateway import CcusError, CcusGateway, CcusUnavailable
from api.ccus.owners import entity_repository
from api.ccus.senders.outcomes import mark_entity
from api.ccus.wire import EntityKind
from api.kit.crypto import FieldCipher
from api.kit.verification import unseal
from api.models.ccus_outbox import OutboxKind

KINDS = (OutboxKind.site, OutboxKind.business, OutboxKind.worker)


@dataclass
class CheckCount:
    checked: int = 0
    valid: int = 0
    deferred: bool = False


async def check_tenant(
    session: AsyncSession,
    gateway: CcusGateway,
    cipher: FieldCipher,
    tenant_id: UUID,
    *,
    everything: bool = False,
    limit: int = 500,
) -> CheckCount:
    """Check what changed since its last check (or never was checked); `everything` is まとめて確認."""
    count = CheckCount()
    for kind in KINDS:
        repository = entity_repository(session, kind)
        table = repository.model.__tablename__
        due = await repository.due_for_ccus_check(tenant_id, everything=everything, limit=limit)
        for row in due:
            number = None
            if row.secret is not None:
                number = unseal(cipher, row.secret, table=table, tenant_id=tenant_id, row_id=row.id)
            try:
                result = await gateway.verify(EntityKind(kind.value), row.ccus_id, number)
            except CcusUnavailable:
                count.deferred = True
                return count
            except CcusError as error:
                await mark_entity(
                    session, tenant_id, kind, row.id, False, error.code[:16], error.message[:1000]
                )
                count.checked += 1
                continue
            await mark_entity(
                session, tenant_id, kind, row.id, result.valid, result.code, result.message
            )
            count.checked += 1
            count.valid += result.valid
    return count
