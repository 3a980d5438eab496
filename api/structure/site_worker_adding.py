"""技能者追加: a worker of a business on the site's structure, added to its site workers by hand."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.config import Settings
from api.errors import ValidationFailed, field_error
from api.models.structure import SiteWorker, StructureChangeKind
from api.models.worker import Worker
from api.sites.reading import get_site
from api.structure.differences import WORKER_FIELDS, change, queue, state_of
from api.structure.errors import SiteWorkerExists
from api.structure.schemas import SiteWorkerCreate
from api.structure.site_business_repository import SiteBusinessRepository
from api.structure.site_worker_checks import site_worker_errors
from api.structure.site_worker_repository import SiteWorkerRepository, SiteWorkerRow
from api.workers.repository import WorkerRepository


def _worker_error(code: str, message: str) -> ValidationFailed:
    return ValidationFailed(errors=[field_error(["body", "worker_id"], code, message)])


async def _addable_worker(
    session: AsyncSession, subject: AuthSubject, site_id: UUID, worker_id: UUID
) -> Worker:
    worker = await WorkerRepository(session).get_visible(subject, worker_id)
    if worker is None:
        raise _worker_error("worker.not_found", "No such worker")
    if worker.retired_on is not None:
        raise _worker_error("site_worker.worker_retired", "A retired worker cannot be added")
    structure = SiteBusinessRepository(session)
    if await structure.entry(subject.tenant_id, site_id, worker.business_id) is None:
        raise _worker_error(
            "site_worker.business_not_on_site", "Add the worker's business to the structure first"
        )
    return worker


async def add_site_worker(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    data: SiteWorkerCreate,
) -> SiteWorkerRow:
    site = await get_site(session, subject, site_id)
    worker = await _addable_worker(session, subject, site.id, data.worker_id)
    repository = SiteWorkerRepository(session)
    if await repository.entry(subject.tenant_id, site.id, worker.id) is not None:
        raise SiteWorkerExists()
    state = data.model_dump(exclude={"worker_id"})
    state["occupation_id"] = data.occupation_id or worker.primary_occupation_id
    if "position_code" not in data.model_fields_set:
        state["position_code"] = worker.position_code
    checked = {key: state[key] for key in ("occupation_id", "position_code", "insurance")}
    if errors := await site_worker_errors(session, subject.tenant_id, worker, checked):
        raise ValidationFailed(errors=errors)
    site_worker = await repository.add(
        SiteWorker(
            tenant_id=subject.tenant_id,
            site_id=site.id,
            worker_id=worker.id,
            business_id=worker.business_id,
            **state,
        )
    )
    SiteBusinessRepository(session).record_change(
        change(
            site,
            worker.business_id,
            StructureChangeKind.worker_added,
            state_of(site_worker, WORKER_FIELDS),
            worker_id=worker.id,
        )
    )
    await queue(session, settings, site)
    await audit.record(
        session, subject, "site_worker.add", "site", site.id, {"worker_id": [None, str(worker.id)]}
    )
    found = await repository.entry(subject.tenant_id, site.id, worker.id)
    assert found is not None
    return found
