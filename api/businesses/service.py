"""Registering businesses (事業者): the rules of the seed's 下請事業者管理 screens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.businesses.errors import BusinessHasWorkers, BusinessNotFound
from api.businesses.repository import BusinessFilters, BusinessRepository
from api.businesses.rules import BusinessLookups, check_business
from api.businesses.schemas import BusinessCreate, BusinessUpdate
from api.ccus.hooks import queue_entity
from api.config import Settings
from api.errors import ValidationFailed
from api.imports import exports
from api.kit.codes import random_code
from api.kit.crypto import FieldCipher
from api.kit.ids import uuid7
from api.kit.pagination import PageParams
from api.kit.verification import seal, unseal
from api.models.business import Business, BusinessBranch
from api.models.ccus_outbox import OutboxKind
from api.models.ccus_status import CcusStatus

# Exports stop here; narrower filters give the rest.
EXPORT_MAX_ROWS = 100_000
TABLE = "businesses"
_AUDITED = (
    "code",
    "name",
    "name_kana",
    "branch_ids",
    "phone",
    "email",
    "postal_code",
    "prefecture_code",
    "address",
    "fax",
    "representative_name",
    "office_name",
    "kentaikyo_contract_number",
    "ccus_business_id",
    "is_own_company",
)
# Changes to these are what CCUS must learn about a business.
_CCUS_FIELDS = {
    "name",
    "name_kana",
    "phone",
    "postal_code",
    "prefecture_code",
    "address",
    "ccus_business_id",
}


def _snapshot(business: Business, verification_number: str | None = None) -> dict[str, Any]:
    state = {field: getattr(business, field) for field in _AUDITED}
    state["verification_number"] = verification_number
    return state


async def unused_code(repository: BusinessRepository, tenant_id: UUID) -> str:
    while True:
        code = random_code("B")
        if not await repository.taken_codes(tenant_id, [code]):
            return code


async def lookups_for(
    repository: BusinessRepository,
    subject: AuthSubject,
    *,
    codes: Sequence[str],
    ccus_ids: Sequence[str | None],
    except_id: UUID | None = None,
) -> BusinessLookups:
    return BusinessLookups(
        assignable_branch_ids=await repository.assignable_branch_ids(subject),
        prefecture_codes=await repository.prefecture_codes(),
        taken_codes=await repository.taken_codes(subject.tenant_id, codes, except_id=except_id),
        taken_ccus_ids=await repository.taken_ccus_ids(
            subject.tenant_id, [value for value in ccus_ids if value], except_id=except_id
        ),
        own_company_id=await repository.own_company_id(subject.tenant_id),
    )


def new_business(subject: AuthSubject, state: dict[str, Any], cipher: FieldCipher) -> Business:
    """Build a business from a checked state (shared by the API and the import)."""
    business_id = uuid7()
    fields = {
        key: value
        for key, value in state.items()
        if key not in {"branch_ids", "verification_number"}
    }
    business = Business(
        id=business_id,
        tenant_id=subject.tenant_id,
        ccus_status=CcusStatus.pending if state.get("ccus_business_id") else CcusStatus.not_linked,
        branch_links=[
            BusinessBranch(tenant_id=subject.tenant_id, branch_id=branch_id)
            for branch_id in dict.fromkeys(state["branch_ids"])
        ],
        **fields,
    )
    if state.get("verification_number"):
        business.verification_number_encrypted = seal(
            cipher,
            state["verification_number"],
            table=TABLE,
            tenant_id=subject.tenant_id,
            row_id=business_id,
        )
    return business


async def list_businesses(
    session: AsyncSession, subject: AuthSubject, filters: BusinessFilters, page: PageParams
) -> tuple[Sequence[Business], int]:
    repository = BusinessRepository(session)
    return await repository.paginate(repository.filtered(subject, filters), page)


async def get_business(session: AsyncSession, subject: AuthSubject, business_id: UUID) -> Business:
    business = await BusinessRepository(session).get_visible(subject, business_id)
    if business is None:
        raise BusinessNotFound()
    return business


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
        audit.diff(
            {},
            _snapshot(business, state["verification_number"]),
            secret_fields={"verification_number"},
        ),
    )
    await queue_entity(session, settings, OutboxKind.business, business)
    return business


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
    current_secret = (
        unseal(
            cipher,
            business.verification_number_encrypted,
            table=TABLE,
            tenant_id=business.tenant_id,
            row_id=business.id,
        )
        if business.verification_number_encrypted
        else None
    )
    before = _snapshot(business, current_secret)
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
    for field, value in changes.items():
        if field == "branch_ids":
            business.branch_links = [
                BusinessBranch(
                    tenant_id=business.tenant_id, business_id=business.id, branch_id=branch_id
                )
                for branch_id in dict.fromkeys(value)
            ]
        elif field == "verification_number":
            business.verification_number_encrypted = (
                seal(cipher, value, table=TABLE, tenant_id=business.tenant_id, row_id=business.id)
                if value
                else None
            )
        else:
            setattr(business, field, value)
    after = _snapshot(business, state["verification_number"])
    diff = audit.diff(before, after, secret_fields={"verification_number"})
    if state.get("ccus_business_id") and (_CCUS_FIELDS | {"verification_number"}) & set(diff):
        # The CCUS issue's dispatcher sends (or re-checks) what is pending.
        business.ccus_status = CcusStatus.pending
    elif not state.get("ccus_business_id"):
        business.ccus_status = CcusStatus.not_linked
    await session.flush()
    await audit.record(session, subject, "business.update", "business", business.id, diff)
    if diff:
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


async def reveal_verification_number(
    session: AsyncSession, subject: AuthSubject, cipher: FieldCipher, business_id: UUID
) -> str | None:
    business = await get_business(session, subject, business_id)
    await audit.record(
        session, subject, "business.reveal_verification_number", "business", business.id, {}
    )
    if business.verification_number_encrypted is None:
        return None
    return unseal(
        cipher,
        business.verification_number_encrypted,
        table=TABLE,
        tenant_id=business.tenant_id,
        row_id=business.id,
    )


async def export_businesses(
    session: AsyncSession, subject: AuthSubject, filters: BusinessFilters
) -> list[list[Any]]:
    repository = BusinessRepository(session)
    statement = repository.filtered(subject, filters).limit(EXPORT_MAX_ROWS)
    return await exports.business_rows(session, await repository.get_all(statement))
