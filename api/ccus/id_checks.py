"""CCUSID有効確認: each linked site, business and worker's ID (and 本人確認番号) checked against
CCUS; corrected entries are checked again by the 30-minute job."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.gateway import CcusError, CcusGateway, CcusUnavailable
from api.ccus.senders import mark_entity
from api.ccus.wire import EntityKind
from api.kit.crypto import FieldCipher
from api.kit.verification import unseal

KINDS = (
    (EntityKind.site, "sites", "ccus_site_id", False),
    (EntityKind.business, "businesses", "ccus_business_id", True),
    (EntityKind.worker, "workers", "ccus_worker_id", True),
)


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
    for kind, table, id_column, has_secret in KINDS:
        secret = ", verification_number_encrypted" if has_secret else ""
        due = (
            ""
            if everything
            else "AND (ccus_checked_at IS NULL OR ccus_status IN ('pending', 'failed'))"
        )
        rows = (
            await session.execute(
                text(
                    f"SELECT id, {id_column} AS ccus_id{secret} FROM {table} "
                    f"WHERE tenant_id = :tenant_id AND {id_column} IS NOT NULL {due} "
                    "ORDER BY ccus_checked_at NULLS FIRST, id LIMIT :limit"
                ),
                {"tenant_id": tenant_id, "limit": limit},
            )
        ).mappings()
        for row in rows.all():
            number = None
            if has_secret and row["verification_number_encrypted"] is not None:
                number = unseal(
                    cipher,
                    row["verification_number_encrypted"],
                    table=table,
                    tenant_id=tenant_id,
                    row_id=row["id"],
                )
            try:
                result = await gateway.verify(kind, row["ccus_id"], number)
            except CcusUnavailable:
                count.deferred = True
                return count
            except CcusError as error:
                await mark_entity(
                    session, table, row["id"], False, error.code[:16], error.message[:1000]
                )
                count.checked += 1
                continue
            await mark_entity(session, table, row["id"], result.valid, result.code, result.message)
            count.checked += 1
            count.valid += result.valid
    return count
