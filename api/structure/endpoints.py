from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.models.business import Business
from api.models.structure import SiteBusiness
from api.models.structure import SiteWorker as SiteWorkerRow
from api.models.worker import Worker
from api.sites.errors import SiteNotFound
from api.structure import service
from api.structure.errors import (
    SiteWorkerNotFound,
    StructureBusinessExists,
    StructureEntryNotFound,
    StructureHasAttendance,
    StructureHasLower,
)
from api.structure.schemas import (
    BusinessRef,
    SiteWorker,
    SiteWorkerUpdate,
    StructureEntry,
    StructureEntryCreate,
    StructureEntryUpdate,
    WorkerRef,
)

router = APIRouter(prefix="/sites/{site_id}", tags=["structure"])

SiteID = Annotated[UUID, Path(description="Site id.")]


def entry_schema(
    entry: SiteBusiness, business: Business, worker_count: int, attended: bool
) -> StructureEntry:
    return StructureEntry.model_validate(
        {
            **{
                field: getattr(entry, field)
                for field in StructureEntry.model_fields
                if hasattr(entry, field)
            },
            "business": BusinessRef.model_validate(business),
            "worker_count": worker_count,
            "has_attendance": attended,
        }
    )


def site_worker_schema(row: SiteWorkerRow, worker: Worker, attended: bool) -> SiteWorker:
    return SiteWorker.model_validate(
        {
            **{
                field: getattr(row, field)
                for field in SiteWorker.model_fields
                if hasattr(row, field)
            },
            "worker": WorkerRef.model_validate(worker),
            "has_attendance": attended,
        }
    )


async def _one(session: Any, subject: Any, site_id: UUID, business_id: UUID) -> StructureEntry:
    _, entries = await service.structure(session, subject, site_id)
    for entry, business, count, attended in entries:
        if entry.business_id == business_id:
            return entry_schema(entry, business, count, attended)
    raise StructureEntryNotFound()


@router.get(
    "/structure",
    summary="Get a site's structure (施工体制)",
    response_model=list[StructureEntry],
    responses=error_responses(*AUTH_ERRORS, SiteNotFound),
)
async def get_site_structure(
    site_id: SiteID, subject: RegistryRead, session: SessionDep
) -> list[StructureEntry]:
    """Ordered by tier, then display order: build the tree from `upper_business_id`."""
    _, entries = await service.structure(session, subject, site_id)
    return [entry_schema(*row) for row in entries]


@router.post(
    "/structure",
    summary="Add a business to a site's structure",
    status_code=status.HTTP_201_CREATED,
    response_model=StructureEntry,
    responses=error_responses(
        *AUTH_ERRORS, SiteNotFound, ValidationFailed, StructureBusinessExists
    ),
)
async def add_structure_entry(
    site_id: SiteID,
    body: StructureEntryCreate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
) -> StructureEntry:
    entry = await service.add_entry(session, subject, settings, site_id, body)
    return await _one(session, subject, site_id, entry.business_id)


@router.patch(
    "/structure/{business_id}",
    summary="Change a business's place in a site's structure (回数変更)",
    response_model=StructureEntry,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, StructureEntryNotFound, ValidationFailed),
)
async def update_structure_entry(
    site_id: SiteID,
    business_id: UUID,
    body: StructureEntryUpdate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
) -> StructureEntry:
    """A business's upper business must sit exactly one tier above it."""
    await service.update_entry(session, subject, settings, site_id, business_id, body)
    return await _one(session, subject, site_id, business_id)


@router.delete(
    "/structure/{business_id}",
    summary="Remove a business from a site's structure",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(
        *AUTH_ERRORS,
        SiteNotFound,
        StructureEntryNotFound,
        StructureHasAttendance,
        StructureHasLower,
    ),
)
async def remove_structure_entry(
    site_id: SiteID,
    business_id: UUID,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
) -> None:
    await service.remove_entry(session, subject, settings, site_id, business_id)


@router.get(
    "/workers",
    summary="List a site's workers (施工体制技能者)",
    response_model=list[SiteWorker],
    responses=error_responses(*AUTH_ERRORS, SiteNotFound),
)
async def list_site_workers(
    site_id: SiteID, subject: RegistryRead, session: SessionDep
) -> list[SiteWorker]:
    return [
        site_worker_schema(*row) for row in await service.site_workers(session, subject, site_id)
    ]


@router.patch(
    "/workers/{worker_id}",
    summary="Change a site worker's occupation, position or flags",
    response_model=SiteWorker,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, SiteWorkerNotFound, ValidationFailed),
)
async def update_site_worker(
    site_id: SiteID,
    worker_id: UUID,
    body: SiteWorkerUpdate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
) -> SiteWorker:
    """The occupation may only be one the worker holds (代表職種 or a further one)."""
    return site_worker_schema(
        *await service.update_site_worker(session, subject, settings, site_id, worker_id, body)
    )
