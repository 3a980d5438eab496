"""GET and POST /workers: the list and a new registration."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.ccus.wakeups import recheck_of
from api.db import SessionDep
from api.deps import CipherDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.workers import reading, registration
from api.workers.params import FiltersDep
from api.workers.schemas import WorkerCreate
from api.workers.views import Worker, worker_schema

router = APIRouter(prefix="/workers", tags=["workers"])


@router.get(
    "",
    summary="List workers",
    response_model=ListResource[Worker],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_workers(
    subject: RegistryRead, session: SessionDep, page: PageDep, filters: FiltersDep
) -> ListResource[Worker]:
    """技能者一覧; active workers unless `status` says otherwise."""
    rows, total = await reading.list_workers(session, subject, filters, page)
    return ListResource[Worker](
        items=[worker_schema(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.post(
    "",
    summary="Register a worker",
    status_code=status.HTTP_201_CREATED,
    response_model=Worker,
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def create_worker(
    body: WorkerCreate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
    cipher: CipherDep,
) -> Worker:
    worker = await registration.create_worker(session, subject, settings, cipher, body)
    return worker_schema(worker).model_copy(update={"ccus_recheck": recheck_of(session, worker.id)})
