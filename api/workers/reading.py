"""Reading workers: the list, one worker, and the Excel export."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.imports import exports
from api.kit.downloads import EXPORT_MAX_ROWS
from api.kit.pagination import PageParams
from api.models.worker import Worker
from api.workers.errors import WorkerNotFound
from api.workers.filters import WorkerFilters
from api.workers.repository import WorkerRepository


async def list_workers(
    session: AsyncSession, subject: AuthSubject, filters: WorkerFilters, page: PageParams
) -> tuple[Sequence[Worker], int]:
    repository = WorkerRepository(session)
    return await repository.paginate(repository.filtered(subject, filters), page)


async def get_worker(session: AsyncSession, subject: AuthSubject, worker_id: UUID) -> Worker:
    worker = await WorkerRepository(session).get_visible(subject, worker_id)
    if worker is None:
        raise WorkerNotFound()
    return worker


async def export_workers(
    session: AsyncSession, subject: AuthSubject, filters: WorkerFilters
) -> list[list[Any]]:
    repository = WorkerRepository(session)
    statement = repository.filtered(subject, filters).limit(EXPORT_MAX_ROWS)
    return await exports.worker_rows(
        session, subject.tenant_id, await repository.get_all(statement)
    )
