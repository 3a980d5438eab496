"""POST /workers/{worker_id}/verification-number/reveal."""

from __future__ import annotations

from fastapi import APIRouter

from api.auth.deps import SecretsReveal
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import CipherDep
from api.errors import error_responses
from api.kit.sealed import RevealedVerificationNumber, reveal
from api.workers.errors import WorkerNotFound
from api.workers.params import WorkerID
from api.workers.reading import get_worker

router = APIRouter(prefix="/workers", tags=["workers"])


@router.post(
    "/{worker_id}/verification-number/reveal",
    summary="Reveal a worker's 本人確認番号",
    response_model=RevealedVerificationNumber,
    responses=error_responses(*AUTH_ERRORS, WorkerNotFound),
)
async def reveal_worker_verification_number(
    worker_id: WorkerID, subject: SecretsReveal, session: SessionDep, cipher: CipherDep
) -> RevealedVerificationNumber:
    """Administrators only; every reveal is written to the audit log."""
    worker = await get_worker(session, subject, worker_id)
    value = await reveal(session, subject, cipher, worker, "worker")
    return RevealedVerificationNumber(verification_number=value)
