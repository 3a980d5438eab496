"""Loading what the worker rules need for one request (or one import)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.kit.codes import random_code
from api.kit.japan import business_today
from api.masters.repository import OccupationRepository
from api.workers.repository import WorkerRepository
from api.workers.rules import WorkerLookups


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


async def lookups_for_state(
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
