from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from sqlalchemy import or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.repository import TenantScopedRepository
from api.models.import_job import ImportJob, ImportStatus


class ImportJobRepository(TenantScopedRepository[ImportJob]):
    model = ImportJob

    async def stalled(
        self, queued_before: datetime, running_before: datetime
    ) -> Sequence[tuple[UUID, UUID]]:
        """(tenant, import) of every import nobody is working on, across tenants. Only ids are
        readable this way (see the `sweep_lookup` policy), and only inside this transaction."""
        await self.session.execute(text("SELECT set_config('app.sweep', 'on', true)"))
        statement = select(ImportJob.tenant_id, ImportJob.id).where(
            or_(
                (ImportJob.status == ImportStatus.queued) & (ImportJob.updated_at < queued_before),
                (ImportJob.status == ImportStatus.running)
                & (ImportJob.updated_at < running_before),
            )
        )
        rows = (await self.session.execute(statement)).all()
        await self.session.execute(text("SELECT set_config('app.sweep', '', true)"))
        return [(row.tenant_id, row.id) for row in rows]


async def lock_import(session: AsyncSession, tenant_id: UUID, import_id: UUID) -> ImportJob | None:
    statement = (
        select(ImportJob)
        .where(ImportJob.tenant_id == tenant_id, ImportJob.id == import_id)
        .with_for_update(skip_locked=True)
    )
    return (await session.execute(statement)).scalar_one_or_none()
