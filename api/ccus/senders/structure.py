"""施工体制: a site's unsent structure differences, in order, in one call."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.catalogue import local_message
from api.ccus.gateway import CcusError, CcusGateway
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
        code = "GENB0001E"
        await outbox.resolve(tenant_id, [row.id], OutboxStatus.failed, code, local_message(code))
        return
    structure = StructureChangeRepository(session)
    differences = []
    for change in await structure.unsent(tenant_id, row.entity_id):
        if change.ccus_business_id is None or (
            change.kind.startswith("worker") and change.ccus_worker_id is None
        ):
            # Not in CCUS yet: the difference waits until the ID is registered.
            continue
        differences.append(
            StructureDifference(
                # A change's own key, not its outbox row's: a row in flight whose answer was
                # lost can be replaced by a newer one (the site changed again), which sends every
                # unconfirmed change again — CCUS must recognise those as already applied.
                key=f"structure:{change.id}",
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
        await outbox.resolve(tenant_id, [row.id], OutboxStatus.succeeded)
        return
    try:
        results = await gateway.post_structure(site.ccus_site_id, differences)
    except CcusError as error:
        await give_up_or_retry(session, tenant_id, [row], error, settings)
        return
    failed = [result for result in results if result.status != "ok"]
    for difference, result in zip(differences, results, strict=False):
        change_id = UUID(difference.key.split(":", 1)[1])
        await structure.mark_sent(tenant_id, change_id, result.code, result.message)
    first = failed[0] if failed else None
    await outbox.resolve(
        tenant_id,
        [row.id],
        OutboxStatus.failed if first else OutboxStatus.succeeded,
        first.code if first else None,
        first.message if first else None,
    )
