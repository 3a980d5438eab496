"""現場担当者: who can be in charge, and who is in charge of one site."""

from __future__ import annotations

from fastapi import APIRouter

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.errors import ValidationFailed, error_responses
from api.sites import staff
from api.sites.errors import SiteNotFound
from api.sites.params import SiteID
from api.sites.staff_schemas import SiteStaffUpdate, StaffMember

router = APIRouter(prefix="/sites", tags=["sites"])


@router.get(
    "/staff-options",
    summary="List users who can be in charge of sites",
    response_model=list[StaffMember],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_staff_options(subject: RegistryRead, session: SessionDep) -> list[StaffMember]:
    """Active users of the tenant, for 現場担当者 and the list's 担当者 filter."""
    return await staff.candidates(session, subject)


@router.get(
    "/{site_id}/staff",
    summary="List a site's staff in charge",
    response_model=list[StaffMember],
    responses=error_responses(*AUTH_ERRORS, SiteNotFound),
)
async def get_site_staff(
    site_id: SiteID, subject: RegistryRead, session: SessionDep
) -> list[StaffMember]:
    return await staff.site_staff(session, subject, site_id)


@router.put(
    "/{site_id}/staff",
    summary="Set a site's staff in charge",
    response_model=list[StaffMember],
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, ValidationFailed),
)
async def set_site_staff(
    site_id: SiteID, body: SiteStaffUpdate, subject: RegistryWrite, session: SessionDep
) -> list[StaffMember]:
    """The list replaces the old one; an empty list leaves the site without anyone in charge."""
    return await staff.set_site_staff(session, subject, site_id, body.user_ids)
