"""GET, PATCH and DELETE /workers/{worker_id}."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.ccus.wakeups import recheck_of
from api.db import SessionDep
from api.deps import CipherDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.workers import reading, registration, update
from api.workers.errors import WorkerHasHistory, WorkerNotFound
from api.workers.params import WorkerID
from api.workers.patch_schema import WorkerUpdate
from api.workers.views import Worker, worker_schema

router = APIRouter(prefix="/workers", tags=["workers"])


@router.get(
    "/{worker_id}",
    summary="Get a worker",
    response_model=Worker,
    responses=error_responses(*AUTH_ERRORS, WorkerNotFound),
)
async def get_worker(worker_id: WorkerID, subject: RegistryRead, session: SessionDep) -> Worker:
    return worker_schema(await reading.get_worker(session, subject, worker_id))


@router.patch(
    "/{worker_id}",
    summary="Update or retire a worker",
    response_model=Worker,
    responses=error_responses(*AUTH_ERRORS, WorkerNotFound, ValidationFailed),
)
async def update_worker(
    worker_id: WorkerID,
    body: WorkerUpdate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
    cipher: CipherDep,
) -> Worker:
    worker = await update.update_worker(session, subject, settings, cipher, worker_id, body)
    return worker_schema(worker).model_copy(update={"ccus_recheck": recheck_of(session, worker.id)})


@router.delete(
    "/{worker_id}",
    summary="Delete a worker without history",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, WorkerNotFound, WorkerHasHistory),
)
async def delete_worker(worker_id: WorkerID, subject: RegistryWrite, session: SessionDep) -> None:
    """A worker with any history can only be retired."""
    await registration.delete_worker(session, subject, worker_id)
