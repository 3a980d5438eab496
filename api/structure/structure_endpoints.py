"""GET and POST /sites/{site_id}/structure: a site's 施工体制 and a business added to it."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.sites.errors import SiteNotFound
from api.structure import adding, reading
from api.structure.errors import (
    StructureBusinessExists,
)
from api.structure.params import SiteID
from api.structure.schemas import (
    StructureEntry,
    StructureEntryCreate,
)
from api.structure.views import entry_schema, one_entry

router = APIRouter(prefix="/sites/{site_id}", tags=["structure"])


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
    _, entries = await reading.structure(session, subject, site_id)
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
    entry = await adding.add_entry(session, subject, settings, site_id, body)
    return await one_entry(session, subject, site_id, entry.business_id)
