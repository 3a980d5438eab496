"""Reading businesses: the list, one business, and the Excel export."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.businesses.errors import BusinessNotFound
from api.businesses.filters import BusinessFilters
from api.businesses.repository import BusinessRepository
from api.imports import exports
from api.kit.downloads import EXPORT_MAX_ROWS
from api.kit.pagination import PageParams
from api.models.business import Business


async def list_businesses(
    session: AsyncSession, subject: AuthSubject, filters: BusinessFilters, page: PageParams
) -> tuple[Sequence[Business], int]:
    repository = BusinessRepository(session)
    return await repository.paginate(repository.filtered(subject, filters), page)


async def get_business(session: AsyncSession, subject: AuthSubject, business_id: UUID) -> Business:
    business = await BusinessRepository(session).get_visible(subject, business_id)
    if business is None:
        raise BusinessNotFound()
    return business


async def export_businesses(
    session: AsyncSession, subject: AuthSubject, filters: BusinessFilters
) -> list[list[Any]]:
    repository = BusinessRepository(session)
    statement = repository.filtered(subject, filters).limit(EXPORT_MAX_ROWS)
    return await exports.business_rows(session, await repository.get_all(statement))
