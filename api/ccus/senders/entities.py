"""Sites, businesses and workers, one call each; a business or worker is checked first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.gateway import CcusError, CcusGateway, CcusUnavailable
from api.ccus.owners import entity_repository
from api.ccus.repositories import Claimed, OutboxRepository
from api.ccus.senders.outcomes import give_up_or_retry, mark_entity
from api.ccus.wire import EntityKind
from api.config import Settings
from api.kit.crypto import FieldCipher
from api.kit.sealed import secret_of
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.models.ccus_status import CcusOperation
from api.models.site import Site
from api.webhooks import announce


async def send_entities(
    session: AsyncSession,
    gateway: CcusGateway,
    settings: Settings,
    cipher: FieldCipher,
    tenant_id: UUID,
    kind: OutboxKind,
    rows: Sequence[Claimed],
) -> None:
    repository = entity_repository(session, kind)
    outbox = OutboxRepository(session)
    entity_kind = EntityKind(kind.value)
    for index, row in enumerate(rows):
        entity = await repository.get_by_id(tenant_id, row.entity_id)
        ccus_id = repository.ccus_id_of(entity) if entity else None
        if entity is None or ccus_id is None:
            # Deleted or unlinked since: nothing left to tell CCUS.
            await outbox.resolve(tenant_id, [row.id], OutboxStatus.cancelled)
            continue
        try:
            # A business or worker is checked (ID + 本人確認番号) before its data goes out: a
            # wrong 本人確認番号 is the most common reason CCUS refuses what follows.
            secret = None if isinstance(entity, Site) else secret_of(cipher, entity)
            if repository.has_ccus_secret():
                check = await gateway.verify(entity_kind, ccus_id, secret)
                if not check.valid:
                    await outbox.resolve(
                        tenant_id, [row.id], OutboxStatus.rejected, check.code, check.message
                    )
                    await mark_entity(
                        session,
                        tenant_id,
                        kind,
                        row.entity_id,
                        False,
                        check.code,
                        check.message,
                        operation=CcusOperation.check,
                    )
                    continue
            result = await gateway.put_entity(
                entity_kind, ccus_id, row.idempotency_key, _entity_data(kind, entity), secret
            )
        except CcusUnavailable as error:
            # CCUS is away: this row and every one not tried yet go back to the queue.
            await give_up_or_retry(session, tenant_id, rows[index:], error, settings)
            return
        except CcusError as error:
            await give_up_or_retry(session, tenant_id, [row], error, settings)
            await mark_entity(
                session,
                tenant_id,
                kind,
                row.entity_id,
                False,
                *error.stored(),
            )
            continue
        ok = result.status == "ok"
        status = OutboxStatus.succeeded if ok else OutboxStatus.rejected
        await outbox.resolve(tenant_id, [row.id], status, result.code, result.message)
        await mark_entity(session, tenant_id, kind, row.entity_id, ok, result.code, result.message)
        await announce.ccus_results(
            session,
            tenant_id,
            kind.value,
            [row.entity_id] if ok else [],
            [] if ok else [(row.entity_id, result.code)],
        )


def site_data(site: Any) -> dict[str, Any]:
    """What CCUS holds of a site, as registered and as updated."""
    return {
        "name": site.name,
        "period_start": site.period_start.isoformat() if site.period_start else None,
        "period_end": site.period_end.isoformat() if site.period_end else None,
        "address": " ".join(part for part in (site.city, site.address) if part) or None,
    }


def _entity_data(kind: OutboxKind, entity: Any) -> dict[str, Any]:
    if kind is OutboxKind.site:
        return site_data(entity)
    if kind is OutboxKind.business:
        return {"name": entity.name, "name_kana": entity.name_kana, "address": entity.address}
    return {
        "name": f"{entity.family_name} {entity.given_name}",
        "name_kana": f"{entity.family_kana} {entity.given_kana}",
        "birth_date": entity.birth_date.isoformat(),
    }
