"""PATCH and DELETE /sites/{site_id}/structure/{business_id}."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from api.auth.deps import RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.sites.errors import SiteNotFound
from api.structure import entry_update, removal
from api.structure.errors import (
    StructureEntryNotFound,
    StructureHasAttendance,
    StructureHasLower,
)
from api.structure.params import SiteID
from api.structure.schemas import (
    StructureEntry,
    StructureEntryUpdate,
)
from api.structure.views import one_entry

router = APIRouter(prefix="/sites/{site_id}", tags=["structure"])


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
    await entry_update.update_entry(session, subject, settings, site_id, business_id, body)
    return await one_entry(session, subject, site_id, business_id)


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
    await removal.remove_entry(session, subject, settings, site_id, business_id)
