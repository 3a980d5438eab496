"""Registering workers (技能者): the rules of the seed's 技能者登録 screens."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_entity
from api.config import Settings
from api.errors import ValidationFailed
from api.imports import exports
from api.kit.codes import random_code
from api.kit.crypto import FieldCipher
from api.kit.ids import uuid7
from api.kit.japan import business_today
from api.kit.pagination import PageParams
from api.kit.verification import seal, unseal
from api.masters.repository import OccupationRepository
from api.models.ccus_outbox import OutboxKind
from api.models.ccus_status import CcusStatus
from api.models.worker import Worker, WorkerOccupation, WorkerPhone
from api.workers.errors import WorkerHasHistory, WorkerNotFound
from api.workers.repository import WorkerFilters, WorkerRepository
from api.workers.rules import WorkerLookups, check_worker
from api.workers.schemas import WorkerCreate, WorkerUpdate

# Exports stop here; narrower filters give the rest.
EXPORT_MAX_ROWS = 100_000
TABLE = "workers"
_SECRET = "verification_number"
_RELATIONS = {"phones", "occupation_ids", _SECRET, "business_id"}
_AUDITED = (
    "business_id",
    "code",
    "family_name",
    "given_name",
    "family_kana",
    "given_kana",
    "alias_family",
    "alias_given",
    "phones",
    "email",
    "birth_date",
    "blood_type",
    "rh",
    "kentaikyo_member_number",
    "ccus_worker_id",
    "employment_type_code",
    "primary_occupation_id",
    "occupation_ids",
    "position_code",
    "permission",
    "qualifications",
    "sex",
    "health_check_on",
    "blood_pressure_high",
    "blood_pressure_low",
    "postal_code",
    "prefecture_code",
    "address",
    "hired_on",
    "retired_on",
)
# What CCUS must learn about a worker.
_CCUS_FIELDS = {
    "family_name",
    "given_name",
    "family_kana",
    "given_kana",
    "birth_date",
    "ccus_worker_id",
    "business_id",
    "primary_occupation_id",
    "occupation_ids",
    _SECRET,
}


def _snapshot(worker: Worker, verification_number: str | None) -> dict[str, Any]:
    state: dict[str, Any] = {}
    for field in _AUDITED:
        if field == "phones":
            state[field] = worker.phone_numbers
        elif field == "occupation_ids":
            state[field] = worker.occupation_ids
        else:
            state[field] = getattr(worker, field)
    state[_SECRET] = verification_number
    return state


async def lookups_for(
    session: AsyncSession,
    subject: AuthSubject,
    *,
    business_ids: Sequence[UUID],
    occupation_ids: Sequence[UUID],
    codes: Sequence[str],
    phones: Sequence[str],
    ccus_ids: Sequence[str | None],
    except_id: UUID | None = None,
) -> WorkerLookups:
    repository = WorkerRepository(session)
    employment, positions, prefectures = await repository.master_codes()
    return WorkerLookups(
        business_ids=await repository.visible_business_ids(subject, business_ids),
        employment_type_codes=employment,
        position_codes=positions,
        prefecture_codes=prefectures,
        occupations=await OccupationRepository(session).by_ids(subject.tenant_id, occupation_ids),
        taken_codes=await repository.taken_codes(subject.tenant_id, codes, except_id=except_id),
        taken_phones=await repository.taken_phones(subject.tenant_id, phones, except_id=except_id),
        taken_ccus_ids=await repository.taken_ccus_ids(
            subject.tenant_id, ccus_ids, except_id=except_id
        ),
        today=business_today(),
    )


async def _lookups_for_state(
    session: AsyncSession,
    subject: AuthSubject,
    state: dict[str, Any],
    except_id: UUID | None = None,
) -> WorkerLookups:
    occupation_ids = [state["primary_occupation_id"], *(state.get("occupation_ids") or [])]
    return await lookups_for(
        session,
        subject,
        business_ids=[state["business_id"]],
        occupation_ids=[value for value in occupation_ids if value],
        codes=[state["code"]],
        phones=state.get("phones") or [],
        ccus_ids=[state.get("ccus_worker_id")],
        except_id=except_id,
    )


async def unused_code(repository: WorkerRepository, tenant_id: UUID) -> str:
    while True:
        code = random_code("W")
        if not await repository.taken_codes(tenant_id, [code]):
            return code


def _phone_rows(
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
    """Build a worker from a checked state (shared by the API and the import)."""
    worker_id = uuid7()
    fields = {key: value for key, value in state.items() if key not in _RELATIONS}
    fields["qualifications"] = qualifications_json(state.get("qualifications") or [])
    worker = Worker(
        id=worker_id,
        tenant_id=subject.tenant_id,
        business_id=state["business_id"],
        ccus_status=CcusStatus.pending if state.get("ccus_worker_id") else CcusStatus.not_linked,
        phones=_phone_rows(
            subject.tenant_id,
            worker_id,
            state.get("phones") or [],
            active=state.get("retired_on") is None,
        ),
        occupation_links=[
            WorkerOccupation(
                tenant_id=subject.tenant_id, worker_id=worker_id, occupation_id=occupation_id
            )
            for occupation_id in state.get("occupation_ids") or []
        ],
        **fields,
    )
    if state.get(_SECRET):
        worker.verification_number_encrypted = seal(
            cipher, state[_SECRET], table=TABLE, tenant_id=subject.tenant_id, row_id=worker_id
        )
    return worker


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


async def create_worker(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    cipher: FieldCipher,
    data: WorkerCreate,
) -> Worker:
    repository = WorkerRepository(session)
    state = data.model_dump()
    state["code"] = state["code"] or await unused_code(repository, subject.tenant_id)
    lookups = await _lookups_for_state(session, subject, state)
    if errors := check_worker(state, lookups, settings):
        raise ValidationFailed(errors=errors)
    worker = new_worker(subject, state, cipher)
    await repository.add(worker)
    worker = await get_worker(session, subject, worker.id)
    await audit.record(
        session,
        subject,
        "worker.create",
        "worker",
        worker.id,
        audit.diff({}, _snapshot(worker, state[_SECRET]), secret_fields={_SECRET}),
    )
    await queue_entity(session, settings, OutboxKind.worker, worker)
    return worker


def _current_secret(cipher: FieldCipher, worker: Worker) -> str | None:
    if worker.verification_number_encrypted is None:
        return None
    return unseal(
        cipher,
        worker.verification_number_encrypted,
        table=TABLE,
        tenant_id=worker.tenant_id,
        row_id=worker.id,
    )


async def update_worker(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    cipher: FieldCipher,
    worker_id: UUID,
    data: WorkerUpdate,
) -> Worker:
    worker = await get_worker(session, subject, worker_id)
    before = _snapshot(worker, _current_secret(cipher, worker))
    changes = data.model_dump(exclude_unset=True)
    if changes.get("qualifications") is not None:
        changes["qualifications"] = qualifications_json(changes["qualifications"])
    state = {**before, **changes}
    lookups = await _lookups_for_state(session, subject, state, except_id=worker.id)
    if errors := check_worker(state, lookups, settings):
        raise ValidationFailed(errors=errors)
    for field, value in changes.items():
        if field == "phones":
            worker.phones = _phone_rows(
                worker.tenant_id, worker.id, value, active=state["retired_on"] is None
            )
        elif field == "occupation_ids":
            worker.occupation_links = [
                WorkerOccupation(
                    tenant_id=worker.tenant_id, worker_id=worker.id, occupation_id=occupation_id
                )
                for occupation_id in value
            ]
        elif field == _SECRET:
            worker.verification_number_encrypted = (
                seal(cipher, value, table=TABLE, tenant_id=worker.tenant_id, row_id=worker.id)
                if value
                else None
            )
        else:
            setattr(worker, field, value)
    # Retiring frees the phone numbers for a new registration; the rows stay with the record.
    for phone in worker.phones:
        phone.active = worker.retired_on is None
    diff = audit.diff(before, {**before, **changes}, secret_fields={_SECRET})
    if worker.ccus_worker_id and _CCUS_FIELDS & set(diff):
        worker.ccus_status = CcusStatus.pending
    elif not worker.ccus_worker_id:
        worker.ccus_status = CcusStatus.not_linked
    await session.flush()
    await audit.record(session, subject, "worker.update", "worker", worker.id, diff)
    if diff:
        await queue_entity(session, settings, OutboxKind.worker, worker)
    return await _reloaded(session, subject, worker.id)


async def _reloaded(session: AsyncSession, subject: AuthSubject, worker_id: UUID) -> Worker:
    session.expire_all()
    return await get_worker(session, subject, worker_id)


async def delete_worker(session: AsyncSession, subject: AuthSubject, worker_id: UUID) -> None:
    worker = await get_worker(session, subject, worker_id)
    if await WorkerRepository(session).has_history(subject.tenant_id, worker.id):
        raise WorkerHasHistory()
    await session.delete(worker)
    await session.flush()
    await audit.record(
        session, subject, "worker.delete", "worker", worker.id, {"code": [worker.code, None]}
    )


async def reveal_verification_number(
    session: AsyncSession, subject: AuthSubject, cipher: FieldCipher, worker_id: UUID
) -> str | None:
    worker = await get_worker(session, subject, worker_id)
    await audit.record(
        session, subject, "worker.reveal_verification_number", "worker", worker.id, {}
    )
    return _current_secret(cipher, worker)


async def export_workers(
    session: AsyncSession, subject: AuthSubject, filters: WorkerFilters
) -> list[list[Any]]:
    repository = WorkerRepository(session)
    statement = repository.filtered(subject, filters).limit(EXPORT_MAX_ROWS)
    return await exports.worker_rows(
        session, subject.tenant_id, await repository.get_all(statement)
    )
