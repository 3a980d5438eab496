"""Checks of what staff enter about a worker: the worker is theirs to see, the occupation is one
the worker holds, the position is a known code."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.errors import FieldError, ValidationFailed, field_error
from api.models.worker import Worker
from api.structure.site_worker_repository import SiteWorkerRepository
from api.workers.repository import WorkerRepository


async def visible_worker(
    session: AsyncSession, subject: AuthSubject, worker_id: UUID, loc: list[str | int]
) -> Worker:
    worker = await WorkerRepository(session).get_visible(subject, worker_id)
    if worker is None:
        raise ValidationFailed(
            errors=[field_error([*loc, "worker_id"], "worker.not_found", "No such worker")]
        )
    return worker


async def choice_errors(
    session: AsyncSession,
    tenant_id: UUID,
    worker: Worker,
    occupation_id: UUID | None,
    position_code: str | None,
    loc: list[str | int],
) -> list[FieldError]:
    errors: list[FieldError] = []
    if occupation_id is not None:
        held = await SiteWorkerRepository(session).worker_occupations(tenant_id, worker)
        if occupation_id not in held:
            errors.append(
                field_error(
                    [*loc, "occupation_id"],
                    "site_worker.occupation_not_held",
                    "Choose one of the worker's occupations",
                )
            )
    if position_code is not None:
        _, positions, _ = await WorkerRepository(session).master_codes()
        if position_code not in positions:
            errors.append(
                field_error([*loc, "position_code"], "master.unknown_code", "Unknown position")
            )
    return errors
