"""A site's structure entries and site workers as the API answers them."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.models.business import Business
from api.models.structure import SiteBusiness
from api.models.structure import SiteWorker as SiteWorkerRow
from api.models.worker import Worker
from api.structure import reading
from api.structure.errors import StructureEntryNotFound
from api.structure.schemas import BusinessRef, SiteWorker, StructureEntry, WorkerRef


def entry_schema(
    entry: SiteBusiness, business: Business, worker_count: int, spot_count: int, attended: bool
) -> StructureEntry:
    return StructureEntry.model_validate(
        {
            **{
                field: getattr(entry, field)
                for field in StructureEntry.model_fields
                if hasattr(entry, field)
            },
            "business": BusinessRef.model_validate(business),
            "is_prime": business.is_own_company,
            "worker_count": worker_count,
            "spot_count": spot_count,
            "has_attendance": attended,
        }
    )


def site_worker_schema(
    row: SiteWorkerRow, worker: Worker, attended: bool, phone: str | None
) -> SiteWorker:
    return SiteWorker.model_validate(
        {
            **{
                field: getattr(row, field)
                for field in SiteWorker.model_fields
                if hasattr(row, field)
            },
            "worker": WorkerRef.model_validate(worker),
            "phone": phone,
            "has_attendance": attended,
        }
    )


async def one_entry(
    session: AsyncSession, subject: AuthSubject, site_id: UUID, business_id: UUID
) -> StructureEntry:
    _, entries = await reading.structure(session, subject, site_id)
    for row in entries:
        if row[0].business_id == business_id:
            return entry_schema(*row)
    raise StructureEntryNotFound()
