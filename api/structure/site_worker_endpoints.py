"""/sites/{site_id}/workers: a site's workers (施工体制技能者) listed, added, changed, removed."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.sites.errors import SiteNotFound
from api.structure import reading, site_worker_adding, site_worker_removal, site_worker_update
from api.structure.errors import SiteWorkerExists, SiteWorkerHasHistory, SiteWorkerNotFound
from api.structure.params import SiteID
from api.structure.schemas import SiteWorker, SiteWorkerCreate, SiteWorkerUpdate
from api.structure.views import site_worker_schema

router = APIRouter(prefix="/sites/{site_id}", tags=["structure"])


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
        site_worker_schema(*row) for row in await reading.site_workers(session, subject, site_id)
    ]


@router.post(
    "/workers",
    summary="Add a worker to a site's workers by hand (技能者追加)",
    status_code=status.HTTP_201_CREATED,
    response_model=SiteWorker,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, ValidationFailed, SiteWorkerExists),
)
async def add_site_worker(
    site_id: SiteID,
    body: SiteWorkerCreate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
) -> SiteWorker:
    """The worker's business must be on the site's structure; a retired worker is refused.
    The addition is a structure difference for CCUS."""
    return site_worker_schema(
        *await site_worker_adding.add_site_worker(session, subject, settings, site_id, body)
    )


@router.patch(
    "/workers/{worker_id}",
    summary="Change a site worker's occupation, position, spot flag or insurance",
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
        *await site_worker_update.update_site_worker(
            session, subject, settings, site_id, worker_id, body
        )
    )


@router.delete(
    "/workers/{worker_id}",
    summary="Remove a worker from a site's workers (削除)",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, SiteWorkerNotFound, SiteWorkerHasHistory),
)
async def remove_site_worker(
    site_id: SiteID,
    worker_id: UUID,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
) -> None:
    """Refused while the worker has attendance on the site (入退場有無: 有)."""
    await site_worker_removal.remove_site_worker(session, subject, settings, site_id, worker_id)
