"""Changing a business."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.businesses.audit_state import SECRET, snapshot
from api.businesses.ccus_link import follow_changes
from api.businesses.lookups import lookups_for
from api.businesses.patch_schema import BusinessUpdate
from api.businesses.reading import get_business
from api.businesses.records import branch_rows
from api.businesses.repository import BusinessRepository
from api.businesses.rules import check_business
from api.ccus.hooks import queue_entity
from api.config import Settings
from api.errors import ValidationFailed
from api.kit.crypto import FieldCipher
from api.kit.sealed import seal_into, secret_of
from api.models.business import Business
from api.models.ccus_outbox import OutboxKind


def _apply(business: Business, changes: dict[str, Any], cipher: FieldCipher) -> None:
    for field, value in changes.items():
        if field == "branch_ids":
            business.branch_links = branch_rows(business.tenant_id, business.id, value)
        elif field == SECRET:
            seal_into(cipher, business, value)
        else:
            setattr(business, field, value)


async def update_business(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    cipher: FieldCipher,
    business_id: UUID,
    data: BusinessUpdate,
) -> Business:
    repository = BusinessRepository(session)
    business = await get_business(session, subject, business_id)
    before = snapshot(business, secret_of(cipher, business))
    changes = data.model_dump(exclude_unset=True)
    state = {**before, **changes}
    lookups = await lookups_for(
        repository,
        subject,
        codes=[state["code"]],
        ccus_ids=[state["ccus_business_id"]],
        except_id=business.id,
    )
    if errors := check_business(state, lookups, settings, business_id=business.id):
        raise ValidationFailed(errors=errors)
    _apply(business, changes, cipher)
    diff = audit.diff(before, snapshot(business, state[SECRET]), secret_fields={SECRET})
    follow_changes(business, state.get("ccus_business_id"), diff)
    await session.flush()
    await audit.record(session, subject, "business.update", "business", business.id, diff)
    if diff:
        await queue_entity(session, settings, OutboxKind.business, business, diff)
    return business
