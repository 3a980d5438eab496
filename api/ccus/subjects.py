"""A 施工体制 record's エラー対象者一覧 (seed lines 985–1000): every difference CCUS refused in
it (the sandbox's per-record results), or every one it holds back for a missing ID, each with
its business, worker and the worker's first day on the site."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.schemas import FailureSubject, Label
from api.ccus.senders.structure import waiting_for
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.structure.change_repository import StructureChangeRepository


def _subject(change: Any, hold_code: str | None) -> FailureSubject:
    worker = None
    if change.worker_id is not None:
        worker = Label(id=change.worker_id, name=change.worker_name, ccus_id=change.ccus_worker_id)
    return FailureSubject(
        business=Label(
            id=change.business_id, name=change.business_name, ccus_id=change.ccus_business_id
        ),
        worker=worker,
        work_date=change.first_work_date,
        hold_code=hold_code,
        error_code=None if hold_code else change.ccus_error_code,
        error_message=None if hold_code else change.ccus_error_message,
    )


async def structure_subjects(
    session: AsyncSession, tenant_id: UUID, rows: Sequence[Any]
) -> dict[UUID, list[FailureSubject]]:
    """Per outbox row id; two queries for a page, whatever its size."""
    structure = [row.OutboxRow for row in rows if row.OutboxRow.kind == OutboxKind.structure]
    refused = [row.id for row in structure if row.status == OutboxStatus.rejected]
    held = {row.entity_id: row.id for row in structure if row.status == OutboxStatus.held}
    changes = StructureChangeRepository(session)
    found: dict[UUID, list[FailureSubject]] = defaultdict(list)
    for change in await changes.refused_by(tenant_id, refused):
        found[change.outbox_id].append(_subject(change, None))
    for change in await changes.waiting_at(tenant_id, list(held)):
        found[held[change.site_id]].append(_subject(change, waiting_for(change)))
    return found
