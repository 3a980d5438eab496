"""Structure differences: what a change to a site's structure records for CCUS, and the nudge
that sends them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.ccus.hooks import queue_structure
from api.config import Settings
from api.models.site import Site
from api.models.structure import StructureChange, StructureChangeKind
from api.webhooks import announce

ENTRY_FIELDS = (
    "tier",
    "upper_business_id",
    "display_order",
    "insurance",
    "permit_number",
    "consent",
    "legal_welfare",
    "workers_comp",
)
WORKER_FIELDS = (
    "occupation_id",
    "position_code",
    "is_spot",
    "insurance",
    "special_accident_insurance",
)

_ADDITIONS = (StructureChangeKind.added, StructureChangeKind.worker_added)


def state_of(row: Any, fields: Sequence[str]) -> dict[str, Any]:
    return {field: getattr(row, field) for field in fields}


def change(
    site: Site,
    business_id: UUID,
    kind: StructureChangeKind,
    changes: dict[str, Any],
    worker_id: UUID | None = None,
) -> StructureChange:
    return StructureChange(
        tenant_id=site.tenant_id,
        site_id=site.id,
        business_id=business_id,
        worker_id=worker_id,
        kind=kind,
        changes=audit.diff({}, changes) if kind in _ADDITIONS else changes,
    )


async def queue(session: AsyncSession, settings: Settings, site: Site) -> None:
    await queue_structure(session, settings, site.tenant_id, [site.id])
    await announce.structure_changed(session, site.tenant_id, [site.id])
