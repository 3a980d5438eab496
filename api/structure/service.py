"""施工体制 and 施工体制技能者: staff adjust what attendance built. Every change is recorded as a
structure difference, which the CCUS sender sends for sites in `send` mode."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.businesses.repository import BusinessRepository
from api.ccus.hooks import queue_structure
from api.config import Settings
from api.errors import ValidationFailed, field_error
from api.models.site import Site
from api.models.structure import SiteBusiness, SiteWorker, StructureChange, StructureChangeKind
from api.models.worker import Worker
from api.sites.reading import get_site
from api.structure.errors import (
    SiteWorkerNotFound,
    StructureBusinessExists,
    StructureEntryNotFound,
    StructureHasAttendance,
    StructureHasLower,
)
from api.structure.rules import Placement, check_insurance, check_placement
from api.structure.schemas import SiteWorkerUpdate, StructureEntryCreate, StructureEntryUpdate
from api.structure.site_business_repository import SiteBusinessRepository
from api.structure.site_worker_repository import SiteWorkerRepository
from api.workers.repository import WorkerRepository

_ENTRY_FIELDS = (
    "tier",
    "upper_business_id",
    "display_order",
    "insurance",
    "permit_number",
    "consent",
)
_WORKER_FIELDS = ("occupation_id", "position_code", "is_spot", "insurance")


def _state(row: Any, fields: Sequence[str]) -> dict[str, Any]:
    return {field: getattr(row, field) for field in fields}


async def structure(
    session: AsyncSession, subject: AuthSubject, site_id: UUID
) -> tuple[Site, Sequence[Any]]:
    site = await get_site(session, subject, site_id)
    return site, await SiteBusinessRepository(session).entries(subject.tenant_id, site.id)


async def _placements(
    repository: SiteBusinessRepository, tenant_id: UUID, site_id: UUID
) -> dict[UUID, Placement]:
    return {
        entry.business_id: Placement(entry.business_id, entry.tier, entry.upper_business_id)
        for entry, *_ in await repository.entries(tenant_id, site_id)
    }


async def _check(
    session: AsyncSession,
    subject: AuthSubject,
    site: Site,
    placement: Placement,
    insurance: dict[str, Any],
) -> None:
    repository = SiteBusinessRepository(session)
    others = await _placements(repository, subject.tenant_id, site.id)
    others.pop(placement.business_id, None)
    own_company = await BusinessRepository(session).own_company_id(subject.tenant_id)
    errors = check_placement(placement, others, own_company_id=own_company)
    errors += check_insurance(insurance, await repository.insurance_values(), ("body",))
    if errors:
        raise ValidationFailed(errors=errors)


async def _queue(session: AsyncSession, settings: Settings, site: Site) -> None:
    await queue_structure(session, settings, site.tenant_id, [site.id])


def _change(
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
        changes=audit.diff({}, changes) if kind is StructureChangeKind.added else changes,
    )


async def add_entry(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    data: StructureEntryCreate,
) -> SiteBusiness:
    site = await get_site(session, subject, site_id)
    repository = SiteBusinessRepository(session)
    business = await BusinessRepository(session).get_visible(subject, data.business_id)
    if business is None:
        raise ValidationFailed(
            errors=[field_error(["body", "business_id"], "business.not_found", "No such business")]
        )
    if await repository.entry(subject.tenant_id, site.id, business.id) is not None:
        raise StructureBusinessExists()
    state = data.model_dump(exclude={"business_id"})
    state["upper_business_id"] = data.upper_business_id
    await _check(
        session,
        subject,
        site,
        Placement(business.id, data.tier, data.upper_business_id),
        state["insurance"],
    )
    entry = await repository.add(
        SiteBusiness(tenant_id=subject.tenant_id, site_id=site.id, business_id=business.id, **state)
    )
    repository.record_change(
        _change(site, business.id, StructureChangeKind.added, _state(entry, _ENTRY_FIELDS))
    )
    await _queue(session, settings, site)
    await audit.record(
        session,
        subject,
        "structure.add",
        "site",
        site.id,
        {"business_id": [None, str(business.id)]},
    )
    return entry


async def _entry(
    session: AsyncSession, subject: AuthSubject, site_id: UUID, business_id: UUID
) -> tuple[Site, SiteBusiness]:
    site = await get_site(session, subject, site_id)
    entry = await SiteBusinessRepository(session).entry(subject.tenant_id, site.id, business_id)
    if entry is None:
        raise StructureEntryNotFound()
    return site, entry


async def update_entry(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    business_id: UUID,
    data: StructureEntryUpdate,
) -> SiteBusiness:
    site, entry = await _entry(session, subject, site_id, business_id)
    before = _state(entry, _ENTRY_FIELDS)
    changes = data.model_dump(exclude_unset=True)
    if "upper_business_id" in changes:
        changes["upper_business_id"] = data.upper_business_id
    after = {**before, **changes}
    await _check(
        session,
        subject,
        site,
        Placement(entry.business_id, after["tier"], after["upper_business_id"]),
        after["insurance"] or {},
    )
    for field, value in changes.items():
        setattr(entry, field, value)
    difference = audit.diff(before, after)
    if difference:
        SiteBusinessRepository(session).record_change(
            _change(site, entry.business_id, StructureChangeKind.updated, difference)
        )
        await _queue(session, settings, site)
        await audit.record(
            session,
            subject,
            "structure.update",
            "site",
            site.id,
            {"business_id": str(entry.business_id), **difference},
        )
    await session.flush()
    return entry


async def remove_entry(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    business_id: UUID,
) -> None:
    site, entry = await _entry(session, subject, site_id, business_id)
    repository = SiteBusinessRepository(session)
    if await repository.has_attendance(subject.tenant_id, site.id, business_id):
        raise StructureHasAttendance()
    placements = await _placements(repository, subject.tenant_id, site.id)
    if any(placement.upper_business_id == business_id for placement in placements.values()):
        raise StructureHasLower()
    await session.delete(entry)
    repository.record_change(_change(site, business_id, StructureChangeKind.removed, {}))
    await _queue(session, settings, site)
    await audit.record(
        session,
        subject,
        "structure.remove",
        "site",
        site.id,
        {"business_id": [str(business_id), None]},
    )
    await session.flush()


async def site_workers(
    session: AsyncSession, subject: AuthSubject, site_id: UUID
) -> Sequence[tuple[SiteWorker, Worker, bool]]:
    site = await get_site(session, subject, site_id)
    return await SiteWorkerRepository(session).entries(subject.tenant_id, site.id)


async def update_site_worker(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    worker_id: UUID,
    data: SiteWorkerUpdate,
) -> tuple[SiteWorker, Worker, bool]:
    site = await get_site(session, subject, site_id)
    repository = SiteWorkerRepository(session)
    found = await repository.entry(subject.tenant_id, site.id, worker_id)
    if found is None:
        raise SiteWorkerNotFound()
    site_worker, worker, attended = found
    changes = data.model_dump(exclude_unset=True)
    errors = []
    if "occupation_id" in changes:
        changes["occupation_id"] = data.occupation_id
        if data.occupation_id not in await repository.worker_occupations(subject.tenant_id, worker):
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
    if errors:
        raise ValidationFailed(errors=errors)
    before = _state(site_worker, _WORKER_FIELDS)
    for field, value in changes.items():
        setattr(
            site_worker,
            field,
            value if value is not None or field == "position_code" else getattr(site_worker, field),
        )
    difference = audit.diff(before, _state(site_worker, _WORKER_FIELDS))
    if difference:
        SiteBusinessRepository(session).record_change(
            _change(
                site,
                site_worker.business_id,
                StructureChangeKind.worker_updated,
                difference,
                worker_id=worker.id,
            )
        )
        await _queue(session, settings, site)
        await audit.record(
            session,
            subject,
            "site_worker.update",
            "site",
            site.id,
            {"worker_id": str(worker.id), **difference},
        )
    await session.flush()
    return site_worker, worker, attended
