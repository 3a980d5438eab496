"""Reading work days as staff see them: the list, the export and one day."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.errors import WorkDayNotFound
from api.attendance.repository import Row, WorkDayFilters, WorkDayRepository
from api.auth.subject import AuthSubject
from api.kit.downloads import EXPORT_MAX_ROWS
from api.kit.pagination import PageParams


async def list_work_days(
    session: AsyncSession, subject: AuthSubject, filters: WorkDayFilters, page: PageParams
) -> tuple[Sequence[Row], int, bool]:
    repository = WorkDayRepository(session)
    return await repository.page(repository.filtered(subject, filters), page)


async def export_work_days(
    session: AsyncSession, subject: AuthSubject, filters: WorkDayFilters
) -> Sequence[Row]:
    repository = WorkDayRepository(session)
    return await repository.rows(repository.filtered(subject, filters), EXPORT_MAX_ROWS)


async def get_work_day(session: AsyncSession, subject: AuthSubject, work_day_id: UUID) -> Row:
    row = await WorkDayRepository(session).visible_row(subject, work_day_id)
    if row is None:
        raise WorkDayNotFound()
    return row
