"""What a change to a site worker must satisfy: an occupation the worker holds, a known
position, known insurance values."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.errors import FieldError, field_error
from api.models.worker import Worker
from api.structure.rules import check_insurance
from api.structure.site_business_repository import SiteBusinessRepository
from api.structure.site_worker_repository import SiteWorkerRepository
from api.workers.repository import WorkerRepository


async def site_worker_errors(
    session: AsyncSession, tenant_id: UUID, worker: Worker, changes: dict[str, Any]
) -> list[FieldError]:
    errors = []
    if "occupation_id" in changes:
        held = await SiteWorkerRepository(session).worker_occupations(tenant_id, worker)
        if changes["occupation_id"] not in held:
            errors.append(
                field_error(
                    ["body", "occupation_id"],
                    "site_worker.occupation_not_held",
                    "Choose one of the worker's occupations",
                )
            )
    if changes.get("position_code") is not None:
        _, positions, _ = await WorkerRepository(session).master_codes()
        if changes["position_code"] not in positions:
            errors.append(
                field_error(["body", "position_code"], "master.unknown_code", "Unknown position")
            )
    if "insurance" in changes:
        known = await SiteBusinessRepository(session).insurance_values()
        errors += check_insurance(changes["insurance"] or {}, known, ("body",))
    return errors
