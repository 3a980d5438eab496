"""Registering and deleting businesses (事業者): the seed's 下請事業者管理 screens."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.businesses.audit_state import SECRET, snapshot
from api.businesses.errors import BusinessHasWorkers
from api.businesses.lookups import lookups_for, unused_code
from api.businesses.reading import get_business
from api.businesses.records import new_business
from api.businesses.repository import BusinessRepository
from api.businesses.rules import check_business
from api.businesses.schemas import BusinessCreate
from api.ccus.hooks import queue_entity
from api.config import Settings
from api.errors import ValidationFailed
from api.kit.crypto import FieldCipher
from api.models.business import Business
from api.models.ccus_outbox import OutboxKind


async def create_business(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    cipher: FieldCipher,
    data: BusinessCreate,
) -> Business:
    repository = BusinessRepository(session)
    state = data.model_dump()
    state["code"] = state["code"] or await unused_code(repository, subject.tenant_id)
    lookups = await lookups_for(
        repository, subject, codes=[state["code"]], ccus_ids=[state["ccus_business_id"]]
    )
    if errors := check_business(state, lookups, settings):
        raise ValidationFailed(errors=errors)
    business = await repository.add(new_business(subject, state, cipher))
    await audit.record(
        session,
        subject,
        "business.create",
        "business",
        business.id,
        audit.diff({}, snapshot(business, state[SECRET]), secret_fields={SECRET}),
    )
    await queue_entity(session, settings, OutboxKind.business, business)
    return business


async def delete_business(session: AsyncSession, subject: AuthSubject, business_id: UUID) -> None:
    business = await get_business(session, subject, business_id)
    if await BusinessRepository(session).worker_count(subject.tenant_id, business.id):
        raise BusinessHasWorkers()
    await session.delete(business)
    await session.flush()
    await audit.record(
        session,
        subject,
        "business.delete",
        "business",
        business.id,
        {"code": [business.code, None]},
    )
