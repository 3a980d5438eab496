"""Building a worker's rows from a checked state (shared by the API and the import)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any
from uuid import UUID

from api.auth.subject import AuthSubject
from api.kit.crypto import FieldCipher
from api.kit.ids import uuid7
from api.kit.sealed import seal_into
from api.models.worker import Worker, WorkerOccupation, WorkerPhone
from api.workers.audit_state import SECRET
from api.workers.ccus_link import initial_status

_RELATIONS = {"phones", "occupation_ids", SECRET, "business_id"}


def phone_rows(
    tenant_id: UUID, worker_id: UUID | None, numbers: list[str], *, active: bool
) -> list[WorkerPhone]:
    return [
        WorkerPhone(
            tenant_id=tenant_id,
            worker_id=worker_id,
            position=position,
            number=number,
            active=active,
        )
        for position, number in enumerate(numbers, start=1)
    ]


def occupation_rows(
    tenant_id: UUID, worker_id: UUID, occupation_ids: Iterable[UUID]
) -> list[WorkerOccupation]:
    return [
        WorkerOccupation(tenant_id=tenant_id, worker_id=worker_id, occupation_id=occupation_id)
        for occupation_id in occupation_ids
    ]


def qualifications_json(qualifications: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored as JSON: dates as ISO strings."""
    return [
        {
            key: value.isoformat() if isinstance(value, date) else value
            for key, value in item.items()
        }
        for item in qualifications
    ]


def new_worker(subject: AuthSubject, state: dict[str, Any], cipher: FieldCipher) -> Worker:
    """Build a worker from a checked state."""
    worker_id = uuid7()
    fields = {key: value for key, value in state.items() if key not in _RELATIONS}
    fields["qualifications"] = qualifications_json(state.get("qualifications") or [])
    worker = Worker(
        id=worker_id,
        tenant_id=subject.tenant_id,
        business_id=state["business_id"],
        ccus_status=initial_status(state.get("ccus_worker_id")),
        phones=phone_rows(
            subject.tenant_id,
            worker_id,
            state.get("phones") or [],
            active=state.get("retired_on") is None,
        ),
        occupation_links=occupation_rows(
            subject.tenant_id, worker_id, state.get("occupation_ids") or []
        ),
        **fields,
    )
    seal_into(cipher, worker, state.get(SECRET))
    return worker
