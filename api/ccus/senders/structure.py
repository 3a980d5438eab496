"""施工体制: a site's unsent structure differences, in order, in one call."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.catalogue import local_message
from api.ccus.gateway import CcusError, CcusGateway
from api.ccus.holds import STRUCTURE_RULES, STRUCTURE_SITE_NOT_LINKED
from api.ccus.repositories import Claimed, OutboxRepository
from api.ccus.senders.outcomes import give_up_or_retry
from api.ccus.wire import StructureDifference
from api.config import Settings
from api.models.ccus_outbox import OutboxStatus
from api.models.site import StructureMode
from api.sites.repository import SiteRepository
from api.structure.change_repository import StructureChangeRepository

_ACTIONS = {
    "added": "upsert_business",
    "updated": "upsert_business",
    "removed": "remove_business",
    "worker_added": "upsert_worker",
    "worker_updated": "upsert_worker",
    "worker_removed": "remove_worker",
}


async def send_structure(
    session: AsyncSession, gateway: CcusGateway, settings: Settings, tenant_id: UUID, row: Claimed
) -> None:
    outbox = OutboxRepository(session)
    site = await SiteRepository(session).get_by_id(tenant_id, row.entity_id)
    if site is None or site.structure_mode is not StructureMode.send:
        await outbox.resolve(tenant_id, [row.id], OutboxStatus.cancelled)
        return
    if site.ccus_site_id is None:
        code = STRUCTURE_SITE_NOT_LINKED
        await _resolve(outbox, tenant_id, row, OutboxStatus.not_applicable, code)
        return
    structure = StructureChangeRepository(session)
    differences = []
    changes: dict[str, Any] = {}
    waiting: tuple[str, Any] | None = None
    for change in await structure.unsent(tenant_id, row.entity_id):
        missing = waiting_for(change)
        if missing:
            # Not in CCUS yet, and CCUS would refuse it: the difference waits until the ID is
            # registered and checks ○ (requeue_for_fix).
            waiting = waiting or (missing, change)
            continue
        # A change's own key, not its outbox row's: a row in flight whose answer was lost can
        # be replaced by a newer one (the site changed again), which sends every unconfirmed
        # change again — CCUS must recognise those as already applied.
        key = f"structure:{change.id}" + (f":{change.resends}" if change.resends else "")
        changes[key] = change
        differences.append(
            StructureDifference(
                key=key,
                action=_ACTIONS[change.kind],
                business_id=change.ccus_business_id,
                tier=change.tier,
                upper_business_id=change.upper_ccus_id,
                worker_id=change.ccus_worker_id if change.kind.startswith("worker") else None,
                occupation_code=change.occupation_code,
                position_code=change.position_code,
            )
        )
    if not differences:
        if waiting:
            await _hold(outbox, tenant_id, row, *waiting)
        else:
            await outbox.resolve(tenant_id, [row.id], OutboxStatus.succeeded)
        return
    try:
        results = await gateway.post_structure(site.ccus_site_id, differences)
    except CcusError as error:
        await give_up_or_retry(session, tenant_id, [row], error, settings)
        return
    failed = [result for result in results if result.status != "ok"]
    for difference, result in zip(differences, results, strict=False):
        change_id = UUID(difference.key.split(":")[1])
        await structure.mark_sent(tenant_id, change_id, result.code, result.message, row.id)
    if failed:
        first = failed[0]
        # Whose the refused difference is (the row itself names its site only): the worker
        # when CCUS named one.
        refused = changes[first.key]
        await outbox.name_subject(
            tenant_id, row.id, refused.business_id, refused.worker_id if first.worker_id else None
        )
        await outbox.resolve(tenant_id, [row.id], OutboxStatus.rejected, first.code, first.message)
    elif waiting:
        await _hold(outbox, tenant_id, row, *waiting)
    else:
        await outbox.resolve(tenant_id, [row.id], OutboxStatus.succeeded)


async def _resolve(
    outbox: OutboxRepository, tenant_id: UUID, row: Claimed, status: OutboxStatus, code: str
) -> None:
    await outbox.resolve(tenant_id, [row.id], status, code, local_message(code))


async def _hold(
    outbox: OutboxRepository, tenant_id: UUID, row: Claimed, code: str, change: Any
) -> None:
    """Held for the first difference that waits for an ID, named by its business and worker."""
    worker_id = change.worker_id if change.kind.startswith("worker") else None
    await outbox.name_subject(tenant_id, row.id, change.business_id, worker_id)
    await outbox.hold(tenant_id, row.id, code, local_message(code))


def waiting_for(change: Any) -> str | None:
    """The hold code of the ID a difference lacks (a business's, or a worker difference's
    worker's), or None when it can go."""
    for rule in STRUCTURE_RULES:
        if rule.missing == "business" and change.ccus_business_id is None:
            return rule.code
        if (
            rule.missing == "worker"
            and change.kind.startswith("worker")
            and not change.ccus_worker_id
        ):
            return rule.code
    return None
