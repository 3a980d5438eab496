"""CCUSID有効確認: each linked site, business and worker's ID (and 本人確認番号) checked against
CCUS; corrected entries are checked again by the 30-minute job.

A check runs one tenant at a time (`ID_CHECK_TURN`) and never holds a transaction across a call
to CCUS: the rows are read in one short transaction, and each answer is written in its own. So
まとめて確認 pressed again meanwhile, an edit, or the dispatcher never waits for a whole run,
the counts move as the run goes, and a run that dies keeps every answer it had."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.gateway import CcusError, CcusGateway, CcusUnavailable
from api.ccus.owners import entity_repository
from api.ccus.senders.outcomes import mark_entity
from api.ccus.wire import EntityKind
from api.kit.crypto import FieldCipher
from api.kit.verification import unseal
from api.models.ccus_outbox import OutboxKind
from api.models.ccus_status import CcusOperation
from api.webhooks import announce

KINDS = (OutboxKind.site, OutboxKind.business, OutboxKind.worker)
# The advisory-lock name of a tenant's ID checks (ccus.verify_all and ccus.verify_ids).
ID_CHECK_TURN = "ccus.id_checks"

# A short unit of work scoped to the tenant: commits when the block ends.
Units = Callable[[], AbstractAsyncContextManager[AsyncSession]]


@dataclass
class CheckCount:
    checked: int = 0
    valid: int = 0
    deferred: bool = False


async def check_tenant(
    units: Units,
    gateway: CcusGateway,
    cipher: FieldCipher,
    tenant_id: UUID,
    *,
    everything: bool = False,
    limit: int = 500,
) -> CheckCount:
    """Check what changed since its last check (or never was checked); `everything` is
    まとめて確認: every row its request marked, in batches of `limit`, until none is left."""
    count = CheckCount()
    for kind in KINDS:
        after: UUID | None = None
        while True:
            async with units() as session:
                repository = entity_repository(session, kind)
                table = repository.model.__tablename__
                due = await repository.due_for_ccus_check(
                    tenant_id, everything=everything, limit=limit, after=after
                )
            for row in due:
                ok = await check_row(units, gateway, cipher, tenant_id, kind, table, row)
                if ok is None:
                    count.deferred = True
                    return count
                count.checked += 1
                count.valid += ok
            if not everything or len(due) < limit:
                break
            after = due[-1].id
    return count


async def check_row(
    units: Units,
    gateway: CcusGateway,
    cipher: FieldCipher,
    tenant_id: UUID,
    kind: OutboxKind,
    table: str,
    row: Any,
) -> bool | None:
    """One entity's check, written in its own unit of work; None while CCUS is away (the row
    stays due for the next run)."""
    number = None
    if row.secret is not None:
        number = unseal(cipher, row.secret, table=table, tenant_id=tenant_id, row_id=row.id)
    try:
        result = await gateway.verify(EntityKind(kind.value), row.ccus_id, number)
        ok, code, message = result.valid, result.code, result.message
    except CcusUnavailable:
        return None
    except CcusError as error:
        ok = False
        code, message = error.stored()
    async with units() as session:
        await mark_entity(
            session,
            tenant_id,
            kind,
            row.id,
            ok,
            code,
            message,
            unchanged_since=row.updated_at,
            operation=CcusOperation.check,
        )
        if not ok:
            await announce.id_check_failed(session, tenant_id, kind.value, row.id, code)
    return ok


async def check_entity(
    units: Units,
    gateway: CcusGateway,
    cipher: FieldCipher,
    tenant_id: UUID,
    kind: OutboxKind,
    entity_id: UUID,
) -> bool | None:
    """The check a save of a corrected ID asks for (request_entity_check): ○ re-queues what
    waited for the entity; None when it has no CCUS ID any more or CCUS is away."""
    async with units() as session:
        repository = entity_repository(session, kind)
        table = repository.model.__tablename__
        row = await repository.ccus_check_row(tenant_id, entity_id)
    if row is None:
        return None
    return await check_row(units, gateway, cipher, tenant_id, kind, table, row)
