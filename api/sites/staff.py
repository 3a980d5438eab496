"""現場担当者: assigning users of the tenant to a site."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.errors import ValidationFailed, field_error
from api.sites.reading import get_site
from api.sites.staff_repository import SiteStaffRepository
from api.sites.staff_schemas import StaffMember


async def candidates(session: AsyncSession, subject: AuthSubject) -> list[StaffMember]:
    rows = await SiteStaffRepository(session).candidates(subject.tenant_id)
    return [StaffMember(id=row[0], name=row[1]) for row in rows]


async def site_staff(
    session: AsyncSession, subject: AuthSubject, site_id: UUID
) -> list[StaffMember]:
    await get_site(session, subject, site_id)
    rows = await SiteStaffRepository(session).of_site(subject.tenant_id, site_id)
    return [StaffMember(id=row[0], name=row[1]) for row in rows]


async def set_site_staff(
    session: AsyncSession, subject: AuthSubject, site_id: UUID, user_ids: list[UUID]
) -> list[StaffMember]:
    """Only active users of the tenant; each at most once."""
    await get_site(session, subject, site_id)
    repository = SiteStaffRepository(session)
    active = {row[0] for row in await repository.candidates(subject.tenant_id)}
    errors = []
    for index, user_id in enumerate(user_ids):
        if user_id not in active:
            errors.append(
                field_error(("body", "user_ids", index), "user.not_found", "no such active user")
            )
        elif user_id in user_ids[:index]:
            errors.append(
                field_error(("body", "user_ids", index), "user.duplicate", "listed twice")
            )
    if errors:
        raise ValidationFailed(errors=errors)
    await repository.replace(subject.tenant_id, site_id, user_ids)
    return await site_staff(session, subject, site_id)
