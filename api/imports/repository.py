from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.normalize import nfkc
from api.kit.repository import TenantScopedRepository
from api.models.branch import Branch
from api.models.business import Business
from api.models.import_job import ImportJob, ImportStatus
from api.models.worker import Worker, WorkerPhone


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

    async def set_state(self, tenant_id: UUID, import_id: UUID, **values: Any) -> None:
        """Progress or outcome of a running import, written past the ORM (no load first)."""
        await self.session.execute(
            update(ImportJob)
            .where(ImportJob.tenant_id == tenant_id, ImportJob.id == import_id)
            .values(**values, updated_at=datetime.now(UTC))
        )

    async def reuse_plans_in_this_transaction(self) -> None:
        """Plain inserts have no plan to get wrong: let their batches reuse one (api/db.py says
        why connections otherwise plan every statement anew)."""
        await self.session.execute(text("SET LOCAL plan_cache_mode = auto"))


class ImportLookupRepository:
    """What a sheet is checked against and exported with: master names, branches, the codes and
    IDs already taken. Reads only; each table stays its owner's to write."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def master_names(self, model: type, key: str = "code") -> list[tuple[str, str]]:
        """(code, name) of a master table shared by every tenant."""
        statement = select(getattr(model, key), model.name)  # type: ignore[attr-defined]
        return [(row[0], row[1]) for row in (await self.session.execute(statement)).all()]

    async def branches(self, ids: Sequence[UUID] | set[UUID]) -> Sequence[Branch]:
        statement = select(Branch).where(Branch.id.in_(ids))
        return (await self.session.execute(statement)).scalars().all()

    async def branch_codes(self, tenant_ids: set[UUID]) -> dict[UUID, str]:
        statement = select(Branch.id, Branch.code).where(Branch.tenant_id.in_(tenant_ids))
        return {row[0]: row[1] for row in (await self.session.execute(statement)).all()}

    async def business_codes(self, statement: Any) -> dict[str, UUID]:
        """Normalised code → id of the businesses `statement` (a visibility query) selects."""
        return {
            nfkc(business.code): business.id
            for business in (await self.session.execute(statement)).scalars()
        }

    async def taken_business_keys(self, tenant_id: UUID) -> tuple[set[str], set[str]]:
        """Codes and CCUS 事業者ID the tenant's businesses already use."""
        rows = await self.session.execute(
            select(Business.code, Business.ccus_business_id).where(Business.tenant_id == tenant_id)
        )
        codes: set[str] = set()
        ccus_ids: set[str] = set()
        for code, ccus_id in rows.all():
            codes.add(code)
            if ccus_id:
                ccus_ids.add(ccus_id)
        return codes, ccus_ids

    async def taken_worker_keys(self, tenant_id: UUID) -> tuple[set[str], set[str], set[str]]:
        """Codes, active phone numbers and active workers' CCUS 技能者ID already in use."""
        codes = select(Worker.code).where(Worker.tenant_id == tenant_id)
        phones = select(WorkerPhone.number).where(
            WorkerPhone.tenant_id == tenant_id, WorkerPhone.active
        )
        ccus_ids = select(Worker.ccus_worker_id).where(
            Worker.tenant_id == tenant_id,
            Worker.retired_on.is_(None),
            Worker.ccus_worker_id.is_not(None),
        )
        return (
            set((await self.session.execute(codes)).scalars()),
            set((await self.session.execute(phones)).scalars()),
            {value for value in (await self.session.execute(ccus_ids)).scalars() if value},
        )


async def lock_import(session: AsyncSession, tenant_id: UUID, import_id: UUID) -> ImportJob | None:
    statement = (
        select(ImportJob)
        .where(ImportJob.tenant_id == tenant_id, ImportJob.id == import_id)
        .with_for_update(skip_locked=True)
    )
    return (await session.execute(statement)).scalar_one_or_none()
